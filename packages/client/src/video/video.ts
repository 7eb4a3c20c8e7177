import type { infer as Infer, input as Input } from 'zod/mini';
import { boolean, looseObject, minLength, number, optional, string } from 'zod/mini';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { createFiles } from '../files/files.js';
import { type PollOptions, pollTask } from '../polling/poll-task.js';
import { type TaskFile, taskFile } from '../polling/task-file.js';
import { TaskOrders, unknownTask } from '../polling/task-orders.js';
import { checkRequest } from '../transport/check-request.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';
import { optionalParam } from '../util/param-schema.js';
import { idSchema } from '../util/schemas.js';

const path = '/v1/video_generation';

/** Parameters of a video job (`POST /v1/video_generation`). */
export const videoParamsSchema = looseObject({
  model: string().check(minLength(1, 'is required')),
  prompt: optionalParam<string>(path, 'prompt'),
  first_frame_image: optional(string()),
  last_frame_image: optional(string()),
  duration: optionalParam<number>(path, 'duration'),
  resolution: optionalParam<'512P' | '720P' | '768P' | '1080P'>(path, 'resolution'),
  prompt_optimizer: optional(boolean()),
  fast_pretreatment: optional(boolean()),
  callback_url: optional(string()),
});
export type VideoParams = Input<typeof videoParamsSchema>;

const taskSchema = looseObject({ task_id: idSchema });

/** A video job's status; `file_id` (a string) once it succeeds. */
export const videoStatusSchema = looseObject({
  task_id: idSchema,
  status: string(),
  file_id: optional(idSchema),
  video_width: optional(number()),
  video_height: optional(number()),
});
export type VideoStatus = Infer<typeof videoStatusSchema>;

/** A finished video and where to download it (the URL expires after a few hours). */
export interface VideoResult extends TaskFile {
  /** In pixels, when MiniMax reports it (its reference marks the dimensions optional). */
  width: number | undefined;
  height: number | undefined;
}

/** Video generation (`/v1/video_generation`): jobs that move Preparing → Queueing → Processing → Success | Fail. */
export interface Video {
  /** Starts a job (billable: never re-sent blindly). */
  create(params: VideoParams, options?: CallOptions | null): Promise<WithMeta<{ task_id: string }>>;
  retrieve(taskId: string, options?: CallOptions | null): Promise<WithMeta<VideoStatus>>;
  /** Waits for a job; throws `TaskFailedError` on Fail and `DeadlineError` (with the task id) past the deadline. */
  poll(taskId: string, options?: PollOptions | null): Promise<WithMeta<VideoResult>>;
  /** Starts a job and waits for its download URL; `traceId` is that of the last request (the file lookup). */
  createAndPoll(params: VideoParams, options?: PollOptions | null): Promise<WithMeta<VideoResult>>;
}

/** The video resource over a transport. */
export function createVideo(transport: Transport): Video {
  const files = createFiles(transport);
  const orders = new TaskOrders<object>();
  const video: Video = {
    async create(params, given) {
      const options = callOptions(given);
      const json = checkRequest(videoParamsSchema, params);
      const task = await transport.json(
        path,
        { method: 'POST', json, job: true, signal: options.signal },
        taskSchema,
      );
      orders.remember(task.task_id, json);
      return task;
    },
    async retrieve(taskId, given) {
      const options = callOptions(given);
      return transport.json(
        '/v1/query/video_generation',
        { method: 'GET', query: { task_id: String(taskId) }, signal: options.signal },
        videoStatusSchema,
      );
    },
    async poll(taskId, given) {
      const options = callOptions(given);
      const done = await pollTask(
        {
          taskId,
          query: (signal) => video.retrieve(taskId, signal ? { signal } : {}),
        },
        options,
        transport.options.sleep,
      );
      const file = await taskFile(files, done, options.signal ? { signal: options.signal } : {});
      // The clip is charged once its task succeeds; its price follows from what was ordered.
      const order = orders.recall(String(taskId));
      return withMeta(
        {
          taskId: file.taskId,
          fileId: file.fileId,
          downloadUrl: file.downloadUrl,
          width: done.video_width,
          height: done.video_height,
        },
        file.response,
        order ? transport.costOf({ method: 'POST', path, json: order }, done) : unknownTask(String(taskId)),
      );
    },
    async createAndPoll(params, given) {
      const options = callOptions(given);
      const { task_id } = await video.create(params, options.signal ? { signal: options.signal } : {});
      return video.poll(task_id, options);
    },
  };
  return video;
}
