import type { CallOptions } from '../chat/chat.js';
import { ValidationError } from '../errors/validation-error.js';
import type { Files } from '../files/files.js';
import { type WithMeta, withMeta } from '../transport/meta.js';

/** Where the output of a finished job is: its file and a download URL (valid for hours, not forever). */
export interface TaskFile {
  taskId: string;
  fileId: string;
  downloadUrl: string;
}

/**
 * Looks up the file a finished job produced. A job that reports success without a file, or a file
 * without a download URL, is a broken answer: it fails with a `ValidationError` rather than
 * resolving with a URL that is not there. The result carries the file lookup's `traceId`.
 */
export async function taskFile(
  files: Files,
  done: { task_id: string; file_id?: string | undefined; traceId: string | undefined },
  options: CallOptions,
): Promise<WithMeta<TaskFile>> {
  const fileId = done.file_id;
  if (!fileId)
    throw new ValidationError(
      'response',
      [{ path: 'file_id', message: `is missing from finished task ${done.task_id}` }],
      { traceId: done.traceId },
    );
  const file = await files.retrieve(fileId, options);
  if (!file.download_url)
    throw new ValidationError(
      'response',
      [{ path: 'file.download_url', message: `is missing for file ${fileId} of task ${done.task_id}` }],
      { traceId: file.traceId },
    );
  return withMeta({ taskId: done.task_id, fileId, downloadUrl: file.download_url }, file.response, file.cost);
}
