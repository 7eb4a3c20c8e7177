import * as z from 'zod';
import type { MiniMaxClient } from '../client.js';
import { hi } from './setup.js';

export type Resource = Exclude<keyof MiniMaxClient, 'transport'>;
export type Clients = { client: MiniMaxClient; plan: MiniMaxClient };
/** One call of every method of every resource; the type makes a new method without an entry fail. */
type Calls = { [R in Resource]: Record<keyof MiniMaxClient[R], (clients: Clients) => Promise<object>> };

export const voice = { model: 'speech-02-hd', voice_setting: { voice_id: 'female-shaonv' } };
const song = { model: 'music-2.0', prompt: 'jazz', lyrics: '[Verse]\nla la la la' };
const upload = (client: MiniMaxClient) =>
  client.files.upload({ file: new Uint8Array(64), filename: 'me.wav', purpose: 'voice_clone' });

/** One call of every method of every resource. */
export const calls: Calls = {
  chat: {
    create: ({ client }) => client.chat.create(hi),
    stream: ({ client }) => client.chat.stream(hi).final(),
    createObject: ({ client }) =>
      client.chat.createObject({ ...hi, schema: z.object({ answer: z.string() }) }),
  },
  messages: {
    create: ({ client }) => client.messages.create({ ...hi, max_tokens: 100 }),
    stream: ({ client }) => client.messages.stream({ ...hi, max_tokens: 100 }).final(),
  },
  speech: {
    create: ({ client }) => client.speech.create({ ...voice, text: 'hi' }),
    stream: ({ client }) => client.speech.stream({ ...voice, text: 'hi' }).final(),
    createAsync: ({ client }) => client.speech.createAsync({ ...voice, text: '很长的文本' }),
    retrieveAsync: async ({ client }) =>
      client.speech.retrieveAsync((await client.speech.createAsync({ ...voice, text: 'x' })).task_id),
    pollAsync: async ({ client }) =>
      client.speech.pollAsync((await client.speech.createAsync({ ...voice, text: 'x' })).task_id),
  },
  voices: {
    list: ({ client }) => client.voices.list(),
    clone: async ({ client }) =>
      client.voices.clone({ file_id: (await upload(client)).file_id, voice_id: 'MyVoice001' }),
    design: ({ client }) => client.voices.design({ prompt: 'a calm narrator', preview_text: 'Hello' }),
  },
  files: {
    upload: ({ client }) => upload(client),
    retrieve: async ({ client }) => client.files.retrieve((await upload(client)).file_id),
    content: async ({ client }) => client.files.content((await upload(client)).file_id),
    list: ({ client }) => client.files.list('voice_clone'),
    delete: async ({ client }) => client.files.delete((await upload(client)).file_id, 'voice_clone'),
  },
  video: {
    create: ({ client }) => client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' }),
    retrieve: async ({ client }) =>
      client.video.retrieve((await client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' })).task_id),
    poll: async ({ client }) =>
      client.video.poll((await client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' })).task_id),
    createAndPoll: ({ client }) => client.video.createAndPoll({ model: 'MiniMax-Hailuo-02', prompt: 'x' }),
  },
  images: {
    generate: ({ client }) => client.images.generate({ model: 'image-01', prompt: 'a lighthouse' }),
  },
  music: {
    generate: ({ client }) => client.music.generate(song),
    stream: ({ client }) => client.music.stream(song).final(),
    lyrics: ({ client }) => client.music.lyrics({ mode: 'write_full_song', prompt: 'the sea' }),
    coverPreprocess: ({ client }) =>
      client.music.coverPreprocess({ model: 'music-cover', audio_url: 'https://example.com/a.mp3' }),
  },
  quota: {
    retrieve: ({ plan }) => plan.quota.retrieve(),
  },
  account: {
    balance: ({ client }) => client.account.balance(),
  },
};
