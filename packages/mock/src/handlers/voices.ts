import { billingCharacters, findModel, requestParam, type Usage } from '@minimax-kit/core';
import type { Handler } from '../context.js';
import { invalidParams, MockApiError } from '../http/mock-api-error.js';
import { jsonResponse } from '../http/respond.js';
import { synthesize } from '../media/audio.js';
import type { Voice } from '../state.js';
import { toHex } from '../util/bytes.js';
import { oneOf, stringField } from '../util/fields.js';
import { checkParams } from '../validate/check-params.js';
import { ownedFile, storeFile } from './files.js';
import { isSystemVoice, systemVoices } from './system-voices.js';

const ok = { status_code: 0, status_msg: 'success' };
const voiceIdPattern = /^[A-Za-z][A-Za-z0-9_-]{7,255}$/;
// Previews come in the speech endpoint's default audio settings.
const speechDefault = (field: string) => {
  const rule = requestParam('/v1/t2a_v2', `audio_setting.${field}`);
  return Number('default' in rule ? rule.default : undefined);
};
const preview = {
  sampleRate: speechDefault('sample_rate'),
  bitrate: speechDefault('bitrate'),
  channels: speechDefault('channel'),
};

function checkNewVoiceId(id: string, voices: Map<string, Voice>) {
  if (!voiceIdPattern.test(id))
    invalidParams('voice_id must be 8–256 letters, digits, - or _, starting with a letter');
  if (voices.has(id) || isSystemVoice(id)) throw new MockApiError(2039, 'voice clone voice id duplicate');
}

/** `POST /v1/get_voice`: system voices and this account's cloned and designed voices. */
export const listVoices: Handler = (ctx) => ({
  respond(release) {
    release();
    const type = oneOf(ctx.body, 'voice_type', ['system', 'voice_cloning', 'voice_generation', 'all'], 'all');
    const own = (kind: Voice['kind']) =>
      [...ctx.runtime.state.voices.values()]
        .filter((voice) => voice.kind === kind && voice.owner === ctx.key.account)
        .map((voice) => ({
          voice_id: voice.id,
          description: [voice.description],
          created_time: new Date(voice.createdAt).toISOString().slice(0, 10),
        }));
    return jsonResponse(
      {
        system_voice: type === 'system' || type === 'all' ? systemVoices : [],
        voice_cloning: type === 'voice_cloning' || type === 'all' ? own('voice_cloning') : [],
        voice_generation: type === 'voice_generation' || type === 'all' ? own('voice_generation') : [],
        base_resp: ok,
      },
      ctx.traceId,
    );
  },
});

/**
 * `POST /v1/voice_clone`: a new voice from an uploaded sample (purpose `voice_clone`). Only the
 * preview is charged now; the voice fee comes with its first synthesis.
 */
export const cloneVoice: Handler = (ctx) => {
  const { body } = ctx;
  checkParams(ctx);
  const source = ownedFile(ctx, body.file_id);
  if (source.purpose !== 'voice_clone')
    invalidParams('file_id must be a file uploaded with purpose voice_clone');
  const id = stringField(body, 'voice_id', { required: true }) as string;
  checkNewVoiceId(id, ctx.runtime.state.voices);
  const text = stringField(body, 'text');
  let model: string | undefined;
  if (text) {
    if (body.model === undefined) invalidParams('model is required when text is given');
    try {
      model = findModel(String(body.model), 'speech').id;
    } catch {
      invalidParams(`unknown model '${String(body.model)}'`);
    }
  }
  const usage: Usage[] =
    text && model ? [{ kind: 'speech', model, characters: billingCharacters(text) }] : [];
  return {
    usage,
    respond(release) {
      release();
      ctx.runtime.state.voices.set(id, {
        id,
        kind: 'voice_cloning',
        owner: ctx.key.account,
        description: source.filename,
        createdAt: ctx.runtime.now(),
      });
      let demo = '';
      if (text) {
        const audio = synthesize('mp3', Math.max(400, billingCharacters(text) * 125), preview, ctx.random);
        demo = ctx.runtime.downloadUrl(
          ctx.url.origin,
          storeFile(ctx, audio.bytes, 'demo.mp3', 'voice_clone', 'audio/mpeg').id,
        );
      }
      return jsonResponse(
        { demo_audio: demo, input_sensitive: false, input_sensitive_type: 0, base_resp: ok },
        ctx.traceId,
      );
    },
  };
};

/** `POST /v1/voice_design`: a voice from a description, with preview audio charged per character. */
export const designVoice: Handler = (ctx) => {
  const { body } = ctx;
  checkParams(ctx);
  const prompt = stringField(body, 'prompt', { required: true }) as string;
  const previewText = stringField(body, 'preview_text', { required: true }) as string;
  const id = stringField(body, 'voice_id') ?? `ttv-voice-${ctx.random.hex(16)}`;
  checkNewVoiceId(id, ctx.runtime.state.voices);
  return {
    usage: { kind: 'voice', operation: 'design', count: 0, previewText },
    respond(release) {
      release();
      ctx.runtime.state.voices.set(id, {
        id,
        kind: 'voice_generation',
        owner: ctx.key.account,
        description: prompt,
        createdAt: ctx.runtime.now(),
      });
      const audio = synthesize(
        'mp3',
        Math.max(400, billingCharacters(previewText) * 125),
        preview,
        ctx.random,
      );
      return jsonResponse({ voice_id: id, trial_audio: toHex(audio.bytes), base_resp: ok }, ctx.traceId);
    },
  };
};
