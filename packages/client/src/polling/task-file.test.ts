import { describe, expect, expectTypeOf, it } from 'vitest';
import { setup } from '../__fixtures__/setup.js';
import { ValidationError } from '../errors/validation-error.js';
import type { Files } from '../files/files.js';
import { withMeta } from '../transport/meta.js';
import { taskFile } from './task-file.js';

const free = { priced: true as const, currency: 'CNY' as const, total: '0', lines: [] };
const answer = (headers: Record<string, string>) => new Response('{}', { headers });
const filesAnswering = (file: { file_id: string; download_url?: string }): Files =>
  ({
    retrieve: async () => withMeta({ ...file }, answer({ 'trace-id': 'lookup' }), free),
  }) as unknown as Files;

describe('the file of a finished job', () => {
  it('is typed with a download URL that is there', async () => {
    const { client } = setup();
    const clip = await client.video.createAndPoll({ model: 'MiniMax-Hailuo-02', prompt: 'a cat' });
    expectTypeOf(clip.downloadUrl).toEqualTypeOf<string>();
    expectTypeOf(clip.fileId).toEqualTypeOf<string>();
    expect(clip.downloadUrl).toMatch(/^https?:\/\/.*_mock\/files\//);
    const { task_id } = await client.speech.createAsync({
      model: 'speech-02-hd',
      text: 'x',
      voice_setting: { voice_id: 'female-shaonv' },
    });
    const spoken = await client.speech.pollAsync(task_id);
    expectTypeOf(spoken.downloadUrl).toEqualTypeOf<string>();
    expect(spoken.downloadUrl).toMatch(/_mock\/files\//);
  });

  it('fails with a ValidationError naming the task when MiniMax leaves out the file or its URL', async () => {
    const done = { task_id: '42', file_id: '7', traceId: 'status' };
    const noUrl = await taskFile(filesAnswering({ file_id: '7' }), done, {}).catch((error) => error);
    expect(noUrl).toBeInstanceOf(ValidationError);
    expect(noUrl.message).toContain('file.download_url: is missing for file 7 of task 42');
    expect(noUrl.traceId).toBe('lookup');
    const noFile = await taskFile(
      filesAnswering({ file_id: '7', download_url: 'https://x' }),
      { task_id: '42', traceId: 'status' },
      {},
    ).catch((error) => error);
    expect(noFile).toBeInstanceOf(ValidationError);
    expect(noFile.message).toContain('file_id: is missing from finished task 42');
    expect(noFile.traceId).toBe('status');
  });

  it('resolves with the lookup trace id', async () => {
    const found = await taskFile(
      filesAnswering({ file_id: '7', download_url: 'https://x' }),
      { task_id: '42', file_id: '7', traceId: 'status' },
      {},
    );
    expect(found).toEqual({ taskId: '42', fileId: '7', downloadUrl: 'https://x' });
    expect(found.traceId).toBe('lookup');
  });
});
