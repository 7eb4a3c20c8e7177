import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { hi, setup } from '../__fixtures__/setup.js';
import { ValidationError } from '../errors/validation-error.js';
import type { ChatMessage } from './chat-schemas.js';
import { ToolArgumentsError } from './tool-arguments-error.js';
import type { ChatTool, MessageTool } from './tool-schemas.js';

const weather = z.object({ city: z.string().min(2), days: z.int().min(1).max(7) });
const parameters = z.toJSONSchema(weather);
const chatTools: ChatTool[] = [{ type: 'function', function: { name: 'get_weather', parameters } }];
const messageTools: MessageTool[] = [{ name: 'get_weather', input_schema: parameters }];

describe('chat tools', () => {
  it('types a required call and answers the tool-result turn', async () => {
    const { client } = setup();
    const messages: ChatMessage[] = [{ role: 'user', content: 'Weather in Rome?' }];
    const first = await client.chat.create({
      model: 'MiniMax-M2',
      messages,
      tools: chatTools,
      tool_choice: 'required',
    });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(call?.function.name).toBe('get_weather');
    expect(weather.safeParse(JSON.parse(call?.function.arguments ?? '')).success).toBe(true);
    messages.push(
      { role: 'assistant', content: first.choices[0]?.message.content ?? null, tool_calls: [call as never] },
      { role: 'tool', tool_call_id: call?.id ?? '', content: 'hail, 2 °C' },
    );
    const second = await client.chat.create({ model: 'MiniMax-M2', messages, tools: chatTools });
    expect(second.choices[0]?.message.content).toContain('hail, 2 °C');
  });

  it('assembles streamed tool-call deltas into calls with parsed arguments', async () => {
    const { client } = setup({ seed: 6 });
    const stream = client.chat.stream({
      model: 'MiniMax-M2',
      messages: [{ role: 'user', content: 'get_weather for Oslo' }],
      tools: chatTools,
      reasoning_split: true,
    });
    const result = await stream.final();
    expect(result.finishReason).toBe('tool_calls');
    expect(result.toolCalls).toHaveLength(1);
    const [call] = result.toolCalls;
    expect(call).toMatchObject({ id: expect.stringMatching(/^call_/), name: 'get_weather' });
    expect(weather.parse(call?.input)).toEqual(JSON.parse(call?.arguments ?? ''));
    const { client: again } = setup({ seed: 6 });
    const created = await again.chat.create({
      model: 'MiniMax-M2',
      messages: [{ role: 'user', content: 'get_weather for Oslo' }],
      tools: chatTools,
      reasoning_split: true,
    });
    expect(created.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe(call?.arguments);
  });

  it('raises ToolArgumentsError with the raw text when max_tokens cuts the arguments', async () => {
    const { client } = setup();
    const cut = client.chat
      .stream({ ...hi, max_tokens: 6, tools: chatTools, tool_choice: 'required' })
      .final();
    const error = await cut.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolArgumentsError);
    expect((error as ToolArgumentsError).raw.length).toBeGreaterThan(0);
    expect((error as ToolArgumentsError).message).toMatch(/max_tokens cut them short/);
  });

  it('refuses a malformed tool before sending', async () => {
    const { client, attempts } = setup();
    const bad = [{ type: 'function' as const, function: { name: 'has space' } }];
    await expect(client.chat.create({ ...hi, tools: bad })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      client.chat.create({ ...hi, messages: [{ role: 'tool', content: 'x' } as never] }),
    ).rejects.toThrow(/tool_call_id/);
    expect(attempts).toEqual([]);
  });
});

describe('messages tools', () => {
  it('assembles a streamed tool_use block with its parsed input, then answers the tool_result', async () => {
    const { client } = setup();
    const first = await client.messages
      .stream({
        ...hi,
        max_tokens: 400,
        tools: messageTools,
        tool_choice: { type: 'tool', name: 'get_weather' },
      })
      .final();
    expect(first.stop_reason).toBe('tool_use');
    const use = first.content.find((block) => block.type === 'tool_use');
    expect(weather.safeParse(use?.input).success).toBe(true);
    const second = await client.messages.create({
      model: 'MiniMax-M2',
      max_tokens: 400,
      tools: messageTools,
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: use?.id ?? '', content: 'fog' }] },
      ],
    });
    expect(second.content.find((block) => block.type === 'text')?.text).toContain('fog');
  });

  it('raises ToolArgumentsError when max_tokens cuts the input JSON', async () => {
    const { client } = setup();
    const error = await client.messages
      .stream({ ...hi, max_tokens: 6, tools: messageTools, tool_choice: { type: 'any' } })
      .final()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolArgumentsError);
    expect((error as ToolArgumentsError).toolName).toBe('get_weather');
  });
});
