// @vitest-environment edge-runtime
import { describe, expect, it } from 'vitest';
import { createMockMiniMax } from './create-mock.js';

describe('in an edge runtime', () => {
  it('serves chat, speech and images with Web APIs alone', async () => {
    expect((globalThis as { EdgeRuntime?: string }).EdgeRuntime).toBe('edge-runtime');
    const mock = createMockMiniMax({ region: 'cn' });
    const post = (path: string, body: unknown) =>
      mock.fetch(`https://api.minimaxi.com${path}`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-api-mock' },
        body: JSON.stringify(body),
      });
    const chat = await (
      await post('/v1/chat/completions', {
        model: 'MiniMax-M2',
        messages: [{ role: 'user', content: '你好' }],
        stream: true,
      })
    ).text();
    expect(chat).toMatch(/data: \[DONE\]/);
    const speech = await (
      await post('/v1/t2a_v2', {
        model: 'speech-02-hd',
        text: '你好',
        voice_setting: { voice_id: 'female-shaonv' },
      })
    ).json();
    expect(speech.extra_info.usage_characters).toBe(4);
    const image = await (
      await post('/v1/image_generation', {
        model: 'image-01',
        prompt: 'x',
        response_format: 'base64',
        aspect_ratio: '9:16',
      })
    ).json();
    expect(atob(image.data.image_base64[0]).slice(1, 4)).toBe('PNG');
  });
});
