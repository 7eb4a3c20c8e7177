import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Clients, calls, type Resource, voice } from './__fixtures__/every-call.js';
import { setup } from './__fixtures__/setup.js';
import { createMiniMaxClient, type MiniMaxClient } from './client.js';
import type { ResponseMeta } from './transport/meta.js';

/** The resolved result of a method, or of `final()` when it returns a stream. */
type Result<F> = F extends (...args: never[]) => infer R
  ? Awaited<R extends { final(): infer P } ? P : R>
  : never;
type EveryResult = { [R in Resource]: { [M in keyof MiniMaxClient[R]]: Result<MiniMaxClient[R][M]> } };

describe('trace ids', () => {
  it('are declared on the result type of every method', () => {
    expectTypeOf<EveryResult['video']['createAndPoll']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['speech']['pollAsync']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['files']['content']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['chat']['stream']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['messages']['stream']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['speech']['stream']>().toExtend<ResponseMeta>();
    expectTypeOf<EveryResult['music']['stream']>().toExtend<ResponseMeta>();
    // Every other result too: a union of all of them extends ResponseMeta only if each does.
    expectTypeOf<
      {
        [R in Resource]: EveryResult[R][keyof EveryResult[R]];
      }[Resource]
    >().toExtend<ResponseMeta>();
  });

  it('are carried, out of sight of JSON and Object.keys, by every result of every method', async () => {
    const { client } = setup();
    const { client: plan } = setup({}, { apiKey: 'sk-cp-mock' });
    const called: string[] = [];
    for (const [resource, methods] of Object.entries(calls)) {
      const names = Object.keys(client[resource as Resource]).sort();
      expect(Object.keys(methods).sort(), `methods of ${resource}`).toEqual(names);
      for (const [method, call] of Object.entries(methods) as [string, (c: Clients) => Promise<object>][]) {
        const result = await call({ client, plan });
        const label = `${resource}.${method}`;
        expect('traceId' in result, label).toBe(true);
        expect((result as ResponseMeta).traceId, label).toMatch(/^[0-9a-f]{32}$/);
        expect((result as ResponseMeta).response, label).toBeInstanceOf(Response);
        expect(Object.keys(result), label).not.toContain('traceId');
        called.push(label);
      }
    }
    expect(called).toHaveLength(29);
  });

  it('of a polled job are those of its last request, the file lookup', async () => {
    const { mock, clock } = setup();
    const answered: [string, string | null][] = [];
    const client = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      region: 'cn', // the mock's keys are cn's, and so is its host
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await mock.fetch(request);
        answered.push([new URL(request.url).pathname, response.headers.get('trace-id')]);
        return response;
      },
      sleep: async (ms) => {
        clock.t += ms;
      },
    });
    const clip = await client.video.createAndPoll({ model: 'MiniMax-Hailuo-02', prompt: 'x' });
    expect(answered.at(-1)).toEqual(['/v1/files/retrieve', clip.traceId]);
    const { task_id } = await client.speech.createAsync({ ...voice, text: 'x' });
    const spoken = await client.speech.pollAsync(task_id);
    expect(answered.at(-1)).toEqual(['/v1/files/retrieve', spoken.traceId]);
  });
});
