import type { CostLine, Region } from '@minimax-kit/core';
import { billingCharacters } from '@minimax-kit/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { MmElement } from '../internal/mm-element.js';
import { tokens } from '../internal/tokens.styles.js';
import {
  type CalculatorInput,
  type CalculatorKind,
  type CalculatorResult,
  calculate,
  calculatorKinds,
  initialInput,
  modelsFor,
  type NumberField,
  normalize,
  videoChoices,
  voiceOperationsFor,
} from './calculator-model.js';
import { styles } from './cost-calculator.styles.js';

/** The detail of `mm-estimate-change`: what the input costs now, or why it cannot be priced. */
export type EstimateChangeDetail = CalculatorResult;

declare global {
  interface GlobalEventHandlersEventMap {
    'mm-estimate-change': CustomEvent<EstimateChangeDetail>;
  }
}

const inputKeys = Object.keys(initialInput) as (keyof CalculatorInput)[];

/**
 * @summary Prices any MiniMax job exactly — text, speech, video, image, music, voices — in CNY or USD,
 * with line items and the Token Plan requests the same work is worth.
 *
 * @event mm-estimate-change - The estimate changed; `detail` is the result (`state: 'priced'` with
 * `cost` and `planRequests`, or `invalid` with field errors, `unpriced`, `refused`).
 *
 * @csspart base - The outer box.
 * @csspart tabs - The row of modality tabs.
 * @csspart tab - One modality tab.
 * @csspart field - A label and its control.
 * @csspart label - A field's label.
 * @csspart input - A text or number input, or a select.
 * @csspart error - A field's error message.
 * @csspart lines - The table of line items.
 * @csspart total - The total.
 * @csspart value - The total's amount.
 *
 * @cssproperty --mm-color-accent - The selected tab and focus ring.
 * @cssproperty --mm-color-surface - The background.
 * @cssproperty --mm-color-text - The text colour.
 * @cssproperty --mm-color-border - Borders of the box and the controls.
 * @cssproperty --mm-radius - Corner radius.
 * @cssproperty --mm-font-family - The font.
 */
export class MmCostCalculator extends MmElement {
  static override styles = [tokens, styles];
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    kind: { reflect: true },
    model: {},
    inputTokens: { attribute: 'input-tokens' },
    outputTokens: { attribute: 'output-tokens' },
    cacheReadTokens: { attribute: 'cache-read-tokens' },
    cacheWriteTokens: { attribute: 'cache-write-tokens' },
    speechMode: { attribute: 'speech-mode' },
    speechInput: { attribute: 'speech-input' },
    text: {},
    characters: {},
    videoMode: { attribute: 'video-mode' },
    resolution: {},
    duration: {},
    count: {},
    voiceOperation: { attribute: 'voice-operation' },
    previewCharacters: { attribute: 'preview-characters' },
    previewModel: { attribute: 'preview-model' },
    name: { reflect: true },
  };

  /** `cn` (CNY) or `global` (USD, where MiniMax publishes prices). */
  declare region: Region;
  /** The tab: `text`, `speech`, `video`, `image`, `music` or `voice`. */
  declare kind: CalculatorKind;
  /** A model with a price in the region for the kind; snaps to the first when it has none. */
  declare model: string;
  declare inputTokens: string;
  declare outputTokens: string;
  declare cacheReadTokens: string;
  declare cacheWriteTokens: string;
  /** `sync` (t2a_v2) or `async` (t2a_async_v2). */
  declare speechMode: 'sync' | 'async';
  /** Count speech from pasted `text` or from a `characters` count. */
  declare speechInput: 'text' | 'characters';
  /** Text to speak: billing characters are counted live (Chinese characters count 2). */
  declare text: string;
  /** Billing characters, when `speech-input="characters"`. */
  declare characters: string;
  declare videoMode: CalculatorInput['videoMode'];
  declare resolution: string;
  /** Seconds per clip. */
  declare duration: string;
  /** Clips, images, songs or voices. */
  declare count: string;
  declare voiceOperation: 'clone' | 'design';
  declare previewCharacters: string;
  declare previewModel: string;
  /** The form field name; the form receives the exact total. */
  declare name: string | undefined;

  #internals = this.attachInternals();
  #result: CalculatorResult = calculate(initialInput);
  #announced = '';

  constructor() {
    super();
    Object.assign(this, initialInput);
  }

  /** The current estimate (read-only): `state: 'priced'` with `cost` and `planRequests`, or why not. */
  get estimate(): CalculatorResult {
    return this.#result;
  }

  get #input(): CalculatorInput {
    return Object.fromEntries(
      inputKeys.map((key) => [key, String(this[key] ?? '')]),
    ) as unknown as CalculatorInput;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!inputKeys.some((key) => changed.has(key))) return;
    const input = normalize(this.#input);
    Object.assign(this, input); // within willUpdate: no second render
    this.#result = calculate(input);
    this.#internals.setFormValue(this.#result.state === 'priced' ? this.#result.cost.total : null);
  }

  protected override updated(): void {
    const signature = JSON.stringify(this.#result);
    if (signature === this.#announced) return;
    this.#announced = signature;
    this.emit('mm-estimate-change', this.#result);
  }

  formResetCallback(): void {
    Object.assign(this, initialInput);
  }

  #set(key: keyof CalculatorInput, value: string) {
    (this as unknown as Record<string, string>)[key] = value;
  }

  #onTabKey(event: KeyboardEvent) {
    const index = calculatorKinds.indexOf(this.kind);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: calculatorKinds.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const kind = calculatorKinds[
      (target + calculatorKinds.length) % calculatorKinds.length
    ] as CalculatorKind;
    this.kind = kind;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${kind}`)?.focus());
  }

  override render() {
    const { t } = this;
    return html`
      <div part="base" role="group" aria-label=${t.costCalculator}>
        <fieldset class="region" part="field">
          <legend part="label">${t.region}</legend>
          ${(['cn', 'global'] as const).map(
            (region) => html`<label class="choice">
              <input
                type="radio"
                name="region"
                value=${region}
                .checked=${this.region === region}
                @change=${() => (this.region = region)}
              />${t.regions[region]}
            </label>`,
          )}
        </fieldset>
        <div part="tabs" role="tablist" aria-label=${t.costCalculator} @keydown=${this.#onTabKey}>
          ${calculatorKinds.map(
            (kind) => html`<button
              part="tab"
              role="tab"
              id="tab-${kind}"
              type="button"
              aria-selected=${this.kind === kind}
              aria-controls="panel"
              tabindex=${this.kind === kind ? 0 : -1}
              @click=${() => (this.kind = kind)}
            >
              ${t.kinds[kind]}
            </button>`,
          )}
        </div>
        <div id="panel" role="tabpanel" aria-labelledby="tab-${this.kind}">
          ${this.#result.state === 'unpriced' ? nothing : this.#fields()} ${this.#summary()}
        </div>
      </div>
    `;
  }

  #select<T extends string | number>(
    key: keyof CalculatorInput,
    label: string,
    options: readonly T[],
    text: (option: T) => string = String,
  ) {
    return html`<div part="field" class="field">
      <label part="label" for=${key}>${label}</label>
      <select part="input" id=${key} @change=${(e: Event) => this.#set(key, (e.target as HTMLSelectElement).value)}>
        ${options.map(
          (option) =>
            html`<option value=${option} ?selected=${String(option) === String(this[key])}>${text(option)}</option>`,
        )}
      </select>
    </div>`;
  }

  #number(key: NumberField, label: string) {
    const error = this.#result.state === 'invalid' ? this.#result.errors[key] : undefined;
    return html`<div part="field" class="field">
      <label part="label" for=${key}>${label}</label>
      <input
        part="input"
        id=${key}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        .value=${this[key]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${key}-error` : nothing}
        @input=${(e: Event) => this.#set(key, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p part="error" class="error" id="${key}-error">${this.t.fieldErrors[error]}</p>` : nothing}
    </div>`;
  }

  #fields(): TemplateResult {
    const { t } = this;
    const models = modelsFor(this.region, this.kind);
    const model = models.length > 0 ? this.#select('model', t.model, models) : nothing;
    switch (this.kind) {
      case 'text':
        return html`${model} ${this.#number('inputTokens', t.inputTokens)} ${this.#number('outputTokens', t.outputTokens)}
        ${this.#number('cacheReadTokens', t.cacheReadTokens)} ${this.#number('cacheWriteTokens', t.cacheWriteTokens)}`;
      case 'speech':
        return html`${model}
          ${this.#select('speechMode', t.speechMode, ['sync', 'async'], (mode: 'sync' | 'async') => t.speechModes[mode])}
          ${this.#select('speechInput', t.speechInput, ['text', 'characters'], (way: 'text' | 'characters') => t.speechInputs[way])}
          ${this.speechInput === 'text' ? this.#speechText() : this.#number('characters', t.characters)}`;
      case 'video': {
        const choices = videoChoices(this.region, this.model, this.videoMode, this.resolution);
        return html`${model}
          ${this.#select('videoMode', t.videoMode, choices.modes, (mode: CalculatorInput['videoMode']) => t.videoModes[mode])}
          ${this.#select('resolution', t.resolution, choices.resolutions)}
          ${this.#select('duration', t.duration, choices.durations, (n: number) => t.seconds(n))} ${this.#number('count', t.count)}`;
      }
      case 'image':
      case 'music':
        return html`${model} ${this.#number('count', t.count)}`;
      case 'voice':
        return html`${this.#select('voiceOperation', t.voiceOperation, voiceOperationsFor(this.region), (op: 'clone' | 'design') => t.voiceOperations[op])}
          ${this.#number('count', t.count)} ${this.#number('previewCharacters', t.previewCharacters)}
          ${this.voiceOperation === 'clone' ? this.#select('previewModel', t.previewModel, modelsFor(this.region, 'speech')) : nothing}`;
    }
  }

  #speechText() {
    const { t } = this;
    const error = this.#result.state === 'invalid' ? this.#result.errors.text : undefined;
    const total = billingCharacters(this.text);
    return html`<div part="field" class="field wide">
      <label part="label" for="text">${t.speechText}</label>
      <textarea
        part="input"
        id="text"
        rows="3"
        .value=${this.text}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="text-count ${error ? 'text-error' : ''}"
        @input=${(e: Event) => this.#set('text', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="text-count">${t.billingCharacters(total, total - [...this.text].length)}</p>
      ${error ? html`<p part="error" class="error" id="text-error">${t.fieldErrors[error]}</p>` : nothing}
    </div>`;
  }

  /** A cost line in the widget's language, from core's `part` and `model` and what was typed. */
  #lineLabel({ part, model = '' }: CostLine): string {
    const words = this.t.lineWords;
    switch (part) {
      case 'input':
      case 'output':
      case 'cache-read':
      case 'cache-write':
        return `${model} ${words[part]}`;
      case 'speech':
        return `${model} ${words[this.kind === 'voice' ? 'sync' : this.speechMode]}`;
      case 'video':
        return `${model} ${words[this.videoMode]} ${this.resolution} ${this.t.seconds(Number(this.duration))}`;
      case 'image':
      case 'music':
        return model;
      case 'lyrics':
        return words.lyrics;
      case 'vlm':
        return words.vlm;
      case 'voice':
        return words[this.voiceOperation];
      case 'voice-preview':
        return `${words[this.voiceOperation]} ${words.preview}`;
    }
  }

  #summary() {
    const { t, format } = this;
    const result = this.#result;
    if (result.state === 'unpriced') {
      return html`<p class="notice" role="status">${t.noPrices(t.kinds[this.kind], t.regions[this.region])}</p>`;
    }
    if (result.state === 'refused') {
      return html`<p class="notice" role="status" title=${result.message}>${t.cannotPrice}</p>`;
    }
    const cost = result.state === 'priced' ? result.cost : undefined;
    return html`<section class="summary" aria-label=${t.lineItems} aria-live="polite">
      ${
        cost
          ? html`<table part="lines">
            <caption class="visually-hidden">${t.lineItems}</caption>
            <tbody>
              ${cost.lines.map(
                (line) => html`<tr>
                  <th scope="row">${this.#lineLabel(line)}</th>
                  <td class="quantity">
                    ${format.number(line.quantity)} ×
                    ${t.perUnit(format.money(line.price, cost.currency), format.number(line.per), t.units[line.unit as keyof typeof t.units] ?? line.unit)}
                  </td>
                  <td class="amount">${format.money(line.amount, cost.currency)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
          : nothing
      }
      <p part="total" class="total">
        <span>${t.total}</span>
        <output part="value" for="panel">${cost ? format.money(cost.total, cost.currency) : '—'}</output>
      </p>
      ${
        result.state === 'priced'
          ? html`<p class="plan">${result.planRequests === undefined ? t.planNotCovered : t.planRequests(format.number(result.planRequests))}</p>`
          : nothing
      }
      ${this.kind === 'voice' ? html`<p class="hint">${t.voiceNote}</p>` : nothing}
      ${cost ? html`<p class="source"><a href=${cost.source.sourceUrl} rel="noopener" target="_blank">${t.source(cost.source.effectiveDate)}</a></p>` : nothing}
    </section>`;
  }
}
