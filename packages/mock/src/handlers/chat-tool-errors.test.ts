import { describe, expect, it } from 'vitest';
import { chat, harness } from '../__fixtures__/harness.js';

const openaiTools = [
  { type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } },
];

describe('bad tool input gets the endpoint’s error envelope naming the field', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'absent tool',
      { tools: openaiTools, tool_choice: { type: 'function', function: { name: 'nope' } } },
      /tool_choice\.function\.name 'nope'/,
    ],
    [
      'invalid schema',
      { tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'obj' } } }] },
      /tools\[0\]\.function\.parameters\.type/,
    ],
    [
      'orphan result',
      { messages: [{ role: 'tool', tool_call_id: 'call_x', content: '1' }] },
      /messages\[0\]\.tool_call_id 'call_x'/,
    ],
    [
      'not a schema',
      { response_format: { type: 'json_schema', json_schema: { name: 'x', schema: 'no' } } },
      /response_format\.json_schema\.schema/,
    ],
  ];
  for (const [name, extra, message] of cases) {
    it(name, async () => {
      const { call } = harness();
      const compatible = await call('POST', '/v1/chat/completions', { ...chat(), ...extra });
      expect(compatible.status).toBe(400);
      expect(compatible.json.error.message).toMatch(message);
      const native = await call('POST', '/v1/text/chatcompletion_v2', { ...chat(), ...extra });
      expect(native.json.base_resp).toMatchObject({
        status_code: 2013,
        status_msg: expect.stringMatching(message),
      });
    });
  }
});
