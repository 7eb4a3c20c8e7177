import {
  type CostEstimate,
  estimateCost,
  paramDefault,
  tokenPlanRequests,
  type Usage,
  type VideoResolution,
} from '@minimax-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Copy } from '../copy/copy.ts';
import { count, money } from '../format.ts';
import { type Playground, playground } from '../minimax.ts';
import { mode } from '../mode.ts';
import { Page } from './page.ts';

export const tag = 'demo-playground';

type Job = 'chat' | 'speech' | 'image' | 'video' | 'music';

interface Outcome {
  busy?: boolean;
  error?: string;
  cost?: CostEstimate;
  planRequests?: number | undefined;
  /** What else to say of the result, in the page's language. */
  note?: (c: Copy['playground']) => string;
}

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

/** Every MiniMax modality, called through @minimax-kit/client, with its cost from @minimax-kit/core. */
class PlaygroundPage extends Page {
  static override properties = {
    outcomes: { state: true },
    chatText: { state: true },
    statuses: { state: true },
    media: { state: true },
  };
  declare outcomes: Partial<Record<Job, Outcome>>;
  declare chatText: string;
  declare statuses: string[];
  declare media: Partial<Record<Exclude<Job, 'chat'>, string[]>>;

  #minimax: Promise<Playground> = playground();
  #aborts = new Set<AbortController>();

  constructor() {
    super();
    this.outcomes = {};
    this.chatText = '';
    this.statuses = [];
    this.media = {};
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const abort of this.#aborts) abort.abort();
  }

  override render() {
    const c = this.copy.playground;
    return html`<h1>${c.heading}</h1>
      <p class="lead">${mode.real ? c.real : c.mock} ${c.costs}</p>
      <div class="columns">
        ${this.#card('chat', c.chat, this.#chat())} ${this.#card('speech', c.speech, this.#speech())}
        ${this.#card('image', c.image, this.#image())} ${this.#card('video', c.video, this.#video())}
        ${this.#card('music', c.music, this.#music())}
      </div>`;
  }

  #card(job: Job, title: string, body: TemplateResult) {
    const c = this.copy.playground;
    const outcome = this.outcomes[job];
    return html`<section class="card" aria-labelledby="${job}-heading" data-job=${job}>
      <h2 id="${job}-heading">${title}</h2>
      ${body}
      <p class="muted" data-cost aria-live="polite">
        ${outcome?.error ? html`<span class="error">${outcome.error}</span>` : nothing}
        ${
          outcome?.cost
            ? html`${c.cost(money(outcome.cost.total, outcome.cost.currency))} ·
              ${outcome.planRequests === undefined ? c.notCovered : c.planRequests(count(outcome.planRequests))}`
            : nothing
        }
        ${outcome?.note ? html` · ${outcome.note(c)}` : nothing}
      </p>
    </section>`;
  }

  /** Runs a job: one at a time per card, its error shown in the card, cancelled when the page goes. */
  async #run(job: Job, work: (minimax: Playground, signal: AbortSignal) => Promise<Outcome>) {
    if (this.outcomes[job]?.busy) return;
    const abort = new AbortController();
    this.#aborts.add(abort);
    this.outcomes = { ...this.outcomes, [job]: { busy: true } };
    let outcome: Outcome;
    try {
      outcome = await work(await this.#minimax, abort.signal);
    } catch (error) {
      outcome = { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    } finally {
      this.#aborts.delete(abort);
    }
    if (!abort.signal.aborted) this.outcomes = { ...this.outcomes, [job]: outcome };
  }

  #form(job: Job, fields: TemplateResult, action: string, submit: (data: FormData) => void) {
    return html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget as HTMLFormElement));
      }}
    >
      ${fields}
      <p><button class="primary" ?disabled=${this.outcomes[job]?.busy}>${this.outcomes[job]?.busy ? this.copy.playground.working : action}</button></p>
    </form>`;
  }

  #chat() {
    const c = this.copy.playground;
    return html`${this.#form(
      'chat',
      html`<label>${c.message} <textarea name="message" rows="2">用一句话介绍 MiniMax。</textarea></label>`,
      c.send,
      (data) =>
        this.#run('chat', async ({ client, region }, signal) => {
          this.chatText = '';
          const model = 'MiniMax-M2';
          const stream = client.chat.stream(
            { model, messages: [{ role: 'user', content: String(data.get('message')) }], max_tokens: 256 },
            { signal },
          );
          for await (const chunk of stream) this.chatText += chunk.choices[0]?.delta?.content ?? '';
          const { usage, timing } = await stream.final();
          return {
            ...priced(
              {
                kind: 'text',
                model,
                inputTokens: usage?.prompt_tokens ?? 0,
                outputTokens: usage?.completion_tokens ?? 0,
              },
              region,
            ),
            note: (c) => {
              const tokens = c.tokens(usage?.prompt_tokens ?? 0, usage?.completion_tokens ?? 0);
              const { timeToFirstTokenMs: first, tokensPerSecond: rate } = timing;
              return first === undefined
                ? tokens
                : `${tokens} · ${c.speed(count(Math.round(first)), rate?.toFixed(1))}`;
            },
          };
        }),
    )}
      <div class="output" data-chat-output aria-live="polite">${this.chatText}</div>`;
  }

  #speech() {
    const c = this.copy.playground;
    return html`${this.#form(
      'speech',
      html`<label>${c.text} <textarea name="text" rows="2">今天是不是很开心呀，当然了！</textarea></label>`,
      c.speak,
      (data) =>
        this.#run('speech', async ({ client, region, media }, signal) => {
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
          const src = result.audio
            ? URL.createObjectURL(new Blob([result.audio as Uint8Array<ArrayBuffer>], { type: 'audio/mpeg' }))
            : await media(result.url ?? '', 'audio/mpeg');
          this.media = { ...this.media, speech: [src] };
          const characters = result.extraInfo?.usage_characters ?? 0;
          return {
            ...priced({ kind: 'speech', model, characters }, region),
            note: (c) => c.characters(characters),
          };
        }),
    )}
      ${this.media.speech?.map((src) => html`<audio controls src=${src} data-speech-audio></audio>`)}`;
  }

  #image() {
    const c = this.copy.playground;
    return html`${this.#form(
      'image',
      html`<div class="controls">
          <label>${c.prompt} <input name="prompt" value="A lighthouse at dawn, watercolour" /></label>
          <label>${c.images} <input name="n" type="number" min="1" max="4" value="2" /></label>
        </div>`,
      c.generate,
      (data) =>
        this.#run('image', async ({ client, region }, signal) => {
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
          this.media = { ...this.media, image: images.map((base64) => `data:image/png;base64,${base64}`) };
          return priced({ kind: 'image', model, count: images.length }, region);
        }),
    )}
      <div class="row">${this.media.image?.map((src, i) => html`<img src=${src} alt=${c.imageAlt(i + 1)} width="160" />`)}</div>`;
  }

  #video() {
    const c = this.copy.playground;
    return html`${this.#form(
      'video',
      html`<label>${c.prompt} <input name="prompt" value="A paper boat drifting down a rainy street" /></label>
          <p class="muted">${c.videoJob}</p>`,
      c.createJob,
      (data) =>
        this.#run('video', async ({ client, region, media }, signal) => {
          this.statuses = [];
          this.media = { ...this.media, video: [] };
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
              onProgress: (status) => {
                if (this.statuses.at(-1) !== status) this.statuses = [...this.statuses, status];
              },
            },
          );
          this.media = { ...this.media, video: [await media(result.downloadUrl ?? '', 'video/mp4')] };
          return {
            ...priced(
              { kind: 'video', model, mode: 'text-to-video', resolution, durationSeconds: duration },
              region,
            ),
            note: (c) => c.task(result.taskId),
          };
        }),
    )}
      <ol class="muted" data-video-statuses>${this.statuses.map((status) => html`<li>${status}</li>`)}</ol>
      ${this.media.video?.map((src) => html`<video controls muted src=${src} data-video></video>`)}`;
  }

  #music() {
    const c = this.copy.playground;
    return html`${this.#form(
      'music',
      html`<label>${c.style} <input name="prompt" value="Indie folk, warm, acoustic guitar" /></label>
          <label>${c.lyrics} <textarea name="lyrics" rows="2">[verse]
Morning light on the harbour wall</textarea></label>`,
      c.compose,
      (data) =>
        this.#run('music', async ({ client, region }, signal) => {
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
          const bytes = result.audio ?? new Uint8Array();
          this.media = {
            ...this.media,
            music: [
              URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'audio/mpeg' })),
            ],
          };
          return priced({ kind: 'music', model, count: 1 }, region);
        }),
    )}
      ${this.media.music?.map((src) => html`<audio controls src=${src} data-music-audio></audio>`)}`;
  }
}

customElements.define(tag, PlaygroundPage);
