import { describeRequest } from '@minimax-kit/core';
import { createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it } from 'vitest';
import { startMock } from '../__fixtures__/mock-run.js';
import { cells, type Target } from '../__fixtures__/sdks.js';
import { ai7, wrapModel } from '../__fixtures__/wrap.js';
import { callDemand } from './call-demand.js';

// The fetch of a target, recording every JSON body it sends.
const recording = (target: Target) => {
  const bodies: Record<string, unknown>[] = [];
  const fetch: Target['fetch'] = async (input, init) => {
    if (typeof init?.body === 'string') bodies.push(JSON.parse(init.body));
    return target.fetch(input, init);
  };
  return { bodies, target: { ...target, fetch } };
};

describe.each(cells)('$name: the output cap', ({ major: { sdk: ai }, provider }) => {
  it('sends a call without maxOutputTokens with the cap the limiter reserved for', async () => {
    const { bodies, target } = recording(startMock().target);
    await ai.generateText({ model: wrapModel(ai, provider, target), prompt: 'Hello', maxRetries: 0 });
    expect(bodies[0]?.max_tokens).toBe(2048);
  });
});

describe('the demand of a call', () => {
  it('keeps a cap the call sets, and takes the middleware’s default otherwise', async () => {
    const { ai, provider } = ai7('anthropic');
    const { bodies, target } = recording(startMock().target);
    const limiter = createLimiter({ region: 'global' });
    await ai.generateText({ model: wrapModel(ai, provider, target), prompt: 'Hi', maxOutputTokens: 100 });
    const model = wrapModel(ai, provider, target, limiter, { defaultMaxOutputTokens: 512 });
    await ai.generateText({ model, prompt: 'Hi' });
    expect(bodies.map((body) => body.max_tokens)).toEqual([100, 512]);
  });

  it('estimates the prompt as core does for the chat request it becomes: system, turns, tools, results', () => {
    const params = {
      prompt: [
        { role: 'system', content: '你是一个助手' },
        { role: 'user', content: [{ type: 'text', text: 'Weather in Oslo?' }] },
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: 'Call the tool.' },
            { type: 'tool-call', toolCallId: 'a', toolName: 'weather', input: { city: 'Oslo' } },
          ],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'a',
              toolName: 'weather',
              output: { type: 'json', value: { c: 4 } },
            },
          ],
        },
      ],
      maxOutputTokens: 300,
      tools: [{ type: 'function', name: 'weather', inputSchema: { type: 'object' } }],
    };
    const { description, demand } = callDemand(
      'MiniMax-M2.7',
      params,
      { region: 'global', plan: false, budgets: false },
      undefined,
    );
    const expected = describeRequest('POST', 'https://api.minimax.io/v1/chat/completions', {
      model: 'MiniMax-M2.7',
      messages: [
        { role: 'system', content: '你是一个助手' },
        { role: 'user', content: 'Weather in Oslo?' },
        { role: 'assistant', content: 'Call the tool.{"city":"Oslo"}' },
        { role: 'tool', content: '{"c":4}' },
      ],
      max_tokens: 300,
      tools: params.tools,
    });
    expect(description.tokens).toBe(expected.tokens);
    expect(demand).toEqual({ scope: 'text:MiniMax-M2.7', tokens: expected.tokens, conn: false });
  });

  it('draws on the Token Plan at the model’s weight, and carries the worst-case cost for budgets', () => {
    const params = {
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
      maxOutputTokens: 10,
    };
    const { demand } = callDemand(
      'MiniMax-M2.7-highspeed',
      params,
      { region: 'global', plan: 'highspeed', budgets: true },
      'team-a',
    );
    expect(demand).toMatchObject({ planRequests: 2, tenant: 'team-a', cost: { currency: 'USD' } });
  });
});
