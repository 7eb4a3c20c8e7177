import { describe, expect, expectTypeOf, it } from 'vitest';
import { setup } from '../__fixtures__/setup.js';
import type { SpeechParams } from '../speech/speech-schemas.js';
import { audioOutput } from './audio-output.js';

const speech = { model: 'speech-02-turbo', text: 'hi', voice_setting: { voice_id: 'female-shaonv' } };
const song = { model: 'music-2.0', prompt: 'jazz', lyrics: '[Verse]\nla la la la' };

describe('finished audio', () => {
  it('is bytes by default and a URL with output_format url, typed from the parameters', async () => {
    const { client } = setup();
    const bytes = await client.speech.create(speech);
    expectTypeOf(bytes.audio).toEqualTypeOf<Uint8Array>();
    expect(bytes.audio.length).toBeGreaterThan(0);
    expect(bytes.url).toBeUndefined();
    const linked = await client.speech.create({ ...speech, output_format: 'url' });
    expectTypeOf(linked.url).toEqualTypeOf<string>();
    expect(linked.url).toMatch(/^https:\/\//);
    expect(linked.audio).toBeUndefined();

    const track = await client.music.generate(song);
    expectTypeOf(track.audio).toEqualTypeOf<Uint8Array>();
    expect(track.audio.length).toBe(track.extraInfo?.music_size);
    const hosted = await client.music.generate({ ...song, output_format: 'url' });
    expectTypeOf(hosted.url).toEqualTypeOf<string>();
    expect(hosted.url).toMatch(/^https:\/\//);
  });

  it('is either when the parameters’ type does not say, and narrows on one check', async () => {
    const { client } = setup();
    const params: SpeechParams = { ...speech, output_format: 'hex' };
    const result = await client.speech.create(params);
    expectTypeOf(result.audio).toEqualTypeOf<Uint8Array | undefined>();
    if (result.audio) expectTypeOf(result.url).toEqualTypeOf<undefined>();
    else expectTypeOf(result.url).toEqualTypeOf<string>();
    expect(result.audio?.length).toBeGreaterThan(0);
  });

  it('decodes hex or passes a URL through', () => {
    expect(audioOutput(undefined, 'ff00')).toEqual({ audio: new Uint8Array([255, 0]), url: undefined });
    expect(audioOutput('hex', '01')).toEqual({ audio: new Uint8Array([1]), url: undefined });
    expect(audioOutput('url', 'https://x/a.mp3')).toEqual({ audio: undefined, url: 'https://x/a.mp3' });
  });
});
