import { describe, expect, expectTypeOf, it } from 'vitest';
import { setup } from './__fixtures__/setup.js';
import { createChatClient } from './chat/index.js';
import type { MiniMaxClient } from './client.js';
import type { ClientOptions } from './options.js';
import { createSpeechClient } from './speech/index.js';
import { createVideoClient } from './video/index.js';

// Code written against the full client, taking only the part it uses.
const greet = async ({ chat }: Pick<MiniMaxClient, 'chat'>) =>
  (await chat.create({ model: 'MiniMax-M2', messages: [{ role: 'user', content: 'hi' }] })).choices[0]
    ?.message.content;
const say = async ({ speech }: Pick<MiniMaxClient, 'speech'>) =>
  (
    await speech.create({
      model: 'speech-02-turbo',
      text: 'hi',
      voice_setting: { voice_id: 'female-shaonv' },
    })
  ).audio;
const film = async ({ video }: Pick<MiniMaxClient, 'video'>) =>
  (await video.createAndPoll({ model: 'MiniMax-Hailuo-02', prompt: 'a cat' })).downloadUrl;

describe('subpath clients have the shape of the matching part of createMiniMaxClient()', () => {
  it('types each factory as that part', () => {
    expectTypeOf(createChatClient).returns.toEqualTypeOf<Pick<MiniMaxClient, 'chat' | 'messages'>>();
    expectTypeOf(createSpeechClient).returns.toEqualTypeOf<Pick<MiniMaxClient, 'speech'>>();
    expectTypeOf(createVideoClient).returns.toEqualTypeOf<Pick<MiniMaxClient, 'video'>>();
    for (const factory of [createChatClient, createSpeechClient, createVideoClient])
      expectTypeOf(factory).parameter(0).toEqualTypeOf<ClientOptions | undefined>();
  });

  it('returns exactly those resources, each answering like the full client', async () => {
    const { mock, client, clock } = setup();
    const options = { apiKey: 'sk-api-mock', region: 'cn', fetch: mock.fetch } as const;
    // The video job moves on the mock's clock, which each pause between polls advances.
    const sleep = async (ms: number) => {
      clock.t += ms;
    };
    const chatClient = createChatClient(options);
    const speechClient = createSpeechClient(options);
    const videoClient = createVideoClient({ ...options, sleep });
    expect(Object.keys(chatClient).sort()).toEqual(['chat', 'messages']);
    expect(Object.keys(speechClient)).toEqual(['speech']);
    expect(Object.keys(videoClient)).toEqual(['video']);
    expect(Object.keys(chatClient.chat)).toEqual(Object.keys(client.chat));
    expect(Object.keys(chatClient.messages)).toEqual(Object.keys(client.messages));
    expect(Object.keys(speechClient.speech)).toEqual(Object.keys(client.speech));
    expect(Object.keys(videoClient.video)).toEqual(Object.keys(client.video));

    expect(await greet(chatClient)).toBe(await greet(client));
    expect((await say(speechClient))?.length).toBeGreaterThan(0);
    const message = await chatClient.messages.create({
      model: 'MiniMax-M2',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(message.content.length).toBeGreaterThan(0);
    await expect(film(videoClient)).resolves.toMatch(/_mock\/files\//);
  });
});
