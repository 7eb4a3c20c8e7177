import type { ResolvedOptions } from '../options.js';
import type { Redactor } from '../security/redactor.js';

const levels = { debug: 0, info: 1, warn: 2, error: 3, off: 4 } as const;

export type LogLevel = Exclude<keyof typeof levels, 'off'>;
/** Writes a line; `message` and `details` may be functions, called only when the line is written. */
export type Log = (
  level: LogLevel,
  message: string | (() => string),
  details?: Record<string, unknown> | (() => Record<string, unknown>),
) => void;

/** The client's log: below `logLevel` nothing is formatted; every string passes the redactor. */
export function createLog(options: ResolvedOptions, redactor: Redactor): Log {
  return (level, message, details) => {
    if (levels[level] < levels[options.logLevel] || !options.logger?.[level]) return;
    const given = typeof details === 'function' ? details() : details;
    const clean =
      given &&
      Object.fromEntries(
        Object.entries(given).map(([name, value]) => [
          name,
          typeof value === 'string' ? redactor.text(value) : value,
        ]),
      );
    options.logger[level]?.(redactor.text(typeof message === 'function' ? message() : message), clean);
  };
}
