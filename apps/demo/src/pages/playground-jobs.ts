import {
  type CostEstimate,
  estimateCost,
  paramDefault,
  tokenPlanRequests,
  type Usage,
  type VideoResolution,
} from '@minimax-kit/core';
import type { Copy } from '../copy/copy.ts';
import { count } from '../format.ts';
import type { Playground } from '../minimax.ts';
import { mode } from '../mode.ts';

/** A card of the playground. */
export type Job = 'chat' | 'speech' | 'image' | 'video' | 'music';

/** How a job ended: its cost, what it is worth on a Token Plan, and what else to say. */
export interface Outcome {
  busy?: boolean;
  error?: string;
  cost?: CostEstimate;
  planRequests?: number | undefined;
  /** What else to say of the result, in the page's language. */
  note?: (c: Copy['playground']) => string;
}

/** What a job shows while it runs: text as it streams, media to play, a job's statuses. */
export interface JobView {
  text(text: string): void;
  media(srcs: string[]): void;
  status(status: string): void;
}

type JobRun = (data: FormData, minimax: Playground, signal: AbortSignal, view: JobView) => Promise<Outcome>;

/** What a finished job cost, and what it would have been worth on a Token Plan (undefined: not covered). */
function priced(usage: Usage, region: 'cn' | 'global'): Pick<Outcome, 'cost' | 'planRequests'> {
  let planRequests: number | undefined;
  try {
    planRequests = tokenPlanRequests(usage);
  } catch {
    planRequests = undefined; // not covered by a Token Plan (core names why; the page says so)
  }
  return { cost: estimateCost(usage, { region }), planRequests };
}

const audioUrl = (bytes: Uint8Array) =>
  URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'audio/mpeg' }));

/** Every card's job, called through @minimax-kit/client and priced by @minimax-kit/core. */
export const jobs: Record<Job, JobRun> = {
  async chat(data, { client, region }, signal, view) {
    const model = 'MiniMax-M2';
    const stream = client.chat.stream(
      { model, messages: [{ role: 'user', content: String(data.get('message')) }], max_tokens: 256 },
      { signal },
    );
    let text = '';
    view.text(text);
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      view.text(text);
    }
    const { usage, timing } = await stream.final();
    const [inputTokens, outputTokens] = [usage?.prompt_tokens ?? 0, usage?.completion_tokens ?? 0];
    return {
      ...priced({ kind: 'text', model, inputTokens, outputTokens }, region),
      note: (c) => {
        const tokens = c.tokens(inputTokens, outputTokens);
        const { timeToFirstTokenMs: first, tokensPerSecond: rate } = timing;
        return first === undefined
          ? tokens
          : `${tokens} · ${c.speed(count(Math.round(first)), rate?.toFixed(1))}`;
      },
    };
  },

  async speech(data, { client, region, media }, signal, view) {
    const model = 'speech-2.6-hd';
    const result = await client.speech.create(
      {
        model,
        text: String(data.get('text')),
        voice_setting: { voice_id: 'female-shaonv' },
        audio_setting: { format: 'mp3' },
      },
      { signal },
    );
    view.media([result.audio ? audioUrl(result.audio) : await media(result.url ?? '', 'audio/mpeg')]);
    const characters = result.extraInfo?.usage_characters ?? 0;
    return {
      ...priced({ kind: 'speech', model, characters }, region),
      note: (c) => c.characters(characters),
    };
  },

  async image(data, { client, region }, signal, view) {
    const model = 'image-01';
    const answer = await client.images.generate(
      {
        model,
        prompt: String(data.get('prompt')),
        n: Number(data.get('n')),
        aspect_ratio: '16:9',
        response_format: 'base64',
      },
      { signal },
    );
    const images = answer.data.image_base64 ?? [];
    view.media(images.map((base64) => `data:image/png;base64,${base64}`));
    return priced({ kind: 'image', model, count: images.length }, region);
  },

  async video(data, { client, region, media }, signal, view) {
    view.media([]);
    const model = 'MiniMax-Hailuo-02';
    // MiniMax's defaults, as core knows them: the job the card describes.
    const resolution = paramDefault('/v1/video_generation', 'resolution') as VideoResolution;
    const duration = paramDefault('/v1/video_generation', 'duration') as 6 | 10;
    const result = await client.video.createAndPoll(
      { model, prompt: String(data.get('prompt')), resolution, duration },
      {
        signal,
        // The mock finishes in seconds; MiniMax in minutes, so poll it gently.
        ...(mode.real ? {} : { intervalMs: 400, maxIntervalMs: 800 }),
        onProgress: view.status,
      },
    );
    view.media([await media(result.downloadUrl ?? '', 'video/mp4')]);
    return {
      ...priced(
        { kind: 'video', model, mode: 'text-to-video', resolution, durationSeconds: duration },
        region,
      ),
      note: (c) => c.task(result.taskId),
    };
  },

  async music(data, { client, region }, signal, view) {
    const model = 'music-2.0';
    const result = await client.music.generate(
      {
        model,
        prompt: String(data.get('prompt')),
        lyrics: String(data.get('lyrics')),
        audio_setting: { format: 'mp3' },
      },
      { signal },
    );
    view.media([audioUrl(result.audio ?? new Uint8Array())]);
    return priced({ kind: 'music', model, count: 1 }, region);
  },
};
