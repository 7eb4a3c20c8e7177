import * as z from 'zod';

/** The arguments of the weather tool every row offers. */
export const weatherInput = z.object({ city: z.string().min(2), days: z.int().min(1).max(7) });

/** The weather tool's parameters as JSON Schema, for SDKs that take one. */
export const weatherJson = z.toJSONSchema(weatherInput) as Record<string, unknown>;

/** The structured output every row asks for. */
export const review = z.object({
  title: z.string(),
  rating: z.int().min(1).max(5),
  tags: z.array(z.enum(['a', 'b'])),
});

/**
 * The mock's `auto` rule: it calls a tool only when the last user turn names it as a word, so these
 * prompts call (`naming`) and do not call (`plain`) the tool named `name`.
 */
export const autoPrompts = (name: string) => ({ naming: `Use ${name} for Oslo`, plain: 'Hello there' });

/** What the tool returns in tool-result turns; the mock's answer quotes it. */
export const toolResult = 'rain, 4 °C';

/** A tool schema that is no JSON Schema: MiniMax refuses it with 2013 naming the field. */
export const brokenSchema = { type: 'objekt' } as Record<string, unknown>;

/** The message pattern of a refusal for the mock's key check. */
export const loginFail = /login fail.*\(1004\)/;

/** The message pattern of a refusal of a tool's schema (the field is named). */
export const brokenTool = /tools\[0\]\..*(parameters|input_schema).*\(2013\)/;

/** The message pattern of a refusal of a tool choice naming an absent tool. */
export const absentChoice = /tool_choice.*'nope'.*\(2013\)/;
