import type { Dimension } from '../state/dimension.js';
import type { RedisConnection, ScriptCall } from './redis-connection.js';
import { sentOf, tagOf } from './redis-keys.js';

/** What every call of one store sends beside its own fields. */
export interface ScriptCallsOptions {
  prefix: string;
  /** This process's name in Redis: whose shares, claims and admissions are whose. */
  pid: string;
  recoverMs: number;
}

/** A store's calls of the limiter script, and the clock they keep from Redis TIME. */
export interface ScriptCalls {
  call: ScriptCall;
  /** The hash-tagged prefix of an API key's keys: one hash slot in Redis Cluster. */
  tag(key: string): string;
  /** Redis TIME as of the last answer, moved on by this process's clock. */
  now(): number;
  /** The most Redis TIME can be now: an answer's TIME was read after it was asked for. */
  latest(): number;
}

export function scriptCalls(connection: RedisConnection, options: ScriptCallsOptions): ScriptCalls {
  const { prefix, pid, recoverMs } = options;
  let offset = 0;
  let ahead = 0;
  const tag = (key: string) => tagOf(prefix, key);
  const call: ScriptCall = async <T>(
    operation: string,
    key: string,
    dims: readonly Dimension[],
    payload: Record<string, unknown> = {},
  ): Promise<T> => {
    const tagged = tag(key);
    const { keys, json } = sentOf(tagged, dims);
    const rest = JSON.stringify({ pid, recoverMs, channel: `${tagged}:wake`, ...payload });
    const asked = Date.now();
    const reply = (await connection.run(keys, operation, `{"dims":${json},${rest.slice(1)}`)) as T;
    const at = (reply as unknown[])[operation === 'read' ? 1 : 3];
    if (typeof at === 'number') {
      offset = at - Date.now();
      ahead = at - asked;
    }
    return reply;
  };
  return { call, tag, now: () => Date.now() + offset, latest: () => Date.now() + ahead };
}
