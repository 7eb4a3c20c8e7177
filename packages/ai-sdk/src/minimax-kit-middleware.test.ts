import { addDecimalStrings, costOfCall } from '@minimax-kit/core';
import { createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { balanceOf, expectCharged, expectSettled, startMock } from './__fixtures__/mock-run.js';
import { cells } from './__fixtures__/sdks.js';
import { reportOf, wrapModel } from './__fixtures__/wrap.js';

describe.each(cells)('$name', ({ major: { sdk: ai }, provider }) => {
  it('generate: holds the call to its real demand, settles to its usage, reports its exact cost', async () => {
    const { mock, target } = startMock();
    const limiter = createLimiter({ region: 'global' });
    const model = wrapModel(ai, provider, target, limiter);
    const before = balanceOf(mock);
    const result = await ai.generateText({ model, prompt: 'Hello', maxRetries: 0 });
    expect(result.text.length).toBeGreaterThan(0);
    const report = reportOf(result.providerMetadata);
    expect(report?.model).toBe('MiniMax-M2');
    expect(report?.cost.priced).toBe(true);
    if (!report?.cost.priced) return;
    expect(report.cost.currency).toBe('USD');
    expectCharged(before, balanceOf(mock), report.cost.total);
    // core's costOfCall of the answer's own usage, as the wire reported it.
    const answer = { usage: result.usage.raw };
    const url = `${target.url}/v1/chat/completions`;
    expect(costOfCall({ method: 'POST', url, body: { model: 'MiniMax-M2' }, answer })).toMatchObject({
      total: report.cost.total,
    });
    expectSettled(limiter, mock);
    const rpm = limiter.snapshot().dimensions['rpm:text:MiniMax-M2'];
    expect(report.remaining['rpm:text:MiniMax-M2']).toBe((rpm?.limit ?? 0) - 1);
    expect(report.waitedMs).toBeGreaterThanOrEqual(0);
  });

  it('stream: settles when the finish part passes, with the report on it', async () => {
    const { mock, target } = startMock();
    const limiter = createLimiter({ region: 'global' });
    const model = wrapModel(ai, provider, target, limiter);
    const before = balanceOf(mock);
    const result = ai.streamText({ model, prompt: 'Hi', maxRetries: 0 });
    let streamed = '';
    for await (const delta of result.textStream) streamed += delta;
    expect(streamed.length).toBeGreaterThan(0);
    const report = reportOf(await result.providerMetadata);
    expect(report?.cost.priced).toBe(true);
    if (!report?.cost.priced) return;
    expectCharged(before, balanceOf(mock), report.cost.total);
    expectSettled(limiter, mock);
  });

  it('a run of calls at once — generate, stream, a tool loop — leaves the limiter where the mock counted', async () => {
    const { mock, target } = startMock();
    const limiter = createLimiter({ region: 'global' });
    const model = wrapModel(ai, provider, target, limiter);
    const before = balanceOf(mock);
    const weather = ai.tool({
      inputSchema: z.object({ city: z.string() }),
      execute: async () => 'rain, 4 °C',
    });
    const streamed = async (prompt: string) => {
      const result = ai.streamText({ model, prompt, maxRetries: 0 });
      await result.consumeStream();
      return [await result.providerMetadata];
    };
    const generated = async (prompt: string) => [
      (await ai.generateText({ model, prompt, maxRetries: 0 })).providerMetadata,
    ];
    const looped = async () => {
      const result = await ai.generateText({
        model,
        tools: { get_weather: weather },
        prompt: 'Use get_weather for Lima',
        stopWhen: ai.stepCountIs(3),
        maxRetries: 0,
      });
      return result.steps.map((step) => step.providerMetadata);
    };
    const runs = await Promise.all([
      generated('one'),
      generated('two'),
      streamed('three'),
      streamed('four'),
      looped(),
    ]);
    const reports = runs.flat().map(reportOf);
    expect(reports.length).toBeGreaterThanOrEqual(6);
    const total = reports.reduce((sum, report) => {
      if (!report?.cost.priced) throw new Error('a call went unpriced');
      return addDecimalStrings(sum, report.cost.total);
    }, '0');
    expectCharged(before, balanceOf(mock), total);
    expectSettled(limiter, mock);
    expect(mock.state.log).toHaveLength(reports.length);
  });
});
