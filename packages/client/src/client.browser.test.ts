import { createMockMiniMax } from '@minimax-kit/mock';
import { describe, expect, it } from 'vitest';
import { server } from 'vitest/browser';
import { createMiniMaxClient } from './client.js';
import { ConfigurationError } from './errors/configuration-error.js';

// What each engine's user agent says, so a project can never quietly run in another browser.
const userAgents: Record<string, RegExp> = {
  chromium: /Chrome\//,
  firefox: /Firefox\//,
  webkit: /Version\/[\d.]+ Safari\//,
};

describe(`in real ${server.browser}`, () => {
  it('refuses a key without the browser opt-in', () => {
    expect(navigator.userAgent).toMatch(userAgents[server.browser] ?? /(?!)/);
    expect(() => createMiniMaxClient({ apiKey: 'sk-api-mock' })).toThrow(ConfigurationError);
  });

  it('chats, streams and speaks with the opt-in, against the in-page mock', async () => {
    const mock = createMockMiniMax({ region: 'cn' });
    const client = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      region: 'cn',
      fetch: mock.fetch,
      dangerouslyAllowBrowser: true,
    });
    const completion = await client.chat.create({
      model: 'MiniMax-M2',
      messages: [{ role: 'user', content: '你好' }],
    });
    expect(completion.choices[0]?.message.content).toMatch(/\p{Script=Han}/u);
    const streamed = await client.chat
      .stream({ model: 'MiniMax-M2', messages: [{ role: 'user', content: 'hi' }] })
      .final();
    expect(streamed.usage?.total_tokens).toBeGreaterThan(0);
    const speech = await client.speech.create({
      model: 'speech-02-hd',
      text: 'hi',
      voice_setting: { voice_id: 'female-shaonv' },
      audio_setting: { format: 'wav' },
    });
    const audio = new Audio(
      URL.createObjectURL(new Blob([speech.audio as Uint8Array<ArrayBuffer>], { type: 'audio/wav' })),
    );
    await new Promise((resolve, reject) => {
      audio.onloadedmetadata = resolve;
      audio.onerror = () => reject(new Error('Chromium could not decode the audio'));
    });
    expect(audio.duration).toBeGreaterThan(0.3);
  });
});
