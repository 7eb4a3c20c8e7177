import type { CallCost } from '@minimax-kit/core';

/**
 * What each task this client started was ordered with, by task id: a status answer names no model,
 * so the order is what prices the finished task. Bounded; the oldest are forgotten first.
 */
export class TaskOrders<T> {
  readonly #orders = new Map<string, T>();
  readonly #max: number;

  constructor(max = 1000) {
    this.#max = max;
  }

  remember(taskId: string, order: T): void {
    this.#orders.delete(taskId);
    this.#orders.set(taskId, order);
    if (this.#orders.size > this.#max) this.#orders.delete(this.#orders.keys().next().value as string);
  }

  recall(taskId: string): T | undefined {
    return this.#orders.get(taskId);
  }
}

/** The cost of a task some other client (or process) started: its price is set by a request not seen here. */
export const unknownTask = (taskId: string): CallCost => ({
  priced: false,
  reason: `Task ${taskId} was not started by this client, so the request that sets its price is unknown.`,
});
