import { describe, expect, it } from 'vitest';
import { chat, harness } from '../__fixtures__/harness.js';

const schema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, maxItems: 2 },
  },
  required: ['title', 'rating', 'tags'],
  additionalProperties: false,
};
const jsonSchema = { type: 'json_schema', json_schema: { name: 'review', schema, strict: true } };

describe('response_format', () => {
  it('json_object answers a JSON object, with no <think> in content', async () => {
    const { call } = harness();
    const answer = await call(
      'POST',
      '/v1/chat/completions',
      chat('MiniMax-M2', { response_format: { type: 'json_object' }, max_tokens: 300 }),
    );
    const value = JSON.parse(answer.json.choices[0].message.content);
    expect(typeof value).toBe('object');
    expect(Array.isArray(value)).toBe(false);
  });

  it('json_schema answers an instance of the schema, the same for the same seed', async () => {
    const body = chat('MiniMax-M2', { response_format: jsonSchema, max_tokens: 300 });
    for (let seed = 1; seed <= 12; seed++) {
      const answer = await harness({ seed }).call('POST', '/v1/chat/completions', body);
      const value = JSON.parse(answer.json.choices[0].message.content);
      expect(Object.keys(value).sort()).toEqual(['rating', 'tags', 'title']);
      expect(Number.isInteger(value.rating) && value.rating >= 1 && value.rating <= 5).toBe(true);
      expect(value.tags.length).toBeLessThanOrEqual(2);
      expect(value.tags.every((tag: string) => tag === 'a' || tag === 'b')).toBe(true);
      const again = await harness({ seed }).call('POST', '/v1/chat/completions', body);
      expect(again.json.choices[0].message.content).toBe(answer.json.choices[0].message.content);
    }
  });

  it('puts thinking where reasoning_split and the native endpoint put it, never into the JSON', async () => {
    const { call } = harness();
    const split = await call(
      'POST',
      '/v1/chat/completions',
      chat('MiniMax-M2', { response_format: jsonSchema, reasoning_split: true, max_tokens: 300 }),
    );
    expect(split.json.choices[0].message.reasoning_details[0].text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(split.json.choices[0].message.content)).not.toThrow();
    const native = await call(
      'POST',
      '/v1/text/chatcompletion_v2',
      chat('MiniMax-M2', { response_format: jsonSchema, max_tokens: 300 }),
    );
    expect(native.json.choices[0].message.reasoning_content.length).toBeGreaterThan(0);
    expect(() => JSON.parse(native.json.choices[0].message.content)).not.toThrow();
  });
});

describe('max_tokens is a hard ceiling, thinking included', () => {
  it('never lets completion_tokens or output_tokens pass it, and says length / max_tokens when it cuts', async () => {
    for (let seed = 1; seed <= 15; seed++) {
      for (const max of [1, 5, 9, 30]) {
        const { call } = harness({ seed });
        const openai = await call(
          'POST',
          '/v1/chat/completions',
          chat('MiniMax-M2', {
            max_tokens: max,
            tools: [{ type: 'function', function: { name: 'f', parameters: schema } }],
            tool_choice: seed % 2 ? 'required' : 'auto',
          }),
        );
        expect(openai.json.usage.completion_tokens).toBeLessThanOrEqual(max);
        if (max <= 5) expect(openai.json.choices[0].finish_reason).toBe('length');
        const anthropic = await call(
          'POST',
          '/anthropic/v1/messages',
          chat('MiniMax-M2', { max_tokens: max }),
        );
        expect(anthropic.json.usage.output_tokens).toBeLessThanOrEqual(max);
        if (max <= 5) expect(anthropic.json.stop_reason).toBe('max_tokens');
      }
    }
  });
});
