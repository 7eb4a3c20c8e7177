import { type CallOutcome, telemetryNames } from '@minimax-kit/core';
import type { CallEnd, CallRecord } from '../record/call-record.js';

// Ends that are failures even without an error object to name them: their name is the `error.type`.
const failures: ReadonlySet<CallEnd> = new Set<CallEnd>(['aborted', 'network-error', 'stream-error']);

/** What a finished call's record, its answer and what it failed with tell its telemetry. */
export function outcomeOf(record: CallRecord, answer: unknown, error: unknown): CallOutcome {
  const failed = error ?? (failures.has(record.ended) ? { name: record.ended } : undefined);
  return {
    cost: record.cost,
    ...(record.status === undefined ? {} : { status: record.status }),
    ...(record.traceId ? { traceId: record.traceId } : {}),
    ...(answer === undefined ? {} : { answer }),
    ...(record.errorCode === undefined ? {} : { code: record.errorCode }),
    ...(failed === undefined ? {} : { error: failed }),
    attributes: {
      [telemetryNames.ended]: record.ended,
      [telemetryNames.waitedMs]: record.waitedMs,
    },
  };
}
