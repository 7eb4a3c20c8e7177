import type { CallRecord } from '../record/call-record.js';

/** The columns of `ledger.toCSV()`, in order. */
export const ledgerColumns = [
  'startedAt',
  'endedAt',
  'day',
  'key',
  'api',
  'operation',
  'scope',
  'model',
  'ended',
  'status',
  'errorCode',
  'traceId',
  'taskId',
  'waitedMs',
  'tookMs',
  'priced',
  'currency',
  'cost',
  'reason',
] as const;

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
const field = (value: unknown): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function row(record: CallRecord): unknown[] {
  const { cost } = record;
  return [
    new Date(record.startedAt).toISOString(),
    new Date(record.endedAt).toISOString(),
    record.day,
    record.key,
    record.api,
    record.operation,
    record.scope,
    record.model,
    record.ended,
    record.status,
    record.errorCode,
    record.traceId,
    record.taskId,
    record.waitedMs,
    record.tookMs,
    cost.priced,
    cost.priced ? cost.currency : undefined,
    cost.priced ? cost.total : undefined,
    cost.priced ? cost.note : cost.reason,
  ];
}

/** Records as RFC 4180 CSV: a header line, then one line per record, lines ended by CRLF. */
export function toCsv(records: readonly CallRecord[]): string {
  return [ledgerColumns, ...records.map(row)].map((cells) => `${cells.map(field).join(',')}\r\n`).join('');
}
