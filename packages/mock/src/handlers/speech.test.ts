import { describe, expect, it } from 'vitest';
import { fromHex, harness } from '../__fixtures__/harness.js';

const text = '今天是不是很开心呀(laughs)，当然了！';
const body = (extra: Record<string, unknown> = {}) => ({
  model: 'speech-2.6-hd',
  text,
  voice_setting: { voice_id: 'male-qn-qingse' },
  ...extra,
});

describe('speech', () => {
  it('answers hex MP3 by default, billed in MiniMax characters', async () => {
    const { call } = harness();
    const answer = await call('POST', '/v1/t2a_v2', body());
    expect(answer.json.base_resp).toEqual({ status_code: 0, status_msg: 'success' });
    expect(answer.json.data.status).toBe(2);
    expect(answer.json.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.json.extra_info).toMatchObject({
      usage_characters: 34,
      word_count: 22,
      audio_format: 'mp3',
      audio_sample_rate: 32000,
      audio_channel: 1,
    });
    const bytes = fromHex(answer.json.data.audio);
    expect(bytes.length).toBe(answer.json.extra_info.audio_size);
    // An MPEG-1 Layer III frame header at 32 kHz
    expect([bytes[0], (bytes[1] ?? 0) & 0xfe]).toEqual([0xff, 0xfa]);
  });

  it('makes WAV that plays, raw PCM and FLAC', async () => {
    const { call } = harness();
    const wav = fromHex(
      (await call('POST', '/v1/t2a_v2', body({ audio_setting: { format: 'wav', sample_rate: 16000 } }))).json
        .data.audio,
    );
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF');
    expect(new DataView(wav.buffer).getUint32(24, true)).toBe(16000);
    expect(wav.some((byte, index) => index > 44 && byte !== 0)).toBe(true);
    const pcm = fromHex(
      (await call('POST', '/v1/t2a_v2', body({ audio_setting: { format: 'pcm' } }))).json.data.audio,
    );
    expect(pcm.length % 2).toBe(0);
    const flac = fromHex(
      (await call('POST', '/v1/t2a_v2', body({ audio_setting: { format: 'flac' } }))).json.data.audio,
    );
    expect(new TextDecoder().decode(flac.subarray(0, 4))).toBe('fLaC');
  });

  it('answers a download URL with output_format url', async () => {
    const { call, mock } = harness();
    const answer = await call('POST', '/v1/t2a_v2', body({ output_format: 'url' }));
    const download = await mock.fetch(answer.json.data.audio);
    expect(download.headers.get('content-type')).toBe('audio/mpeg');
    expect((await download.arrayBuffer()).byteLength).toBe(answer.json.extra_info.audio_size);
  });

  it('streams status 1 chunks, then a status 2 event with extra_info and the whole audio again', async () => {
    const { mock, base } = harness();
    const stream = async (extra: Record<string, unknown>) => {
      const response = await mock.fetch(`${base}/v1/t2a_v2`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-api-mock' },
        body: JSON.stringify(body({ stream: true, ...extra })),
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      return (await response.text())
        .trim()
        .split('\n\n')
        .map((event) => JSON.parse(event.replace(/^data: /, '')));
    };
    const events = await stream({});
    const chunks = events.filter((event) => event.data.status === 1);
    const last = events.at(-1);
    expect(chunks.length).toBeGreaterThan(1);
    expect(last.data.status).toBe(2);
    expect(last.extra_info.usage_characters).toBe(34);
    expect(last.data.audio).toBe(chunks.map((event) => event.data.audio).join(''));
    const excluded = await stream({ stream_options: { exclude_aggregated_audio: true } });
    expect(excluded.at(-1).data.audio).toBe('');
  });

  it('validates like MiniMax', async () => {
    const { call } = harness();
    const code = async (extra: Record<string, unknown>) =>
      (await call('POST', '/v1/t2a_v2', body(extra))).code;
    expect(await code({ model: 'speech-9' })).toBe(2013);
    expect(await code({ text: '' })).toBe(2013);
    expect(await code({ text: 'a'.repeat(10_000) })).toBe(2013);
    expect(await code({ voice_setting: { voice_id: 'nobody-here' } })).toBe(20132);
    expect(await code({ voice_setting: { voice_id: 'male-qn-qingse', speed: 3 } })).toBe(2013);
    expect(await code({ voice_setting: { voice_id: 'male-qn-qingse', vol: 0 } })).toBe(2013);
    expect(await code({ audio_setting: { sample_rate: 48000 } })).toBe(2013);
    expect(await code({ stream: true, output_format: 'url' })).toBe(2013);
  });

  it('runs long text as a task that succeeds on the clock, with its audio as a file', async () => {
    const { call, clock, mock } = harness({ durations: { speechAsync: 5000 } });
    const created = await call('POST', '/v1/t2a_async_v2', {
      model: 'speech-02-hd',
      text,
      voice_setting: { voice_id: 'female-shaonv' },
    });
    expect(created.json).toMatchObject({ usage_characters: 34, base_resp: { status_code: 0 } });
    expect(typeof created.json.task_id).toBe('number');
    const query = () => call('GET', `/v1/query/t2a_async_query_v2?task_id=${created.json.task_id}`);
    expect((await query()).json.status).toBe('Processing');
    clock.advance(5000);
    const done = (await query()).json;
    expect(done).toMatchObject({ status: 'Success', file_id: created.json.file_id });
    const file = await call('GET', `/v1/files/retrieve?file_id=${done.file_id}`);
    expect(file.json.file.purpose).toBe('t2a_async');
    expect((await mock.fetch(file.json.file.download_url)).status).toBe(200);
    expect((await call('GET', '/v1/query/t2a_async_query_v2?task_id=1')).code).toBe(2013);
  });
});
