import { endpoints } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../packages/mock/src/routes.js';
import { clientCalls } from './client-calls.js';

const coreCalls = endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`);

// Endpoints core knows that the client leaves to plain fetch: native chat (the client speaks the
// OpenAI and Anthropic formats), the older names of the remains endpoint, the Token Plan's tools.
const notInClient = [
  'POST /v1/text/chatcompletion_v2',
  'GET /v1/coding_plan/remains',
  'GET /v1/api/openplatform/coding_plan/remains',
  'POST /v1/coding_plan/vlm',
  'POST /v1/coding_plan/search',
];

describe('endpoints: mock routes ≡ core endpoints ≡ client calls', () => {
  it('core names each endpoint once', () => {
    expect(new Set(coreCalls).size).toBe(coreCalls.length);
  });

  it('the mock serves exactly the endpoints core knows', () => {
    const served = [...routes.keys()];
    expect(served.filter((call) => !coreCalls.includes(call))).toEqual([]);
    expect(coreCalls.filter((call) => !served.includes(call))).toEqual([]);
  });

  it('the client calls only endpoints core knows, with their method', () => {
    const calls = clientCalls();
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.filter(({ call }) => !coreCalls.includes(call))).toEqual([]);
  });

  it('the client calls every endpoint core knows, but those it leaves to plain fetch', () => {
    const called = new Set(clientCalls().map(({ call }) => call));
    expect(coreCalls.filter((call) => !called.has(call)).sort()).toEqual([...notInClient].sort());
  });
});
