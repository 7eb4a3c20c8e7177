import { describe, expect, it, vi } from 'vitest';
import { setup } from './__fixtures__/setup.js';
import { AbortError } from './errors/abort-error.js';
import { DeadlineError } from './errors/deadline-error.js';
import { TaskFailedError } from './errors/task-failed-error.js';

describe('resources against the mock', () => {
  it('exposes the trace id and the raw response on every result', async () => {
    const { client } = setup();
    const completion = await client.chat.create({
      model: 'MiniMax-M2',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(completion.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(completion.response.status).toBe(200);
    expect(Object.keys(completion)).not.toContain('traceId');
    expect(JSON.stringify(completion)).not.toContain('traceId');
  });

  it('uploads, retrieves, downloads, lists and deletes files with ids above 2^53 kept exact', async () => {
    const { client, mock } = setup({ bigIds: true });
    const uploaded = await client.files.upload({
      file: new Uint8Array([1, 2, 3]),
      filename: 'a.mp3',
      purpose: 'voice_clone',
    });
    expect(BigInt(uploaded.file_id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(mock.state.files.has(uploaded.file_id)).toBe(true);
    expect((await client.files.retrieve(uploaded.file_id)).download_url).toMatch(/_mock\/files\//);
    expect(await client.files.content(uploaded.file_id)).toEqual(new Uint8Array([1, 2, 3]));
    expect((await client.files.list('voice_clone')).files.map((file) => file.file_id)).toEqual([
      uploaded.file_id,
    ]);
    expect((await client.files.delete(uploaded.file_id, 'voice_clone')).file_id).toBe(uploaded.file_id);
    expect(mock.state.files.size).toBe(0);
  });

  it('clones, designs and lists voices, then speaks with one', async () => {
    const { client } = setup();
    const sample = await client.files.upload({
      file: new Blob([new Uint8Array(64)]),
      filename: 'me.wav',
      purpose: 'voice_clone',
    });
    const clone = await client.voices.clone({
      file_id: sample.file_id,
      voice_id: 'MyVoice001',
      text: '你好',
      model: 'speech-02-hd',
    });
    expect(clone.demo_audio).toMatch(/^https:\/\//);
    const designed = await client.voices.design({ prompt: 'a calm narrator', preview_text: 'Hello' });
    expect(designed.trialAudio?.[0]).toBe(0xff);
    const voices = await client.voices.list();
    expect(voices.voice_cloning?.map((voice) => voice.voice_id)).toEqual(['MyVoice001']);
    expect(voices.voice_generation?.map((voice) => voice.voice_id)).toEqual([designed.voiceId]);
    const spoken = await client.speech.create({
      model: 'speech-02-hd',
      text: 'hi',
      voice_setting: { voice_id: 'MyVoice001' },
      output_format: 'url',
    });
    expect(spoken.url).toMatch(/^https:\/\//);
    expect(spoken.audio).toBeUndefined();
  });

  it('polls video with back-off and progress to a download URL, case-insensitively', async () => {
    const { client, attempts } = setup({
      durations: { video: { preparing: 5000, queueing: 5000, processing: 20_000 } },
    });
    const seen: string[] = [];
    const video = await client.video.createAndPoll(
      { model: 'MiniMax-Hailuo-2.3', prompt: 'a cat' },
      { onProgress: (status) => seen.push(status) },
    );
    expect(video).toMatchObject({ width: 1366, height: 768 });
    expect(video.downloadUrl).toMatch(/_mock\/files\//);
    expect(seen[0]).toBe('Preparing');
    expect(seen).toContain('Processing');
    expect(seen.at(-1)).toBe('Success');
    // 5 s, 7.5 s, 11.25 s, 15 s … — gentle, not a spin
    expect(attempts.filter((attempt) => attempt.includes('query')).length).toBeLessThanOrEqual(5);
  });

  it('carries the task id in a deadline error, so polling can resume', async () => {
    const { client } = setup({ durations: { video: { processing: 3_600_000 } } });
    const { task_id } = await client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' });
    const error = await client.video.poll(task_id, { deadlineMs: 60_000 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(DeadlineError);
    expect(error.taskId).toBe(task_id);
    expect(error.status).toBe('Processing');
    expect(error.message).toContain(`poll('${task_id}')`);
  });

  it('reports failed tasks and stops polling on abort', async () => {
    const failing = setup({ taskFailureRate: 1 });
    await expect(
      failing.client.video.createAndPoll({ model: 'MiniMax-Hailuo-02', prompt: 'x' }),
    ).rejects.toBeInstanceOf(TaskFailedError);
    const { client } = setup();
    const aborter = new AbortController();
    const { task_id } = await client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' });
    const polling = client.video.poll(task_id, { signal: aborter.signal, onProgress: () => aborter.abort() });
    await expect(polling).rejects.toBeInstanceOf(AbortError);
  });

  it('runs long-text speech to its audio file', async () => {
    const { client } = setup({ durations: { speechAsync: 12_000 } });
    const task = await client.speech.createAsync({
      model: 'speech-02-hd',
      text: '很长的文本',
      voice_setting: { voice_id: 'female-shaonv' },
    });
    expect(task.usage_characters).toBe(10);
    const done = await client.speech.pollAsync(task.task_id);
    expect(done.fileId).toBe(task.file_id);
    expect(done.downloadUrl).toMatch(/_mock\/files\//);
  });

  it('generates images, music and lyrics', async () => {
    const { client } = setup();
    const images = await client.images.generate({
      model: 'image-01',
      prompt: 'a lighthouse',
      n: 2,
      aspect_ratio: '16:9',
    });
    expect(images.data.image_urls).toHaveLength(2);
    const song = await client.music.generate({
      model: 'music-2.0',
      prompt: 'jazz',
      lyrics: '[Verse]\nla la la la',
    });
    expect(song.audio?.length).toBe(song.extraInfo?.music_size);
    const lyrics = await client.music.lyrics({ mode: 'write_full_song', prompt: 'a song about the sea' });
    expect(lyrics.lyrics).toMatch(/\[Chorus\]/);
  });

  it('retrieves Token Plan quotas with remaining counts and reset times', async () => {
    const { client: planClient, clock } = setup({}, { apiKey: 'sk-cp-mock' });
    await planClient.chat.create({ model: 'MiniMax-M2.7', messages: [{ role: 'user', content: 'hi' }] });
    vi.setSystemTime(clock.t);
    const quota = await planClient.quota.retrieve();
    vi.useRealTimers();
    expect(quota.remains.model_remains?.[0]?.model_name).toBe('MiniMax-M*');
    expect(quota.quotas[0]?.window).toMatchObject({ total: 1500, used: 1, remaining: 1499 });
    expect(quota.quotas[0]?.window.resetsAt).toBe(clock.t + 5 * 3_600_000);
  });
});
