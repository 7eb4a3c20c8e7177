import * as z from 'zod';
import type { MiniMaxClient } from '../client.js';
import { hi } from './setup.js';

export type Resource = Exclude<keyof MiniMaxClient, 'transport'>;
export type Clients = { client: MiniMaxClient; plan: MiniMaxClient };
/** One call of every method of every resource; the type makes a new method without an entry fail. */
type Calls = {
  [R in Resource]: Record<keyof MiniMaxClient[R], (clients: Clients, options?: null) => Promise<object>>;
};

export const voice = { model: 'speech-02-hd', voice_setting: { voice_id: 'female-shaonv' } };
const clip = { model: 'MiniMax-Hailuo-02', prompt: 'x' };
const song = { model: 'music-2.0', prompt: 'jazz', lyrics: '[Verse]\nla la la la' };
const upload = (client: MiniMaxClient) =>
  client.files.upload({ file: new Uint8Array(64), filename: 'me.wav', purpose: 'voice_clone' });

/** One call of every method of every resource, with `options` as its last argument. */
export const calls: Calls = {
  chat: {
    create: ({ client }, options) => client.chat.create(hi, options),
    stream: ({ client }, options) => client.chat.stream(hi, options).final(),
    createObject: ({ client }, options) =>
      client.chat.createObject({ ...hi, schema: z.object({ answer: z.string() }) }, options),
  },
  messages: {
    create: ({ client }, options) => client.messages.create({ ...hi, max_tokens: 100 }, options),
    stream: ({ client }, options) => client.messages.stream({ ...hi, max_tokens: 100 }, options).final(),
  },
  speech: {
    create: ({ client }, options) => client.speech.create({ ...voice, text: 'hi' }, options),
    stream: ({ client }, options) => client.speech.stream({ ...voice, text: 'hi' }, options).final(),
    createAsync: ({ client }, options) =>
      client.speech.createAsync({ ...voice, text: '很长的文本' }, options),
    retrieveAsync: async ({ client }, options) =>
      client.speech.retrieveAsync(
        (await client.speech.createAsync({ ...voice, text: 'x' })).task_id,
        options,
      ),
    pollAsync: async ({ client }, options) =>
      client.speech.pollAsync((await client.speech.createAsync({ ...voice, text: 'x' })).task_id, options),
  },
  voices: {
    list: ({ client }, options) => client.voices.list('all', options),
    clone: async ({ client }, options) =>
      client.voices.clone({ file_id: (await upload(client)).file_id, voice_id: 'MyVoice001' }, options),
    design: ({ client }, options) =>
      client.voices.design({ prompt: 'a calm narrator', preview_text: 'Hello' }, options),
  },
  files: {
    upload: ({ client }, options) =>
      client.files.upload({ file: new Uint8Array(64), filename: 'me.wav', purpose: 'voice_clone' }, options),
    retrieve: async ({ client }, options) => client.files.retrieve((await upload(client)).file_id, options),
    content: async ({ client }, options) => client.files.content((await upload(client)).file_id, options),
    list: ({ client }, options) => client.files.list('voice_clone', options),
    delete: async ({ client }, options) =>
      client.files.delete((await upload(client)).file_id, 'voice_clone', options),
  },
  video: {
    create: ({ client }, options) => client.video.create(clip, options),
    retrieve: async ({ client }, options) =>
      client.video.retrieve((await client.video.create(clip)).task_id, options),
    poll: async ({ client }, options) =>
      client.video.poll((await client.video.create(clip)).task_id, options),
    createAndPoll: ({ client }, options) => client.video.createAndPoll(clip, options),
  },
  images: {
    generate: ({ client }, options) =>
      client.images.generate({ model: 'image-01', prompt: 'a lighthouse' }, options),
  },
  music: {
    generate: ({ client }, options) => client.music.generate(song, options),
    stream: ({ client }, options) => client.music.stream(song, options).final(),
    lyrics: ({ client }, options) =>
      client.music.lyrics({ mode: 'write_full_song', prompt: 'the sea' }, options),
    coverPreprocess: ({ client }, options) =>
      client.music.coverPreprocess({ model: 'music-cover', audio_url: 'https://example.com/a.mp3' }, options),
  },
  quota: {
    retrieve: ({ plan }, options) => plan.quota.retrieve(options),
  },
  account: {
    balance: ({ client }, options) => client.account.balance(options),
  },
};
