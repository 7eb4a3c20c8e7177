import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import { answering, hi, setup } from '../__fixtures__/setup.js';
import { json } from '../__fixtures__/streams.js';
import { createMiniMaxClient } from '../client.js';
import { ValidationError } from '../errors/validation-error.js';
import { StructuredOutputError } from './structured-output-error.js';

const review = z.object({
  title: z.string(),
  rating: z.int().min(1).max(5),
  tags: z.array(z.enum(['a', 'b'])),
});

/** A client whose every chat answer has `content`. */
const answeringWith = (content: string) =>
  createMiniMaxClient({
    apiKey: 'sk-api-mock',
    fetch: answering(
      () =>
        new Response(
          JSON.stringify({
            id: '1',
            model: 'MiniMax-M2',
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
          }),
          { headers: { ...json, 'trace-id': 'abc' } },
        ),
    ),
  });

describe('chat.createObject', () => {
  it('sends the zod schema as json_schema and returns the validated, typed object', async () => {
    const { client } = setup({ seed: 2 });
    const result = await client.chat.createObject({ ...hi, schema: review });
    expectTypeOf(result.object).toEqualTypeOf<z.infer<typeof review>>();
    expect(review.parse(result.object)).toEqual(result.object);
    expect(result.completion.choices[0]?.message.reasoning_details?.[0]?.text.length).toBeGreaterThan(0);
    expect(result.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('takes a zod/mini schema with its JSON Schema passed alongside', async () => {
    const { client } = setup();
    const schema = zm.object({ city: zm.string(), days: zm.int() });
    const result = await client.chat.createObject({ ...hi, schema, jsonSchema: zm.toJSONSchema(schema) });
    expect(typeof result.object.city).toBe('string');
    await expect(client.chat.createObject({ ...hi, schema })).rejects.toBeInstanceOf(ValidationError);
  });

  it('raises StructuredOutputError with the raw text for prose and for JSON the schema refuses', async () => {
    const prose = await answeringWith('Sure! Here it is.')
      .chat.createObject({ ...hi, schema: review })
      .catch((caught: unknown) => caught);
    expect(prose).toBeInstanceOf(StructuredOutputError);
    expect(prose).toMatchObject({ raw: 'Sure! Here it is.', issues: [], traceId: 'abc' });
    const wrong = await answeringWith('{"title":"x","rating":9,"tags":[]}')
      .chat.createObject({ ...hi, schema: review })
      .catch((caught: unknown) => caught);
    expect(wrong).toBeInstanceOf(StructuredOutputError);
    expect((wrong as StructuredOutputError).issues.map((issue) => issue.path)).toEqual(['rating']);
    expect((wrong as Error).message).toMatch(/does not match the schema: rating/);
  });
});
