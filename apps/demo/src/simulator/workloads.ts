import type { MiniMaxClient } from '@minimax-kit/client';
import type { PlanTier } from '@minimax-kit/core';

/** The kinds of request the simulator can send, each on its own MiniMax limits. */
export const workloads = {
  text: { model: 'MiniMax-M2', planModel: 'MiniMax-M2.7' },
  speech: { model: 'speech-2.6-hd', planModel: 'speech-2.6-hd' },
  image: { model: 'image-01', planModel: 'image-01' },
  music: { model: 'music-2.0', planModel: 'music-2.0' },
} as const;
export type Workload = keyof typeof workloads;

/** The model a workload calls: a Token Plan covers MiniMax-M2.7 rather than MiniMax-M2. */
export const modelOf = (workload: Workload, plan: PlanTier | 'none') =>
  plan === 'none' ? workloads[workload].model : workloads[workload].planModel;

/** One request of a workload: small, so the limits bind rather than the machine. */
export function call(
  client: MiniMaxClient,
  workload: Workload,
  model: string,
  signal: AbortSignal,
): Promise<unknown> {
  switch (workload) {
    case 'text':
      return client.chat.create(
        { model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 16 },
        { signal },
      );
    case 'speech':
      return client.speech.create(
        { model, text: '你好', voice_setting: { voice_id: 'female-shaonv' } },
        { signal },
      );
    case 'image':
      return client.images.generate({ model, prompt: 'a dot', response_format: 'url' }, { signal });
    case 'music':
      return client.music.generate(
        { model, prompt: 'a hum', lyrics: 'la', output_format: 'url' },
        { signal },
      );
  }
}
