import { describe, expect, it } from 'vitest';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { UnsupportedEndpointError } from '../errors/unsupported-endpoint-error.js';
import { estimateCost } from '../pricing/estimate-cost.js';
import { describeRequest } from './describe-request.js';

const cn = 'https://api.minimaxi.com';
const global = 'https://api.minimax.io';

describe('describeRequest', () => {
  it('reserves chat input estimate plus max output, per model scope', () => {
    const body = {
      model: 'MiniMax-M2',
      max_tokens: 1000,
      messages: [
        { role: 'system', content: 'abcd'.repeat(25) },
        { role: 'user', content: [{ type: 'text', text: '字'.repeat(16) }] },
      ],
    };
    // (4 + 25) + (4 + 10) input tokens, 1000 output
    const description = describeRequest('POST', `${global}/v1/chat/completions`, JSON.stringify(body));
    expect(description).toMatchObject({
      api: 'chat',
      operation: 'openai',
      region: 'global',
      model: 'MiniMax-M2',
      scope: 'text:MiniMax-M2',
      tokens: 1043,
      maxOutputTokens: 1000,
      covered: false,
      planRequests: 0,
      createsJob: false,
      stream: false,
    });
    expect(estimateCost(description.usage ?? [], { region: 'global' }).total).toBe('0.0012129');
  });

  it('reads Anthropic and native bodies, max_completion_tokens, and a default output reservation', () => {
    const anthropic = describeRequest('post', `${cn}/anthropic/v1/messages`, {
      model: 'MiniMax-M2.7',
      system: 'abcd',
      max_tokens: 10,
      stream: true,
      messages: [{ role: 'user', content: 'abcd' }],
    });
    expect(anthropic).toMatchObject({
      operation: 'anthropic',
      region: 'cn',
      tokens: 20,
      stream: true,
      covered: true,
      planRequests: 1,
    });
    const native = describeRequest('POST', '/v1/text/chatcompletion_v2', {
      model: 'MiniMax-M2.7-highspeed',
      max_completion_tokens: 5,
      messages: [],
    });
    expect(native).toMatchObject({ operation: 'native', tokens: 5, planRequests: 2 });
    expect(native.region).toBeUndefined();
    expect(
      describeRequest('POST', '/v1/chat/completions', { model: 'MiniMax-M2.5', messages: [] }).tokens,
    ).toBe(2048);
  });

  it('describes a model newer than this release instead of refusing it', () => {
    const description = describeRequest('POST', '/v1/chat/completions', {
      model: 'MiniMax-M9',
      messages: [],
    });
    expect(description).toMatchObject({ model: 'MiniMax-M9', scope: 'text:MiniMax-M9', covered: false });
  });

  it('counts speech in billing characters and draws on the daily speech quota', () => {
    const text = '今天是不是很开心呀(laughs)，当然了！';
    const sync = describeRequest('POST', `${cn}/v1/t2a_v2`, { model: 'speech-2.8-hd', text, stream: true });
    expect(sync).toMatchObject({
      api: 't2a',
      scope: 't2a',
      tokens: 34,
      stream: true,
      covered: true,
      planRequests: 0,
    });
    expect(sync.daily).toEqual({ bucket: 'speech-hd', units: 34, unit: 'character' });
    const longText = describeRequest('POST', `${cn}/v1/t2a_async_v2`, { model: 'speech-02-hd', text });
    expect(longText).toMatchObject({ api: 't2a-async', createsJob: true, tokens: 34 });
    expect(longText.scope).toBeUndefined();
    expect(estimateCost(longText.usage ?? []).total).toBe('0.0119');
  });

  it('describes video jobs: mode from the first frame, defaults, a held slot', () => {
    const video = describeRequest('POST', `${cn}/v1/video_generation`, {
      model: 'MiniMax-Hailuo-02',
      prompt: 'a cat',
      first_frame_image: 'https://example.com/cat.png',
      resolution: '512P',
      duration: 10,
    });
    expect(video).toMatchObject({
      scope: 'video',
      createsJob: true,
      holdsSlot: true,
      daily: { bucket: 'video', units: 1 },
    });
    expect(estimateCost(video.usage ?? []).total).toBe('1');
    const textToVideo = describeRequest('POST', `${cn}/v1/video_generation`, {
      model: 'MiniMax-Hailuo-2.3',
      prompt: 'x',
    });
    expect(textToVideo.usage).toMatchObject({
      mode: 'text-to-video',
      resolution: '768P',
      durationSeconds: 6,
    });
  });

  it('describes images, music, lyrics, voices and plan-only endpoints', () => {
    expect(
      describeRequest('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x', n: 3 }),
    ).toMatchObject({
      scope: 'image',
      tokens: 3,
      createsJob: true,
      daily: { bucket: 'image-01', units: 3 },
    });
    expect(
      describeRequest('POST', '/v1/music_generation', { model: 'music-2.0', prompt: 'x' }),
    ).toMatchObject({
      scope: 'music',
      holdsSlot: true,
      createsJob: true,
    });
    expect(describeRequest('POST', '/v1/music_generation', { model: 'music-2.6' }).covered).toBe(true);
    expect(describeRequest('POST', '/v1/lyrics_generation', { mode: 'write_full_song' }).daily?.bucket).toBe(
      'lyrics',
    );
    const clone = describeRequest('POST', '/v1/voice_clone', {
      file_id: 1,
      voice_id: 'Voice01',
      text: 'hi',
      model: 'speech-02-hd',
    });
    expect(clone).toMatchObject({ scope: 'voice-clone', covered: false, createsJob: true });
    expect(estimateCost(clone.usage ?? []).total).toBe('9.9007');
    expect(describeRequest('POST', '/v1/voice_design', { prompt: 'x', preview_text: 'hi' }).scope).toBe(
      'voice-design',
    );
    expect(describeRequest('POST', '/v1/coding_plan/vlm', { prompt: 'x' })).toMatchObject({
      planRequests: 3,
    });
    expect(
      describeRequest('POST', '/v1/coding_plan/vlm', { prompt: 'x' }, { plan: 'highspeed' }).planRequests,
    ).toBe(6);
    expect(describeRequest('POST', '/v1/coding_plan/search', { q: 'x' }).planRequests).toBe(1);
  });

  it('describes free endpoints and keeps task ids as strings', () => {
    const query = describeRequest('GET', `${cn}/v1/query/video_generation?task_id=106916112212032123`);
    expect(query).toMatchObject({
      api: 'video',
      operation: 'query',
      taskId: '106916112212032123',
      tokens: 0,
      createsJob: false,
    });
    expect(query.scope).toBeUndefined();
    for (const [method, path] of [
      ['GET', '/v1/token_plan/remains'],
      ['GET', '/v1/files/retrieve?file_id=1'],
      ['POST', '/v1/files/upload'],
      ['POST', '/v1/get_voice'],
      ['GET', '/v1/query/t2a_async_query_v2?task_id=1'],
    ]) {
      expect(describeRequest(method as string, `${global}${path}`, new FormData()).scope).toBeUndefined();
    }
  });

  it('finds endpoints behind a proxy prefix', () => {
    expect(
      describeRequest(
        'POST',
        'http://localhost:5173/api/minimax/v1/chat/completions',
        '{"model":"MiniMax-M2"}',
      ).model,
    ).toBe('MiniMax-M2');
  });

  it('refuses unknown endpoints and bad bodies with what to do', () => {
    expect(() => describeRequest('GET', `${global}/v1/models`)).toThrow(UnsupportedEndpointError);
    expect(() => describeRequest('GET', `${global}/v1/chat/completions`)).toThrow(
      /Known: POST \/v1\/text\/chatcompletion_v2/,
    );
    expect(() => describeRequest('POST', '/v1/chat/completions', '{nope')).toThrow(InvalidUsageError);
    expect(() => describeRequest('POST', '/v1/chat/completions', { messages: [] })).toThrow(
      /body\.model is missing/,
    );
    expect(() => describeRequest('POST', '/v1/image_generation', { model: 'image-01', n: -1 })).toThrow(
      /body\.n/,
    );
    expect(() => describeRequest('POST', '/v1/t2a_v2', { model: 'speech-02-hd' })).toThrow(
      /body\.text is missing/,
    );
  });
});

describe('describeRequest never prices unknown work as 0', () => {
  it('leaves async speech from a text_file_id unpriced, saying why', () => {
    const fromFile = describeRequest('POST', '/v1/t2a_async_v2', {
      model: 'speech-2.6-hd',
      text_file_id: 42,
    });
    expect(fromFile.usage).toBeUndefined();
    expect(fromFile.unpriced).toMatch(/text_file_id/);
    expect(fromFile).toMatchObject({ model: 'speech-2.6-hd', createsJob: true });
    const inline = describeRequest('POST', '/v1/t2a_async_v2', { model: 'speech-2.6-hd', text: 'hi' });
    expect(inline.usage).toEqual({ kind: 'speech', model: 'speech-2.6-hd', mode: 'async', characters: 2 });
    expect(inline.unpriced).toBeUndefined();
  });
});
