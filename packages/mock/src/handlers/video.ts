import { findModel, pricingTables } from '@minimax-kit/core';
import type { Handler } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';
import { jsonResponse } from '../http/respond.js';
import { clipMp4 } from '../media/clip.js';
import { checkParams } from '../validate/check-params.js';
import { exclusiveField } from '../validate/exclusive-field.js';
import { storeFile } from './files.js';
import { queriedTask, startTask, taskStatus } from './tasks.js';

const ok = { status_code: 0, status_msg: 'success' };
const dimensions: Record<string, [number, number]> = {
  '512P': [912, 512],
  '720P': [1280, 720],
  '768P': [1366, 768],
  '1080P': [1920, 1080],
};

/**
 * `POST /v1/video_generation`: validates model, mode, resolution and duration as MiniMax offers
 * them (the Hailuo combinations of its price list) and starts a task.
 */
export const createVideo: Handler = (ctx) => {
  const { body } = ctx;
  let model: string;
  try {
    model = findModel(String(body.model), 'video').id;
  } catch {
    invalidParams(`unknown model '${String(body.model)}'`);
  }
  const param = checkParams(ctx);
  const mode = body.first_frame_image ? 'image-to-video' : 'text-to-video';
  if (mode === 'text-to-video' && (typeof body.prompt !== 'string' || body.prompt.trim() === ''))
    invalidParams('prompt is required');
  if (body.last_frame_image) exclusiveField(model, 'video', 'last_frame_image');
  const resolution = param<string>('resolution');
  const duration = param<number>('duration');
  const offered = pricingTables.cn.prices.filter(
    (row) => row.kind === 'video' && (row.models as readonly string[]).includes(model),
  );
  if (offered.length > 0) {
    const valid = offered.some(
      (row) =>
        row.kind === 'video' &&
        (row.modes as readonly string[]).includes(mode) &&
        row.resolution === resolution &&
        row.durationSeconds === duration,
    );
    if (!valid) invalidParams(`${model} does not support ${mode} at ${resolution} ${String(duration)}s`);
  }
  return {
    respond(release) {
      const phases = ctx.runtime.options.durations?.video ?? {};
      const failed = ctx.random.next() < (ctx.runtime.options.taskFailureRate ?? 0);
      const [width, height] = dimensions[resolution] ?? [1366, 768];
      const file = failed
        ? undefined
        : storeFile(ctx, clipMp4(), 'output_aigc.mp4', 'video_generation', 'video/mp4');
      const task = startTask(
        ctx,
        'video',
        [
          ['Preparing', phases.preparing ?? 1000],
          ['Queueing', phases.queueing ?? 1000],
          ['Processing', phases.processing ?? 4000],
        ],
        file ? { status: 'Success', fileId: file.id, width, height } : { status: 'Fail' },
      );
      release();
      return jsonResponse({ task_id: task.id, base_resp: ok }, ctx.traceId);
    },
  };
};

/** `GET /v1/query/video_generation?task_id=`: Preparing → Queueing → Processing → Success | Fail. */
export const queryVideo: Handler = (ctx) => ({
  respond(release) {
    release();
    const task = queriedTask(ctx, 'video');
    const { status, done } = taskStatus(task, ctx.runtime.now());
    const result =
      done && task.outcome.fileId
        ? { file_id: task.outcome.fileId, video_width: task.outcome.width, video_height: task.outcome.height }
        : { file_id: '' };
    return jsonResponse({ task_id: task.id, status, ...result, base_resp: ok }, ctx.traceId);
  },
});
