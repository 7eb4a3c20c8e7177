import { describe, expect, it } from 'vitest';
import { describeRequest } from '../endpoints/describe-request.js';
import {
  costAttributes,
  errorType,
  genAiOperation,
  requestAttributes,
  tokenAttributes,
} from './call-attributes.js';

const chat = {
  model: 'MiniMax-M2.7',
  messages: [{ role: 'user', content: 'hi' }],
  max_tokens: 100,
  stream: true,
};

describe('GenAI attributes of a MiniMax call', () => {
  it('names operations as the conventions do, and the rest {api}.{operation}', () => {
    expect(genAiOperation('chat', 'anthropic')).toBe('chat');
    expect(genAiOperation('t2a', 'create')).toBe('generate_content');
    expect(genAiOperation('video', 'create')).toBe('generate_content');
    expect(genAiOperation('search', 'create')).toBe('retrieval');
    expect(genAiOperation('video', 'query')).toBe('video.query');
    expect(genAiOperation('quota', 'retrieve')).toBe('quota.retrieve');
  });

  it('describes the request: span name, model, server, stream, max tokens, plan requests', () => {
    const url = new URL('https://api.minimax.io/v1/chat/completions');
    const description = describeRequest('POST', url, chat, { plan: 'standard' });
    const { name, attributes, metric } = requestAttributes(description, url, description.planRequests);
    expect(name).toBe('chat MiniMax-M2.7');
    expect(attributes).toEqual({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'minimax',
      'gen_ai.request.model': 'MiniMax-M2.7',
      'gen_ai.request.max_tokens': 100,
      'gen_ai.request.stream': true,
      'server.address': 'api.minimax.io',
      'server.port': 443,
      'minimax_kit.api': 'chat',
      'minimax_kit.limiter.scope': 'text:MiniMax-M2.7',
      'minimax_kit.token_plan.requests': 1,
    });
    expect(Object.keys(metric)).toEqual([
      'gen_ai.operation.name',
      'gen_ai.provider.name',
      'gen_ai.request.model',
      'server.address',
      'server.port',
    ]);
    expect(requestAttributes(description, url, 0).attributes).not.toHaveProperty(
      'minimax_kit.token_plan.requests',
    );
    const query = new URL('http://localhost:8080/v1/query/video_generation?task_id=1');
    expect(requestAttributes(describeRequest('GET', query), query, 0)).toMatchObject({
      name: 'video.query',
      attributes: { 'server.port': 8080 },
    });
  });

  it('counts cached tokens inside input tokens, as the conventions ask', () => {
    expect(
      tokenAttributes({
        kind: 'text',
        model: 'MiniMax-M2',
        inputTokens: 10,
        outputTokens: 5,
        cacheReadTokens: 20,
        cacheWriteTokens: 3,
      }),
    ).toEqual({
      'gen_ai.usage.input_tokens': 33,
      'gen_ai.usage.output_tokens': 5,
      'gen_ai.usage.cache_read.input_tokens': 20,
      'gen_ai.usage.cache_creation.input_tokens': 3,
    });
    expect(tokenAttributes({ kind: 'image', model: 'image-01', count: 1 })).toEqual({});
  });

  it('carries the cost exactly and in its currency, or why there is none', () => {
    expect(costAttributes({ priced: true, currency: 'CNY', total: '0.0042', lines: [] })).toEqual({
      'gen_ai.usage.cost': 0.0042,
      'minimax_kit.cost.currency': 'CNY',
      'minimax_kit.cost.total': '0.0042',
    });
    expect(costAttributes({ priced: false, reason: 'no usage' })).toEqual({
      'minimax_kit.cost.unpriced_reason': 'no usage',
    });
  });

  it('types errors by MiniMax code, then HTTP status, then class name', () => {
    expect(errorType(undefined, { status: 200, code: 1002 })).toBe('1002');
    expect(errorType(Object.assign(new Error('x'), { code: 1008, httpStatus: 200 }))).toBe('1008');
    expect(errorType(undefined, { status: 502 })).toBe('502');
    expect(errorType(Object.assign(new Error('x'), { name: 'BudgetExceededError', code: 'BUDGET' }))).toBe(
      'BudgetExceededError',
    );
    expect(errorType(new TypeError('fetch failed'))).toBe('TypeError');
    expect(errorType(new DOMException('The stream was left early.', 'AbortError'))).toBe('AbortError');
    expect(errorType('?')).toBe('_OTHER');
  });
});
