import type { Ctx } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';
import type { Task } from '../state.js';

/** The status of a task at `now`, from its schedule on the mock's clock. */
export function taskStatus(task: Task, now: number): { status: string; done: boolean } {
  const elapsed = now - task.createdAt;
  let status = task.schedule[0]?.status ?? task.outcome.status;
  for (const step of task.schedule) if (elapsed >= step.at) status = step.status;
  const total = task.schedule.at(-1)?.at ?? 0;
  return elapsed >= total ? { status: task.outcome.status, done: true } : { status, done: false };
}

/** Starts a task whose statuses follow `phases` (name, duration in ms), then end in `outcome`. */
export function startTask(
  ctx: Ctx,
  kind: Task['kind'],
  phases: [string, number][],
  outcome: Task['outcome'],
): Task {
  const schedule: Task['schedule'] = [];
  let at = 0;
  for (const [status, duration] of phases) {
    schedule.push({ status, at });
    at += duration;
  }
  schedule.push({ status: outcome.status, at });
  const task: Task = {
    id: String(ctx.runtime.nextId()),
    kind,
    owner: ctx.key.account,
    createdAt: ctx.runtime.now(),
    schedule,
    outcome,
  };
  ctx.runtime.state.tasks.set(task.id, task);
  return task;
}

/** The task named by `?task_id=` if this account owns it; 2013 otherwise. */
export function queriedTask(ctx: Ctx, kind: Task['kind']): Task {
  const id = ctx.url.searchParams.get('task_id');
  const task = id ? ctx.runtime.state.tasks.get(id) : undefined;
  if (!task || task.kind !== kind || task.owner !== ctx.key.account)
    invalidParams(`task_id ${id ?? ''} not found`);
  return task;
}
