import { describe, expect, it } from 'vitest';
import { TelemetryOptionsError } from '../errors/telemetry-options-error.js';
import { openTelemetry } from './open-telemetry.js';
import type { Attributes, SpanLike, TraceApiLike } from './otel-like.js';

const url = 'https://api.minimax.io/v1/chat/completions';
const body = { model: 'MiniMax-M2', messages: [{ role: 'user', content: 'hi' }] };

/** A tracer that records what it is told, with an active span like a context manager keeps. */
function fakeTrace() {
  const spans: { name: string; attributes: Attributes; events: string[]; ended: boolean }[] = [];
  let active: SpanLike | undefined;
  const trace: TraceApiLike = {
    getActiveSpan: () => active,
    getTracer: () => ({
      startActiveSpan(name, options, fn) {
        const record = { name, attributes: { ...options.attributes }, events: [] as string[], ended: false };
        spans.push(record);
        const span: SpanLike = {
          setAttributes: (a) => Object.assign(record.attributes, a),
          addEvent: (event) => record.events.push(event),
          setStatus: () => {},
          end: () => {
            record.ended = true;
          },
        };
        const outer = active;
        active = span;
        try {
          return fn(span);
        } finally {
          active = outer;
        }
      },
    }),
  };
  return { trace, spans };
}

describe('openTelemetry', () => {
  it('fails at set-up, with a typed error, without the APIs of @opentelemetry/api', () => {
    for (const apis of [
      undefined,
      {},
      { trace: undefined, metrics: undefined },
      { trace: {} },
      { metrics: 1 },
    ])
      expect(() => openTelemetry(apis as never)).toThrow(TelemetryOptionsError);
    expect(() => openTelemetry({})).toThrow(/npm|Install @opentelemetry\/api/);
  });

  it('makes one span for the client, to which limitFetch under it adds its events', () => {
    const { trace, spans } = fakeTrace();
    const telemetry = openTelemetry({ trace });
    telemetry.call({ method: 'POST', url, body, by: 'client' }, (client) => {
      telemetry.call({ method: 'POST', url, body, by: 'limiter' }, (limiter) => {
        limiter?.waited(1500);
        limiter?.end({ status: 200 });
      });
      client?.end({ status: 200, answer: { id: 'x', choices: [{ finish_reason: 'stop' }] } });
    });
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({
      name: 'chat MiniMax-M2',
      events: ['minimax_kit.limiter.wait'],
      ended: true,
      attributes: { 'gen_ai.response.id': 'x', 'gen_ai.response.finish_reasons': ['stop'] },
    });
  });

  it('lets limitFetch make its own span outside a client span', () => {
    const { trace, spans } = fakeTrace();
    const telemetry = openTelemetry({ trace });
    telemetry.call({ method: 'POST', url, body, by: 'limiter' }, (call) => call?.end({ status: 200 }));
    telemetry.call({ method: 'POST', url, body, by: 'limiter' }, (call) => call?.end({ status: 200 }));
    expect(spans.map((span) => span.ended)).toEqual([true, true]);
  });

  it('never lets a broken SDK fail a call, and runs the call once', () => {
    const broken = {
      getActiveSpan: () => {
        throw new Error('no');
      },
      getTracer: () => ({
        startActiveSpan: () => {
          throw new Error('no');
        },
      }),
    };
    const metrics = {
      getMeter: () => {
        throw new Error('no');
      },
    };
    const telemetry = openTelemetry({ trace: broken, metrics });
    let runs = 0;
    const result = telemetry.call({ method: 'POST', url, body, by: 'limiter' }, (call) => {
      runs += 1;
      call?.waited(5);
      call?.end({ error: new Error('x') });
      return 'answer';
    });
    expect([result, runs]).toEqual(['answer', 1]);

    const { trace } = fakeTrace();
    const failing = () =>
      openTelemetry({ trace }).call({ method: 'POST', url, body, by: 'client' }, () => {
        runs += 1;
        throw new RangeError('the call itself failed');
      });
    expect(failing).toThrow(RangeError);
    expect(runs).toBe(2);
  });

  it('runs calls of endpoints it does not know without telemetry', () => {
    const { trace, spans } = fakeTrace();
    const seen = openTelemetry({ trace }).call(
      { method: 'GET', url: 'https://example.com/health', by: 'limiter' },
      (call) => call,
    );
    expect([seen, spans]).toEqual([undefined, []]);
  });
});
