import { describe, expect, it } from 'vitest';
import { harness } from '../__fixtures__/harness.js';

describe('POST /v1/music_cover_preprocess', () => {
  it('answers a feature id, lyrics and a structure of segments covering the song', async () => {
    const { call } = harness();
    const body = { model: 'music-cover', audio_url: 'https://example.com/song.mp3' };
    const answer = await call('POST', '/v1/music_cover_preprocess', body);
    expect(answer.code).toBe(0);
    expect(answer.json.cover_feature_id).toMatch(/^cover-\d+$/);
    expect(answer.json.formatted_lyrics).toContain('[chorus]');
    const segments = JSON.parse(answer.json.structure_result) as { start: number; end: number }[];
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(answer.json.audio_duration);
    for (const [index, segment] of segments.entries())
      expect(segment.start).toBe(index === 0 ? 0 : segments[index - 1]?.end);
    const again = await call('POST', '/v1/music_cover_preprocess', body);
    expect(again.json.audio_duration).toBe(answer.json.audio_duration);
  });

  it('wants a cover model and exactly one source of audio', async () => {
    const { call } = harness();
    const bad = [
      { model: 'music-2.6', audio_url: 'https://example.com/a.mp3' },
      { model: 'music-cover' },
      { model: 'music-cover-free', audio_url: 'https://example.com/a.mp3', audio_base64: 'AAAA' },
      { model: 'music-cover', audio_base64: 42 },
    ];
    for (const body of bad) expect((await call('POST', '/v1/music_cover_preprocess', body)).code).toBe(2013);
    const free = { model: 'Music-Cover-Free', audio_base64: 'SUQz' };
    expect((await call('POST', '/v1/music_cover_preprocess', free)).code).toBe(0);
  });
});
