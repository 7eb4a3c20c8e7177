import type { Handler } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';
import { jsonResponse } from '../http/respond.js';
import { synthesize } from '../media/audio.js';
import { idValue, ownedFile, storeFile } from './files.js';
import { contentTypes, speechSettings, speechUsage } from './speech.js';
import { queriedTask, startTask, taskStatus } from './tasks.js';

const ok = { status_code: 0, status_msg: 'success' };

/** `POST /v1/t2a_async_v2`: long text (or an uploaded text file) to speech, as a task. */
export const createSpeechTask: Handler = (ctx) => {
  let text: string | undefined;
  if (ctx.body.text === undefined && ctx.body.text_file_id !== undefined) {
    const file = ownedFile(ctx, ctx.body.text_file_id);
    if (file.purpose !== 't2a_async_input')
      invalidParams('text_file_id must be a file uploaded with purpose t2a_async_input');
    text = new TextDecoder().decode(file.bytes);
  }
  const settings = speechSettings(ctx, { async: true, ...(text === undefined ? {} : { text }) });
  return {
    tokens: settings.characters,
    usage: speechUsage(ctx, settings, 'async'),
    respond(release) {
      release();
      const voice = ctx.runtime.state.voices.get(settings.voiceId);
      if (voice) ctx.key.usedVoices.add(voice.id);
      const audio = synthesize(settings.format, settings.durationMs, settings, ctx.random);
      const file = storeFile(
        ctx,
        audio.bytes,
        `t2a_async.${settings.format}`,
        't2a_async',
        contentTypes[settings.format],
      );
      const duration = ctx.runtime.options.durations?.speechAsync ?? 3000;
      const task = startTask(ctx, 'speech', [['Processing', duration]], {
        status: 'Success',
        fileId: file.id,
      });
      return jsonResponse(
        {
          task_id: idValue(task.id),
          task_token: ctx.random.hex(48),
          file_id: idValue(file.id),
          usage_characters: settings.characters,
          base_resp: ok,
        },
        ctx.traceId,
      );
    },
  };
};

/** `GET /v1/query/t2a_async_query_v2?task_id=`: Processing, then Success with the audio file. */
export const querySpeechTask: Handler = (ctx) => ({
  respond(release) {
    release();
    const task = queriedTask(ctx, 'speech');
    const { status } = taskStatus(task, ctx.runtime.now());
    return jsonResponse(
      { task_id: idValue(task.id), status, file_id: idValue(task.outcome.fileId ?? '0'), base_resp: ok },
      ctx.traceId,
    );
  },
});
