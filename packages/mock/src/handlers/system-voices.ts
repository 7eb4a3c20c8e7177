/** A few of MiniMax's system voices, in its `Language_Name` and pinyin styles. */
export const systemVoices = [
  { voice_id: 'male-qn-qingse', voice_name: '青涩青年音色', description: ['青涩', '青年'] },
  { voice_id: 'female-shaonv', voice_name: '少女音色', description: ['少女'] },
  { voice_id: 'female-chengshu', voice_name: '成熟女性音色', description: ['成熟', '女性'] },
  {
    voice_id: 'Chinese (Mandarin)_Lyrical_Voice',
    voice_name: 'Lyrical Voice',
    description: ['lyrical', 'warm'],
  },
  {
    voice_id: 'English_expressive_narrator',
    voice_name: 'Expressive Narrator',
    description: ['narration', 'expressive'],
  },
  { voice_id: 'English_Graceful_Lady', voice_name: 'Graceful Lady', description: ['graceful', 'calm'] },
] as const;

/** Whether a voice id is a system voice. */
export const isSystemVoice = (id: string) => systemVoices.some((voice) => voice.voice_id === id);
