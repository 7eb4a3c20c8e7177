import { deepFreeze } from '../data/deep-freeze.js';
import type { Api } from '../endpoints/api.js';

/** How a status leaves an asynchronous task: still running, done with a result, or ended without one. */
export type TaskOutcome = 'running' | 'succeeded' | 'failed';

/** One status an asynchronous MiniMax task reports, with the APIs that report it. */
export interface TaskStatus {
  status: string;
  apis: readonly Api[];
  outcome: TaskOutcome;
}

const video: Api[] = ['video'];
const speech: Api[] = ['t2a-async'];

/**
 * The statuses of MiniMax's asynchronous tasks, as its status queries spell them. Sources:
 * https://platform.minimax.io/docs/api-reference/video-generation-query and
 * https://platform.minimax.io/docs/api-reference/speech-t2a-async-query.
 */
export const taskStatuses: readonly TaskStatus[] = /* @__PURE__ */ deepFreeze([
  { status: 'Preparing', apis: video, outcome: 'running' },
  { status: 'Queueing', apis: video, outcome: 'running' },
  { status: 'Processing', apis: [...video, ...speech], outcome: 'running' },
  { status: 'Success', apis: [...video, ...speech], outcome: 'succeeded' },
  { status: 'Fail', apis: video, outcome: 'failed' },
  { status: 'Failed', apis: speech, outcome: 'failed' },
  { status: 'Expired', apis: speech, outcome: 'failed' },
]);

const byName = new Map(taskStatuses.map((row) => [row.status.toLowerCase(), row.outcome]));

/** Where a task with this status stands (any letter case); `undefined` for a status MiniMax does not send. */
export function taskOutcome(status: unknown): TaskOutcome | undefined {
  return typeof status === 'string' ? byName.get(status.toLowerCase()) : undefined;
}
