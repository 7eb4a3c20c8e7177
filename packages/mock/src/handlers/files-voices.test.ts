import { describe, expect, it } from 'vitest';
import { harness } from '../__fixtures__/harness.js';

async function upload(
  mock: ReturnType<typeof harness>['mock'],
  base: string,
  purpose: string,
  bytes = new Uint8Array(2048).fill(7),
) {
  const form = new FormData();
  form.set('purpose', purpose);
  form.set('file', new Blob([bytes], { type: 'audio/mpeg' }), 'sample.mp3');
  const response = await mock.fetch(`${base}/v1/files/upload`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk-api-mock' },
    body: form,
  });
  return { status: response.status, json: await response.json() };
}

describe('files', () => {
  it('uploads, retrieves, downloads, lists and deletes', async () => {
    const { mock, base, call } = harness();
    const uploaded = await upload(mock, base, 'voice_clone');
    expect(uploaded.json.file).toMatchObject({ bytes: 2048, filename: 'sample.mp3', purpose: 'voice_clone' });
    const id = uploaded.json.file.file_id;
    const retrieved = await call('GET', `/v1/files/retrieve?file_id=${id}`);
    expect(retrieved.json.file.download_url).toMatch(/^https:\/\/api\.minimax\.io\/_mock\/files\//);
    const content = await mock.fetch(`${base}/v1/files/retrieve_content?file_id=${id}`, {
      headers: { authorization: 'Bearer sk-api-mock' },
    });
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(new Uint8Array(2048).fill(7));
    expect((await call('GET', '/v1/files/list?purpose=voice_clone')).json.files).toHaveLength(1);
    expect((await call('POST', '/v1/files/delete', { file_id: id })).code).toBe(2013);
    expect((await call('POST', '/v1/files/delete', { file_id: id, purpose: 'voice_clone' })).json).toEqual({
      file_id: id,
      base_resp: { status_code: 0, status_msg: 'success' },
    });
    expect((await call('GET', `/v1/files/retrieve?file_id=${id}`)).code).toBe(2013);
  });

  it('answers 400 for a bad upload', async () => {
    const { mock, base } = harness();
    const bad = await upload(mock, base, 'selfies');
    expect(bad.status).toBe(400);
    expect(bad.json.base_resp.status_code).toBe(2013);
  });

  it('keeps other accounts’ files private', async () => {
    const { mock, base, call } = harness({ keys: [{ key: 'sk-api-mock' }, { key: 'sk-api-other' }] });
    const id = (await upload(mock, base, 'voice_clone')).json.file.file_id;
    expect((await call('GET', `/v1/files/retrieve?file_id=${id}`, undefined, 'sk-api-other')).code).toBe(
      2013,
    );
  });

  it('writes ids above 2^53 exactly with bigIds', async () => {
    const { mock, base } = harness({ bigIds: true });
    const form = new FormData();
    form.set('purpose', 'prompt_audio');
    form.set('file', new Blob([new Uint8Array(4)]), 'a.wav');
    const response = await mock.fetch(`${base}/v1/files/upload`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock' },
      body: form,
    });
    const raw = await response.text();
    const id = /"file_id":(\d+)/.exec(raw)?.[1] ?? '';
    expect(BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(mock.state.files.has(id)).toBe(true);
    const retrieved = await mock.fetch(`${base}/v1/files/retrieve?file_id=${id}`, {
      headers: { authorization: 'Bearer sk-api-mock' },
    });
    expect(await retrieved.text()).toContain(`"file_id":${id}`);
  });
});

describe('voices', () => {
  it('clones a voice from an upload, refuses duplicates, lists it, and charges its fee at first use', async () => {
    const { mock, base, call } = harness({ region: 'cn', keys: [{ key: 'sk-api-mock', balance: '20' }] });
    const fileId = (await upload(mock, base, 'voice_clone')).json.file.file_id;
    const clone = await call('POST', '/v1/voice_clone', {
      file_id: fileId,
      voice_id: 'MyVoice01',
      text: '你好',
      model: 'speech-02-hd',
    });
    expect(clone.json.base_resp.status_code).toBe(0);
    expect(clone.json.demo_audio).toMatch(/_mock\/files\//);
    // preview: 4 characters × 3.5 / 10,000
    expect(mock.state.keys.get('sk-api-mock')?.balance).toEqual({ units: 199986n, scale: 4 });
    expect((await call('POST', '/v1/voice_clone', { file_id: fileId, voice_id: 'MyVoice01' })).code).toBe(
      2039,
    );
    expect((await call('POST', '/v1/voice_clone', { file_id: fileId, voice_id: '1bad' })).code).toBe(2013);
    const listed = await call('POST', '/v1/get_voice', { voice_type: 'voice_cloning' });
    expect(listed.json.voice_cloning.map((voice: { voice_id: string }) => voice.voice_id)).toEqual([
      'MyVoice01',
    ]);
    const speak = () =>
      call('POST', '/v1/t2a_v2', {
        model: 'speech-02-hd',
        text: 'ab',
        voice_setting: { voice_id: 'MyVoice01' },
      });
    await speak();
    // − 9.9 voice fee − 2 × 3.5 / 10,000
    expect(mock.state.keys.get('sk-api-mock')?.balance).toEqual({ units: 100979n, scale: 4 });
    await speak();
    expect(mock.state.keys.get('sk-api-mock')?.balance).toEqual({ units: 100972n, scale: 4 });
  });

  it('designs a voice with hex trial audio, usable by its owner only', async () => {
    const { call } = harness({ keys: [{ key: 'sk-api-mock' }, { key: 'sk-api-other' }] });
    const designed = await call('POST', '/v1/voice_design', {
      prompt: 'a warm narrator',
      preview_text: 'Hello there',
    });
    expect(designed.json.voice_id).toMatch(/^ttv-voice-/);
    expect(designed.json.trial_audio).toMatch(/^fff/);
    const speak = (key: string) =>
      call(
        'POST',
        '/v1/t2a_v2',
        { model: 'speech-02-hd', text: 'hi', voice_setting: { voice_id: designed.json.voice_id } },
        key,
      );
    expect((await speak('sk-api-mock')).code).toBe(0);
    expect((await speak('sk-api-other')).code).toBe(2042);
    expect(
      (await call('POST', '/v1/get_voice', { voice_type: 'system' })).json.system_voice.length,
    ).toBeGreaterThan(3);
  });
});
