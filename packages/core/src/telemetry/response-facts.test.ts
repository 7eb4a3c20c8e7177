import { describe, expect, it } from 'vitest';
import { ResponseFacts } from './response-facts.js';

describe('ResponseFacts', () => {
  it('reads an OpenAI-compatible answer', () => {
    const facts = new ResponseFacts();
    facts.read({ id: 'chat-1', model: 'MiniMax-M2', choices: [{ index: 0, finish_reason: 'stop' }] });
    expect(facts.attributes()).toEqual({
      'gen_ai.response.id': 'chat-1',
      'gen_ai.response.model': 'MiniMax-M2',
      'gen_ai.response.finish_reasons': ['stop'],
    });
  });

  it('gathers a stream event by event, choices in order', () => {
    const facts = new ResponseFacts();
    facts.read({ id: 'c', model: 'M', choices: [{ index: 1, finish_reason: null }] });
    facts.read({ id: 'c', choices: [{ index: 1, finish_reason: 'length' }] });
    facts.read({ id: 'c', choices: [{ index: 0, finish_reason: 'stop' }] });
    facts.read({ id: 'c', choices: [], usage: {} });
    expect(facts.attributes()['gen_ai.response.finish_reasons']).toEqual(['stop', 'length']);
  });

  it('reads Anthropic messages, whole or streamed', () => {
    const whole = new ResponseFacts();
    whole.read({ type: 'message', id: 'msg_1', model: 'MiniMax-M2', stop_reason: 'end_turn' });
    const streamed = new ResponseFacts();
    streamed.read({ type: 'message_start', message: { id: 'msg_1', model: 'MiniMax-M2' } });
    streamed.read({ type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 3 } });
    expect(streamed.attributes()).toEqual(whole.attributes());
    expect(streamed.model).toBe('MiniMax-M2');
  });

  it('ignores what is not an answer', () => {
    const facts = new ResponseFacts();
    for (const json of [null, 3, 'x', { id: 7 }, { choices: 'no' }]) facts.read(json);
    expect(facts.attributes()).toEqual({});
  });
});
