import type { CallCost } from '@minimax-kit/core';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { ValidationError } from '../errors/validation-error.js';
import { createFiles } from '../files/files.js';
import { type PollOptions, pollTask } from '../polling/poll-task.js';
import { type TaskFile, taskFile } from '../polling/task-file.js';
import { TaskOrders, unknownTask } from '../polling/task-orders.js';
import { AudioStreamReader, type AudioStreamResult } from '../streaming/audio-stream.js';
import { EventStream } from '../streaming/event-stream.js';
import { checkRequest } from '../transport/check-request.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';
import { type AudioOutput, audioOutput, type OutputFormatOf } from '../util/audio-output.js';
import {
  type ExtraInfo,
  type SpeechAsyncParams,
  type SpeechParams,
  type SpeechTask,
  type SpeechTaskStatus,
  speechAnswerSchema,
  speechAsyncParamsSchema,
  speechParamsSchema,
  speechTaskSchema,
  speechTaskStatusSchema,
} from './speech-schemas.js';

/**
 * Synthesised speech: the audio bytes, or with `output_format: 'url'` a download URL. Which one is
 * typed from the parameters when they say (`audio: Uint8Array` by default).
 */
export type SpeechResult<Format extends 'hex' | 'url' = 'hex' | 'url'> = AudioOutput<Format> & {
  extraInfo: ExtraInfo | undefined;
  subtitleFile: string | undefined;
};

/** Long-text speech that finished: its audio file and where to download it. */
export type SpeechTaskResult = TaskFile;

/** Text to speech (`/v1/t2a_v2`, `/v1/t2a_async_v2`). */
export interface Speech {
  create<P extends SpeechParams>(
    params: P,
    options?: CallOptions | null,
  ): Promise<WithMeta<SpeechResult<OutputFormatOf<P>>>>;
  /** Audio chunks as they are made; `final()` gives all the audio once, and `extra_info`. */
  stream(
    params: SpeechParams,
    options?: CallOptions | null,
  ): EventStream<Uint8Array, AudioStreamResult<ExtraInfo>>;
  /** Starts long-text speech (billable: never re-sent blindly). */
  createAsync(params: SpeechAsyncParams, options?: CallOptions | null): Promise<WithMeta<SpeechTask>>;
  retrieveAsync(taskId: string, options?: CallOptions | null): Promise<WithMeta<SpeechTaskStatus>>;
  /** Waits for long-text speech to finish and resolves its file's download URL. */
  pollAsync(taskId: string, options?: PollOptions | null): Promise<WithMeta<SpeechTaskResult>>;
}

const hasVoice = (params: {
  voice_setting?: { voice_id?: string | undefined } | undefined;
  timbre_weights?: unknown;
}) => {
  if (!params.voice_setting?.voice_id && !params.timbre_weights) {
    throw new ValidationError('request', [
      { path: 'voice_setting.voice_id', message: 'is required (or timbre_weights)' },
    ]);
  }
};

/** The speech resource over a transport. */
export function createSpeech(transport: Transport): Speech {
  const files = createFiles(transport);
  // Long-text speech is billed by the characters its create answer reports: the task costs that.
  const costs = new TaskOrders<CallCost>();
  const speech: Speech = {
    async create(params, given) {
      const options = callOptions(given);
      const json = { ...checkRequest(speechParamsSchema, params), stream: false };
      hasVoice(json);
      const answer = await transport.json(
        '/v1/t2a_v2',
        { method: 'POST', json, signal: options.signal },
        speechAnswerSchema,
      );
      const result: SpeechResult = {
        ...audioOutput(json.output_format, answer.data.audio),
        extraInfo: answer.extra_info,
        subtitleFile: answer.data.subtitle_file,
      };
      // The format was read from the same parameters the type was.
      return withMeta(result as SpeechResult<OutputFormatOf<typeof params>>, answer.response, answer.cost);
    },
    stream(params, given) {
      const options = callOptions(given);
      const json = { ...checkRequest(speechParamsSchema, params), stream: true };
      hasVoice(json);
      if (json.output_format === 'url')
        throw new ValidationError('request', [
          { path: 'output_format', message: 'must be hex when streaming' },
        ]);
      return new EventStream(
        (signal) => transport.send('/v1/t2a_v2', { method: 'POST', json, signal }),
        new AudioStreamReader<ExtraInfo>(),
        transport.streamSettings(undefined, { method: 'POST', path: '/v1/t2a_v2', json }),
        options.signal,
      );
    },
    async createAsync(params, given) {
      const options = callOptions(given);
      const json = checkRequest(speechAsyncParamsSchema, params);
      hasVoice(json);
      if (json.text === undefined && json.text_file_id === undefined) {
        throw new ValidationError('request', [{ path: 'text', message: 'is required (or text_file_id)' }]);
      }
      const task = await transport.json(
        '/v1/t2a_async_v2',
        { method: 'POST', json, job: true, signal: options.signal },
        speechTaskSchema,
      );
      costs.remember(task.task_id, task.cost);
      return task;
    },
    async retrieveAsync(taskId, given) {
      const options = callOptions(given);
      return transport.json(
        '/v1/query/t2a_async_query_v2',
        { method: 'GET', query: { task_id: String(taskId) }, signal: options.signal },
        speechTaskStatusSchema,
      );
    },
    async pollAsync(taskId, given) {
      const options = callOptions(given);
      const done = await pollTask(
        {
          taskId,
          query: (signal) => speech.retrieveAsync(taskId, { ...(signal ? { signal } : {}) }),
        },
        options,
        transport.options.sleep,
      );
      const file = await taskFile(files, done, options.signal ? { signal: options.signal } : {});
      const { taskId: id, fileId, downloadUrl } = file;
      const cost = costs.recall(String(taskId)) ?? unknownTask(String(taskId));
      return withMeta({ taskId: id, fileId, downloadUrl }, file.response, cost);
    },
  };
  return speech;
}
