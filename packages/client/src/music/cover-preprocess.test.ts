import { describe, expect, it } from 'vitest';
import { answering, setup } from '../__fixtures__/setup.js';
import { createMiniMaxClient } from '../client.js';
import { ValidationError } from '../errors/validation-error.js';

describe('music.coverPreprocess()', () => {
  it('reads a song into a feature id, lyrics and segments', async () => {
    const { client } = setup();
    const result = await client.music.coverPreprocess({
      model: 'music-cover',
      audio_url: 'https://example.com/song.mp3',
    });
    expect(result.cover_feature_id).toMatch(/^cover-/);
    expect(result.segments.length).toBeGreaterThan(1);
    expect(result.segments.at(-1)?.end).toBe(result.audio_duration);
  });

  it('refuses a request without exactly one song before sending it', async () => {
    const { client, attempts } = setup();
    await expect(client.music.coverPreprocess({ model: 'music-cover' })).rejects.toThrow(ValidationError);
    await expect(
      client.music.coverPreprocess({ model: 'music-cover', audio_url: 'https://a', audio_base64: 'AA' }),
    ).rejects.toThrow(/exactly one of audio_url and audio_base64/);
    expect(attempts).toEqual([]);
  });

  it('keeps segments empty when the structure is not a JSON array', async () => {
    const client = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      fetch: answering(() =>
        Response.json({ base_resp: { status_code: 0 }, cover_feature_id: 'c1', structure_result: '{oops' }),
      ),
    });
    const result = await client.music.coverPreprocess({ model: 'music-cover-free', audio_base64: 'SUQz' });
    expect(result).toMatchObject({ cover_feature_id: 'c1', segments: [] });
  });
});
