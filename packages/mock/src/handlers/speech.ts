import { billingCharacters, findModel, type Usage } from '@minimax-kit/core';
import type { Ctx, Handler } from '../context.js';
import { invalidParams, MockApiError } from '../http/mock-api-error.js';
import { jsonResponse, sseEvent } from '../http/respond.js';
import { streamBody } from '../http/stream-body.js';
import { type AudioFormat, synthesize } from '../media/audio.js';
import { toHex } from '../util/bytes.js';
import { objectField, oneOf, stringField } from '../util/fields.js';
import { checkParams } from '../validate/check-params.js';
import { streamHeaders } from './chat-completions.js';
import { storeFile } from './files.js';
import { isSystemVoice } from './system-voices.js';

const ok = { status_code: 0, status_msg: 'success' };
export const contentTypes: Record<AudioFormat, string> = {
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  pcm: 'audio/L16',
  flac: 'audio/flac',
};

/** Validated speech settings of a T2A request. */
export interface SpeechSettings {
  model: string;
  text: string;
  voiceId: string;
  format: AudioFormat;
  sampleRate: number;
  bitrate: number;
  channels: number;
  characters: number;
  durationMs: number;
}

/** Validates a T2A body (sync or async) as MiniMax documents it. */
export function speechSettings(ctx: Ctx, options: { async: boolean; text?: string }): SpeechSettings {
  const { body } = ctx;
  let model: string;
  try {
    model = findModel(String(body.model), 'speech').id;
  } catch {
    invalidParams(`unknown model '${String(body.model)}'`);
  }
  const param = checkParams(ctx);
  const text = options.text ?? stringField(body, 'text', { required: true }) ?? '';
  const voice = objectField(body, 'voice_setting');
  const weights = Array.isArray(body.timbre_weights) ? body.timbre_weights : undefined;
  const voiceId =
    stringField(voice, 'voice_id', { required: !weights }) ??
    String((weights?.[0] as { voice_id?: unknown })?.voice_id);
  if (!isSystemVoice(voiceId)) {
    const owned = ctx.runtime.state.voices.get(voiceId);
    if (!owned) throw new MockApiError(20132, 'invalid samples or voice_id');
    if (owned.owner !== ctx.key.account)
      throw new MockApiError(2042, "You don't have access to this voice_id");
  }
  const sampleRate = param<number>(`audio_setting.${options.async ? 'audio_sample_rate' : 'sample_rate'}`);
  const bitrate = param<number>('audio_setting.bitrate');
  const format = param<AudioFormat>('audio_setting.format');
  const channels = param<number>('audio_setting.channel');
  const characters = billingCharacters(text);
  // About 4 Chinese characters (8 billing characters) a second of speech, at most 10 s: the mock's
  // audio stays small whatever the text.
  const durationMs = Math.min(10_000, Math.max(400, Math.round(characters * 125)));
  return { model, text, voiceId, format, sampleRate, bitrate, channels, characters, durationMs };
}

/** The billable work of a synthesis, with the one-time fee of a new voice at its first use. */
export function speechUsage(ctx: Ctx, settings: SpeechSettings, mode: 'sync' | 'async'): Usage[] {
  const usage: Usage[] = [{ kind: 'speech', model: settings.model, mode, characters: settings.characters }];
  const voice = ctx.runtime.state.voices.get(settings.voiceId);
  if (voice && !ctx.key.usedVoices.has(voice.id)) {
    usage.push({ kind: 'voice', operation: voice.kind === 'voice_cloning' ? 'clone' : 'design' });
  }
  return usage;
}

/** `POST /v1/t2a_v2`: hex audio, a download URL, or an SSE stream of hex chunks. */
export const speech: Handler = (ctx) => {
  const settings = speechSettings(ctx, { async: false });
  const stream = ctx.body.stream === true;
  const outputFormat = oneOf(ctx.body, 'output_format', ['hex', 'url'], 'hex');
  if (stream && outputFormat === 'url') invalidParams('output_format url is not supported with stream');
  const usage = speechUsage(ctx, settings, 'sync');
  return {
    tokens: settings.characters,
    usage,
    respond(release) {
      const voice = ctx.runtime.state.voices.get(settings.voiceId);
      if (voice) ctx.key.usedVoices.add(voice.id);
      const audio = synthesize(settings.format, settings.durationMs, settings, ctx.random);
      const extra = {
        audio_length: audio.durationMs,
        audio_sample_rate: settings.sampleRate,
        audio_size: audio.bytes.length,
        bitrate: settings.bitrate,
        word_count: [...settings.text].length,
        invisible_character_ratio: 0,
        usage_characters: settings.characters,
        audio_format: settings.format,
        audio_channel: settings.channels,
      };
      if (!stream) {
        release();
        let value = toHex(audio.bytes);
        if (outputFormat === 'url') {
          const file = storeFile(
            ctx,
            audio.bytes,
            `speech.${settings.format}`,
            't2a',
            contentTypes[settings.format],
          );
          value = ctx.runtime.downloadUrl(ctx.url.origin, file.id);
        }
        return jsonResponse(
          {
            data: { audio: value, status: 2, ced: '' },
            extra_info: extra,
            trace_id: ctx.traceId,
            base_resp: ok,
          },
          ctx.traceId,
        );
      }
      const exclude =
        (ctx.body.stream_options as { exclude_aggregated_audio?: unknown } | undefined)
          ?.exclude_aggregated_audio === true;
      const events = audio.chunks.map((chunk) =>
        sseEvent({ data: { audio: toHex(chunk), status: 1, ced: '' }, trace_id: ctx.traceId, base_resp: ok }),
      );
      events.push(
        sseEvent({
          data: { audio: exclude ? '' : toHex(audio.bytes), status: 2, ced: '' },
          extra_info: extra,
          trace_id: ctx.traceId,
          base_resp: ok,
        }),
      );
      const body = streamBody(events, {
        signal: ctx.request.signal,
        sleep: ctx.runtime.sleep,
        intervalMs: ctx.runtime.options.streamIntervalMs ?? 0,
        ...(ctx.fault ? { fault: ctx.fault } : {}),
        onEnd: release,
      });
      return new Response(body, { headers: streamHeaders(ctx.traceId) });
    },
  };
};
