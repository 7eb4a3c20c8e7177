import { describe, expect, it } from 'vitest';
import { harness } from '../__fixtures__/harness.js';

const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
};

describe('video', () => {
  it('moves a task through Preparing, Queueing, Processing to Success with a playable MP4', async () => {
    const { call, clock, mock } = harness({
      durations: { video: { preparing: 1000, queueing: 2000, processing: 3000 } },
    });
    const created = await call('POST', '/v1/video_generation', {
      model: 'MiniMax-Hailuo-2.3',
      prompt: 'a cat on a boat',
    });
    expect(typeof created.json.task_id).toBe('string');
    const query = async () =>
      (await call('GET', `/v1/query/video_generation?task_id=${created.json.task_id}`)).json;
    const statuses = [];
    for (const step of [0, 1000, 2000, 3000]) {
      clock.advance(step);
      statuses.push((await query()).status);
    }
    expect(statuses).toEqual(['Preparing', 'Queueing', 'Processing', 'Success']);
    const done = await query();
    expect(done).toMatchObject({ video_width: 1366, video_height: 768 });
    expect(typeof done.file_id).toBe('string');
    const file = await call('GET', `/v1/files/retrieve?file_id=${done.file_id}`);
    expect(file.json.file).toMatchObject({ filename: 'output_aigc.mp4', purpose: 'video_generation' });
    const video = new Uint8Array(await (await mock.fetch(file.json.file.download_url)).arrayBuffer());
    expect(new TextDecoder().decode(video.subarray(4, 8))).toBe('ftyp');
    expect(new TextDecoder().decode(video)).toContain('avc1');
  });

  it('fails tasks at the configured rate', async () => {
    const { call, clock } = harness({ taskFailureRate: 1 });
    const created = await call('POST', '/v1/video_generation', { model: 'MiniMax-Hailuo-02', prompt: 'x' });
    clock.advance(60_000);
    expect(
      (await call('GET', `/v1/query/video_generation?task_id=${created.json.task_id}`)).json,
    ).toMatchObject({ status: 'Fail', file_id: '' });
  });

  it('offers only the combinations MiniMax sells', async () => {
    const { call } = harness();
    const code = async (body: Record<string, unknown>) =>
      (await call('POST', '/v1/video_generation', { prompt: 'x', ...body })).code;
    expect(await code({ model: 'MiniMax-Hailuo-2.3-Fast' })).toBe(2013);
    expect(await code({ model: 'MiniMax-Hailuo-2.3-Fast', first_frame_image: 'https://x/y.png' })).toBe(0);
    expect(await code({ model: 'MiniMax-Hailuo-2.3', resolution: '1080P', duration: 10 })).toBe(2013);
    expect(await code({ model: 'MiniMax-Hailuo-2.3', resolution: '512P' })).toBe(2013);
    expect(
      await code({
        model: 'MiniMax-Hailuo-02',
        resolution: '512P',
        first_frame_image: 'https://x/y.png',
        duration: 10,
      }),
    ).toBe(0);
    expect(await code({ model: 'Sora' })).toBe(2013);
  });
});

describe('image', () => {
  it('makes n PNGs of the aspect ratio’s size, as URLs', async () => {
    const { call, mock } = harness();
    const answer = await call('POST', '/v1/image_generation', {
      model: 'image-01',
      prompt: 'a lighthouse',
      aspect_ratio: '16:9',
      n: 2,
    });
    expect(answer.json.metadata).toEqual({ success_count: '2', failed_count: '0' });
    expect(answer.json.data.image_urls).toHaveLength(2);
    const image = new Uint8Array(await (await mock.fetch(answer.json.data.image_urls[0])).arrayBuffer());
    expect(Array.from(image.subarray(1, 4), (byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(pngSize(image)).toEqual([1280, 720]);
  });

  it('answers base64 and exact width × height', async () => {
    const { call } = harness();
    const answer = await call('POST', '/v1/image_generation', {
      model: 'image-01',
      prompt: 'x',
      width: 512,
      height: 776,
      response_format: 'base64',
    });
    const image = Uint8Array.from(atob(answer.json.data.image_base64[0]), (character) =>
      character.charCodeAt(0),
    );
    expect(pngSize(image)).toEqual([512, 776]);
    expect(
      (
        await call('POST', '/v1/image_generation', {
          model: 'image-01',
          prompt: 'x',
          width: 513,
          height: 776,
        })
      ).code,
    ).toBe(2013);
    expect((await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x', n: 10 })).code).toBe(
      2013,
    );
    expect((await call('POST', '/v1/image_generation', { model: 'image-01' })).code).toBe(2013);
  });
});

describe('music and lyrics', () => {
  it('makes a song with extra_info, as hex or URL', async () => {
    const { call } = harness();
    const song = await call('POST', '/v1/music_generation', {
      model: 'music-2.0',
      prompt: 'jazz',
      lyrics: '[Verse]\nla la la la',
    });
    expect(song.json.data.status).toBe(2);
    expect(song.json.extra_info).toMatchObject({
      music_duration: 6000,
      music_sample_rate: 44100,
      music_channel: 2,
      bitrate: 256000,
    });
    expect(song.json.data.audio.length).toBe(song.json.extra_info.music_size * 2);
    const url = await call('POST', '/v1/music_generation', {
      model: 'music-2.6',
      prompt: 'jazz',
      is_instrumental: true,
      output_format: 'url',
    });
    expect(url.json.data.audio).toMatch(/^https:\/\//);
    expect((await call('POST', '/v1/music_generation', { model: 'music-2.0', prompt: 'jazz' })).code).toBe(
      2013,
    );
  });

  it('writes and edits lyrics', async () => {
    const { call } = harness();
    const written = await call('POST', '/v1/lyrics_generation', {
      mode: 'write_full_song',
      prompt: '一首关于城市的歌',
    });
    expect(written.json).toMatchObject({ base_resp: { status_code: 0 } });
    expect(written.json.lyrics).toMatch(/\[Verse\][\s\S]*\[Chorus\]/);
    expect(written.json.song_title).toMatch(/\p{Script=Han}/u);
    expect((await call('POST', '/v1/lyrics_generation', { mode: 'edit' })).code).toBe(2013);
    expect((await call('POST', '/v1/lyrics_generation', { prompt: 'x' })).code).toBe(2013);
  });
});
