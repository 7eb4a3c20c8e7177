import { estimateTokens } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { harness } from '../__fixtures__/harness.js';

const weather = {
  type: 'object',
  properties: { city: { type: 'string', minLength: 2 }, days: { type: 'integer', minimum: 1, maximum: 7 } },
  required: ['city', 'days'],
  additionalProperties: false,
};
const openaiTools = [
  { type: 'function', function: { name: 'get_weather', description: 'Weather', parameters: weather } },
  { type: 'function', function: { name: 'search', parameters: { type: 'object', properties: {} } } },
];
const anthropicTools = [{ name: 'get_weather', input_schema: weather }];
const ask = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'MiniMax-M2',
  messages: [{ role: 'user', content }],
  max_tokens: 400,
  ...extra,
});

/** The SSE events of a streamed answer, parsed. */
async function events(mock: ReturnType<typeof harness>['mock'], base: string, path: string, body: unknown) {
  const response = await mock.fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk-api-mock' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return text
    .split('\n\n')
    .map((event) => /^data: (.*)$/m.exec(event)?.[1])
    .filter((data): data is string => data !== undefined && data !== '[DONE]')
    .map((data) => JSON.parse(data));
}

describe('tool calls on /v1/chat/completions and the native endpoint', () => {
  it('calls a tool when tool_choice requires one, with arguments that follow its schema', async () => {
    const { call } = harness();
    for (const path of ['/v1/chat/completions', '/v1/text/chatcompletion_v2']) {
      const answer = await call(
        'POST',
        path,
        ask('Plan my trip', { tools: openaiTools, tool_choice: 'required' }),
      );
      const choice = answer.json.choices[0];
      expect(choice.finish_reason).toBe('tool_calls');
      const [toolCall] = choice.message.tool_calls;
      expect(toolCall).toMatchObject({ type: 'function', id: expect.stringMatching(/^call_/) });
      if (toolCall.function.name === 'get_weather') {
        const input = JSON.parse(toolCall.function.arguments);
        expect(input.city.length).toBeGreaterThanOrEqual(2);
        expect(Number.isInteger(input.days) && input.days >= 1 && input.days <= 7).toBe(true);
      }
    }
  });

  it('with auto, calls the tool the last user turn names and answers text otherwise; none never calls', async () => {
    const { call } = harness();
    const named = await call(
      'POST',
      '/v1/chat/completions',
      ask('Use get_weather for Paris', { tools: openaiTools }),
    );
    expect(named.json.choices[0].message.tool_calls[0].function.name).toBe('get_weather');
    const plain = await call('POST', '/v1/chat/completions', ask('Tell me a story', { tools: openaiTools }));
    expect(plain.json.choices[0].message.tool_calls).toBeUndefined();
    expect(plain.json.choices[0].finish_reason).toBe('stop');
    const none = await call(
      'POST',
      '/v1/chat/completions',
      ask('Use get_weather', { tools: openaiTools, tool_choice: 'none' }),
    );
    expect(none.json.choices[0].message.tool_calls).toBeUndefined();
    const forced = await call(
      'POST',
      '/v1/chat/completions',
      ask('Use get_weather', {
        tools: openaiTools,
        tool_choice: { type: 'function', function: { name: 'search' } },
      }),
    );
    expect(forced.json.choices[0].message.tool_calls[0].function).toEqual({
      name: 'search',
      arguments: '{}',
    });
  });

  it('counts the arguments as output tokens and is the same for the same seed', async () => {
    const body = ask('get_weather please', { tools: openaiTools, reasoning_split: true });
    const first = await harness({ seed: 3 }).call('POST', '/v1/chat/completions', body);
    const again = await harness({ seed: 3 }).call('POST', '/v1/chat/completions', body);
    expect(again.json.choices).toEqual(first.json.choices);
    const { usage } = first.json;
    const args = first.json.choices[0].message.tool_calls[0].function.arguments;
    expect(usage.completion_tokens).toBeGreaterThan(usage.completion_tokens_details.reasoning_tokens);
    expect(usage.completion_tokens - usage.completion_tokens_details.reasoning_tokens).toBe(
      estimateTokens(args),
    );
  });

  it('streams the call as tool_calls deltas: index, id and name first, then argument fragments', async () => {
    const { mock, base } = harness();
    const chunks = await events(mock, base, '/v1/chat/completions', {
      ...ask('get_weather now', { tools: openaiTools, tool_choice: 'required' }),
      stream: true,
    });
    const calls = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
    expect(calls[0]).toMatchObject({
      index: 0,
      id: expect.stringMatching(/^call_/),
      function: { name: 'get_weather' },
    });
    expect(calls.length).toBeGreaterThan(2);
    const joined = calls.map((part: { function: { arguments: string } }) => part.function.arguments).join('');
    expect(JSON.parse(joined)).toHaveProperty('city');
    expect(chunks.map((chunk) => chunk.choices[0]?.finish_reason).filter(Boolean)).toEqual(['tool_calls']);
    expect(chunks.at(-1).usage.completion_tokens).toBeGreaterThan(0);
  });

  it('answers a tool-result turn by quoting the result', async () => {
    const { call } = harness();
    const first = await call('POST', '/v1/chat/completions', ask('get_weather', { tools: openaiTools }));
    const message = first.json.choices[0].message;
    const answer = await call('POST', '/v1/chat/completions', {
      ...ask('get_weather', { tools: openaiTools }),
      messages: [
        { role: 'user', content: 'get_weather' },
        message,
        { role: 'tool', tool_call_id: message.tool_calls[0].id, content: '{"temp":21}' },
      ],
    });
    expect(answer.json.choices[0].finish_reason).toBe('stop');
    expect(answer.json.choices[0].message.content).toContain('get_weather returned: {"temp":21}');
  });
});

describe('tool calls on /anthropic/v1/messages', () => {
  it('answers a tool_use block with stop_reason tool_use, whole and streamed', async () => {
    const { call, mock, base } = harness({ seed: 5 });
    const body = ask('Weather?', { tools: anthropicTools, tool_choice: { type: 'any' } });
    const whole = await call('POST', '/anthropic/v1/messages', body);
    expect(whole.json.stop_reason).toBe('tool_use');
    const use = whole.json.content.find((block: { type: string }) => block.type === 'tool_use');
    expect(use).toMatchObject({
      id: expect.stringMatching(/^toolu_/),
      name: 'get_weather',
      input: { city: expect.any(String) },
    });
    const streamed = await events(harness({ seed: 5 }).mock, base, '/anthropic/v1/messages', {
      ...body,
      stream: true,
    });
    void mock;
    const start = streamed.find((event) => event.content_block?.type === 'tool_use');
    expect(start.content_block).toMatchObject({ name: 'get_weather', input: {} });
    const partial = streamed
      .filter((event) => event.delta?.type === 'input_json_delta')
      .map((event) => event.delta.partial_json)
      .join('');
    expect(JSON.parse(partial)).toEqual(use.input);
    expect(streamed.find((event) => event.type === 'message_delta').delta.stop_reason).toBe('tool_use');
  });

  it('answers tool_result blocks, and refuses one without its tool_use', async () => {
    const { call } = harness();
    const first = await call('POST', '/anthropic/v1/messages', ask('get_weather', { tools: anthropicTools }));
    const use = first.json.content.find((block: { type: string }) => block.type === 'tool_use');
    const result = { type: 'tool_result', tool_use_id: use.id, content: 'sunny, 21 °C' };
    const answer = await call('POST', '/anthropic/v1/messages', {
      ...ask('x', { tools: anthropicTools }),
      messages: [
        { role: 'user', content: 'get_weather' },
        { role: 'assistant', content: first.json.content },
        { role: 'user', content: [result] },
      ],
    });
    expect(answer.json.stop_reason).toBe('end_turn');
    expect(answer.json.content.at(-1).text).toContain('sunny, 21 °C');
    const orphan = await call('POST', '/anthropic/v1/messages', {
      ...ask('x', { tools: anthropicTools }),
      messages: [{ role: 'user', content: [{ ...result, tool_use_id: 'toolu_nope' }] }],
    });
    expect(orphan.status).toBe(400);
    expect(orphan.json.error.message).toMatch(
      /messages\[0\]\.content\[0\]\.tool_use_id 'toolu_nope'.*\(2013\)/,
    );
  });
});
