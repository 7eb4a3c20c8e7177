import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { hi, setup } from './__fixtures__/setup.js';
import { createMiniMaxClient, type MiniMaxClient } from './client.js';
import type { ResponseMeta } from './transport/meta.js';

type Resource = Exclude<keyof MiniMaxClient, 'transport'>;
type Clients = { client: MiniMaxClient; plan: MiniMaxClient };
/** One call of every method of every resource; the type makes a new method without an entry fail. */
type Calls = { [R in Resource]: Record<keyof MiniMaxClient[R], (clients: Clients) => Promise<object>> };

const voice = { model: 'speech-02-hd', voice_setting: { voice_id: 'female-shaonv' } };
const song = { model: 'music-2.0', prompt: 'jazz', lyrics: '[Verse]\nla la la la' };
const upload = (client: MiniMaxClient) =>
  client.files.upload({ file: new Uint8Array(64), filename: 'me.wav', purpose: 'voice_clone' });

const calls: Calls = {
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

/** The resolved result of a method, or of `final()` when it returns a stream. */
type Result<F> = F extends (...args: never[]) => infer R
  ? Awaited<R extends { final(): infer P } ? P : R>
  : never;
type EveryResult = { [R in Resource]: { [M in keyof MiniMaxClient[R]]: Result<MiniMaxClient[R][M]> } };

describe('trace ids', () => {
  it('are declared on the result type of every method', () => {
    expectTypeOf<EveryResult['video']['createAndPoll']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['speech']['pollAsync']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['files']['content']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['chat']['stream']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['messages']['stream']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['speech']['stream']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['music']['stream']>().toExtend<ResponseMeta>();
    // Every other result too: a union of all of them extends ResponseMeta only if each does.
    expectTypeOf<
      {
        [R in Resource]: EveryResult[R][keyof EveryResult[R]];
      }[Resource]
    >().toExtend<ResponseMeta>();
  });

  it('are carried, out of sight of JSON and Object.keys, by every result of every method', async () => {
    const { client } = setup();
    const { client: plan } = setup({}, { apiKey: 'sk-cp-mock' });
    const called: string[] = [];
    for (const [resource, methods] of Object.entries(calls)) {
      const names = Object.keys(client[resource as Resource]).sort();
      expect(Object.keys(methods).sort(), `methods of ${resource}`).toEqual(names);
      for (const [method, call] of Object.entries(methods) as [string, (c: Clients) => Promise<object>][]) {
        const result = await call({ client, plan });
        const label = `${resource}.${method}`;
        expect('traceId' in result, label).toBe(true);
        expect((result as ResponseMeta).traceId, label).toMatch(/^[0-9a-f]{32}$/);
        expect((result as ResponseMeta).response, label).toBeInstanceOf(Response);
        expect(Object.keys(result), label).not.toContain('traceId');
        called.push(label);
      }
    }
    expect(called).toHaveLength(29);
  });

  it('of a polled job are those of its last request, the file lookup', async () => {
    const { mock, clock } = setup();
    const answered: [string, string | null][] = [];
    const client = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await mock.fetch(request);
        answered.push([new URL(request.url).pathname, response.headers.get('trace-id')]);
        return response;
      },
      sleep: async (ms) => {
        clock.t += ms;
      },
    });
    const clip = await client.video.createAndPoll({ model: 'MiniMax-Hailuo-02', prompt: 'x' });
    expect(answered.at(-1)).toEqual(['/v1/files/retrieve', clip.traceId]);
    const { task_id } = await client.speech.createAsync({ ...voice, text: 'x' });
    const spoken = await client.speech.pollAsync(task_id);
    expect(answered.at(-1)).toEqual(['/v1/files/retrieve', spoken.traceId]);
  });
});
