import { findModel, type ModelInfo } from '@minimax-kit/core';
import type { Ctx, Handler } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';
import { jsonResponse, sseEvent } from '../http/respond.js';
import { streamBody } from '../http/stream-body.js';
import { type AudioFormat, synthesize } from '../media/audio.js';
import { toHex } from '../util/bytes.js';
import { oneOf, stringField } from '../util/fields.js';
import { checkParams } from '../validate/check-params.js';
import { streamHeaders } from './chat-completions.js';
import { storeFile } from './files.js';
import { contentTypes } from './speech.js';

const ok = { status_code: 0, status_msg: 'success' };
const songMs = 6000;

/**
 * `POST /v1/music_generation`: blocks while the song is made (holding a CONN slot, as MiniMax
 * counts running music tasks), then answers hex audio, a URL, or an SSE stream of hex chunks.
 */
export const generateMusic: Handler = (ctx) => {
  const { body } = ctx;
  let model: ModelInfo;
  try {
    model = findModel(String(body.model), 'music');
  } catch {
    invalidParams(`unknown model '${String(body.model)}'`);
  }
  const param = checkParams(ctx);
  const prompt = stringField(body, 'prompt');
  const lyrics = stringField(body, 'lyrics');
  if (!prompt && !lyrics) invalidParams('prompt or lyrics is required');
  if (!lyrics && body.is_instrumental !== true && !model.cover)
    invalidParams('lyrics is required unless is_instrumental is true');
  const outputFormat = oneOf(body, 'output_format', ['hex', 'url'], 'hex');
  const stream = body.stream === true;
  if (stream && outputFormat === 'url') invalidParams('output_format url is not supported with stream');
  const settings = {
    sampleRate: param<number>('audio_setting.sample_rate'),
    bitrate: param<number>('audio_setting.bitrate'),
    channels: param<number>('audio_setting.channel'),
  };
  const format = param<AudioFormat>('audio_setting.format');
  return {
    usage: { kind: 'music', model: model.id, count: 1 },
    async respond(release) {
      const wait = () => ctx.runtime.sleep(ctx.runtime.options.durations?.music ?? 2000, ctx.request.signal);
      const song = synthesize(format, songMs, settings, ctx.random);
      const extra = {
        music_duration: songMs,
        music_sample_rate: settings.sampleRate,
        music_channel: settings.channels,
        bitrate: settings.bitrate,
        music_size: song.bytes.length,
      };
      if (stream) {
        const events = song.chunks.map((chunk) =>
          sseEvent({ data: { audio: toHex(chunk), status: 1 }, trace_id: ctx.traceId, base_resp: ok }),
        );
        events.push(
          sseEvent({
            data: { audio: '', status: 2 },
            extra_info: extra,
            trace_id: ctx.traceId,
            base_resp: ok,
          }),
        );
        return new Response(streamBody(events, streamOptions(ctx, release, wait)), {
          headers: streamHeaders(ctx.traceId),
        });
      }
      try {
        await wait();
      } finally {
        release();
      }
      const value =
        outputFormat === 'url'
          ? ctx.runtime.downloadUrl(
              ctx.url.origin,
              storeFile(ctx, song.bytes, `music.${format}`, 'music_generation', contentTypes[format]).id,
            )
          : toHex(song.bytes);
      return jsonResponse(
        {
          data: { audio: value, status: 2 },
          trace_id: ctx.traceId,
          extra_info: extra,
          analysis_info: null,
          base_resp: ok,
        },
        ctx.traceId,
      );
    },
  };
};

function streamOptions(ctx: Ctx, release: () => void, before: () => Promise<void>) {
  return {
    signal: ctx.request.signal,
    sleep: ctx.runtime.sleep,
    intervalMs: ctx.runtime.options.streamIntervalMs ?? 0,
    ...(ctx.fault ? { fault: ctx.fault } : {}),
    onEnd: release,
    before,
  };
}

const styles = ['pop', 'folk', 'electronic', 'ballad', 'rock', 'lo-fi'];

/** `POST /v1/lyrics_generation`: a titled song with section tags, or an edit of given lyrics. */
export const generateLyrics: Handler = (ctx) => {
  const { body } = ctx;
  const param = checkParams(ctx);
  if (body.mode === undefined) invalidParams('mode is required');
  const mode = param<string>('mode');
  const prompt = stringField(body, 'prompt') ?? '';
  const given = stringField(body, 'lyrics');
  if (mode === 'edit' && !given) invalidParams('lyrics is required in edit mode');
  return {
    respond(release) {
      release();
      const zh = /\p{Script=Han}/u.test(prompt + (given ?? ''));
      const line = () => (zh ? '风吹过城市的灯火' : 'lights are humming on the quiet street');
      const lyrics =
        mode === 'edit'
          ? `${given}\n[Outro]\n${line()}`
          : `[Verse]\n${line()}\n${line()}\n[Chorus]\n${zh ? '我们一起唱到天亮' : 'we sing until the morning comes'}\n[Outro]\n${line()}`;
      const title = stringField(body, 'title') ?? (zh ? '城市的歌' : 'Song of the City');
      return jsonResponse(
        {
          song_title: title,
          style_tags: [ctx.random.pick(styles), ctx.random.pick(styles)].join(','),
          lyrics,
          base_resp: ok,
        },
        ctx.traceId,
      );
    },
  };
};
