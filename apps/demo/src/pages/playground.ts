import { html, nothing, type TemplateResult } from 'lit';
import { count, money } from '../format.ts';
import { type Playground, playground } from '../minimax.ts';
import { mode } from '../mode.ts';
import { Page } from './page.ts';
import { type Job, type JobView, jobs, type Outcome } from './playground-jobs.ts';

export const tag = 'demo-playground';

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

  /** Runs a card's job: one at a time per card, its error shown in the card, cancelled when the page goes. */
  async #run(job: Job, data: FormData) {
    if (this.outcomes[job]?.busy) return;
    const abort = new AbortController();
    this.#aborts.add(abort);
    this.outcomes = { ...this.outcomes, [job]: { busy: true } };
    if (job === 'video') this.statuses = [];
    const view: JobView = {
      text: (text) => {
        this.chatText = text;
      },
      media: (srcs) => {
        this.media = { ...this.media, [job]: srcs };
      },
      status: (status) => {
        if (this.statuses.at(-1) !== status) this.statuses = [...this.statuses, status];
      },
    };
    let outcome: Outcome;
    try {
      outcome = await jobs[job](data, await this.#minimax, abort.signal, view);
    } catch (error) {
      outcome = { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    } finally {
      this.#aborts.delete(abort);
    }
    if (!abort.signal.aborted) this.outcomes = { ...this.outcomes, [job]: outcome };
  }

  #form(job: Job, fields: TemplateResult, action: string) {
    return html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        void this.#run(job, new FormData(event.currentTarget as HTMLFormElement));
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
    )}
      <div class="output" data-chat-output aria-live="polite">${this.chatText}</div>`;
  }

  #speech() {
    const c = this.copy.playground;
    return html`${this.#form(
      'speech',
      html`<label>${c.text} <textarea name="text" rows="2">今天是不是很开心呀，当然了！</textarea></label>`,
      c.speak,
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
    )}
      ${this.media.music?.map((src) => html`<audio controls src=${src} data-music-audio></audio>`)}`;
  }
}

customElements.define(tag, PlaygroundPage);
