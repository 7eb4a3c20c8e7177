import type { RequestRecord } from '../state.js';
import type { Fault } from './fault.js';

/** A fault's stand-in for the whole answer: how it is logged, and its response (none: the connection drops). */
export interface FaultAnswer {
  status: number;
  code: RequestRecord['code'];
  response?: Response;
}

/**
 * What a fault answers instead of MiniMax: a dropped connection, a bare HTTP status, or 200 with a
 * JSON body cut in half. Undefined for no fault and for those the request plays out (error, cut, stall).
 */
export function faultAnswer(fault: Fault | undefined, traceId: string): FaultAnswer | undefined {
  switch (fault?.type) {
    case 'reset':
      return { status: 0, code: 'reset' };
    case 'http':
      return {
        status: fault.status,
        code: fault.status,
        response: new Response(fault.body ?? `${fault.status} upstream error`, {
          status: fault.status,
          headers: { 'trace-id': traceId },
        }),
      };
    case 'malformed':
      return {
        status: 200,
        code: 'malformed',
        response: new Response('{"base_resp":{"status_code":0,"status_msg":"succ', {
          headers: { 'content-type': 'application/json', 'trace-id': traceId },
        }),
      };
    default:
      return undefined;
  }
}
