import { describe, expect, it } from 'vitest';
import { taskOutcome, taskStatuses } from './task-statuses.js';

describe('task statuses', () => {
  it.each([
    ['Preparing', 'running'],
    ['processing', 'running'],
    ['Success', 'succeeded'],
    ['FAIL', 'failed'],
    ['Failed', 'failed'],
    ['Expired', 'failed'],
  ] as const)('%s is %s', (status, outcome) => {
    expect(taskOutcome(status)).toBe(outcome);
  });

  it('knows nothing of other statuses or of non-strings', () => {
    expect(taskOutcome('Done')).toBeUndefined();
    expect(taskOutcome(2)).toBeUndefined();
    expect(taskOutcome(undefined)).toBeUndefined();
  });

  it('names each status once, and every task API can end both ways', () => {
    expect(new Set(taskStatuses.map((row) => row.status.toLowerCase())).size).toBe(taskStatuses.length);
    for (const api of ['video', 't2a-async'] as const) {
      const outcomes = taskStatuses.filter((row) => row.apis.includes(api)).map((row) => row.outcome);
      expect(new Set(outcomes)).toEqual(new Set(['running', 'succeeded', 'failed']));
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(taskStatuses[0])).toBe(true);
  });
});
