import type { infer as Infer } from 'zod/mini';
import { array, enum as enumOf, looseObject, number, optional, string } from 'zod/mini';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { ValidationError } from '../errors/validation-error.js';
import { checkRequest } from '../transport/check-request.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';
import { idSchema } from '../util/schemas.js';

/** What an uploaded file is for. */
export const uploadPurposes = [
  'voice_clone',
  'prompt_audio',
  't2a_async_input',
  'video_understanding',
  'video_generation_input',
] as const;

const fileSchema = looseObject({
  file_id: idSchema,
  bytes: optional(number()),
  created_at: optional(number()),
  filename: optional(string()),
  purpose: optional(string()),
  download_url: optional(string()),
});
/** A stored file; `file_id` is always a string, exact even past 2^53. */
export type FileObject = Infer<typeof fileSchema>;

const uploadParams = looseObject({
  purpose: enumOf(uploadPurposes),
  filename: optional(string()),
});

/** Files (`/v1/files/*`). */
export interface Files {
  upload(
    params: { file: Blob | Uint8Array; purpose: (typeof uploadPurposes)[number]; filename?: string },
    options?: CallOptions | null,
  ): Promise<WithMeta<FileObject>>;
  /** Metadata and a `download_url` (valid for hours, not forever). */
  retrieve(fileId: string, options?: CallOptions | null): Promise<WithMeta<FileObject>>;
  /** The bytes (with `traceId` and `response`, like every result). */
  content(fileId: string, options?: CallOptions | null): Promise<WithMeta<Uint8Array>>;
  list(purpose: string, options?: CallOptions | null): Promise<WithMeta<{ files: FileObject[] }>>;
  delete(
    fileId: string,
    purpose: string,
    options?: CallOptions | null,
  ): Promise<WithMeta<{ file_id: string }>>;
}

/** Checks an id and returns it as the int64 MiniMax expects in JSON (exact beyond 2^53). */
export function fileIdParam(fileId: string): string {
  const id = String(fileId);
  if (!/^\d+$/.test(id))
    throw new ValidationError('request', [
      { path: 'file_id', message: `must be MiniMax's numeric id, not ${JSON.stringify(fileId)}` },
    ]);
  return id;
}

/** The files resource over a transport. */
export function createFiles(transport: Transport): Files {
  return {
    async upload(params, given) {
      const options = callOptions(given);
      checkRequest(uploadParams, { purpose: params.purpose, filename: params.filename });
      const form = new FormData();
      form.set('purpose', params.purpose);
      const blob =
        params.file instanceof Blob ? params.file : new Blob([params.file as Uint8Array<ArrayBuffer>]);
      form.set(
        'file',
        blob,
        params.filename ?? ('name' in params.file ? String(params.file.name) : 'upload'),
      );
      const answer = await transport.json(
        '/v1/files/upload',
        { method: 'POST', form, signal: options.signal },
        looseObject({ file: fileSchema }),
      );
      return withMeta(answer.file, answer.response, answer.cost);
    },
    async retrieve(fileId, given) {
      const options = callOptions(given);
      const answer = await transport.json(
        '/v1/files/retrieve',
        { method: 'GET', query: { file_id: fileIdParam(fileId) }, signal: options.signal },
        looseObject({ file: fileSchema }),
      );
      return withMeta(answer.file, answer.response, answer.cost);
    },
    async content(fileId, given) {
      const options = callOptions(given);
      const response = await transport.send('/v1/files/retrieve_content', {
        method: 'GET',
        query: { file_id: fileIdParam(fileId) },
        signal: options.signal,
      });
      const bytes = await transport.readBody(response);
      return withMeta(
        bytes,
        response,
        transport.costOf({ method: 'GET', path: '/v1/files/retrieve_content' }),
      );
    },
    async list(purpose, given) {
      const options = callOptions(given);
      return transport.json(
        '/v1/files/list',
        { method: 'GET', query: { purpose }, signal: options.signal },
        looseObject({ files: array(fileSchema) }),
      );
    },
    async delete(fileId, purpose, given) {
      const options = callOptions(given);
      return transport.json(
        '/v1/files/delete',
        { method: 'POST', json: { file_id: BigInt(fileIdParam(fileId)), purpose }, signal: options.signal },
        looseObject({ file_id: idSchema }),
      );
    },
  };
}
