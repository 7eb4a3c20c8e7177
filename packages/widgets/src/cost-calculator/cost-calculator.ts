import type { Region } from '@minimax-kit/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MmElement } from '../internal/mm-element.js';
import { tokens } from '../internal/tokens.styles.js';
import { type CalculatorResult, calculate } from './calculate.js';
import { normalize } from './calculator-choices.js';
import { calculatorFields } from './calculator-fields.js';
import { type CalculatorInput, type CalculatorKind, initialInput } from './calculator-input.js';
import { calculatorPlans } from './calculator-plans.js';
import { calculatorSummary } from './calculator-summary.js';
import { calculatorTabs } from './calculator-tabs.js';
import type { CalculatorView } from './calculator-view.js';
import { calculatorWords } from './calculator-words.js';
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
 * @summary Prices any MiniMax job exactly — every model MiniMax prices in the region, by modality — in
 * CNY or USD, with line items, where each price comes from, and the Token Plan requests it is worth.
 *
 * @event mm-estimate-change - The estimate changed; `detail` is the result (`state: 'priced'` with
 * `cost`, `planRequests` and, for models priced by prompt length, `tier`; or `invalid` with field
 * errors, `unpriced`, `refused`). A priced result carries `plans`: the comparison with the Token
 * Plan's tiers at `per-day` such jobs a day.
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
 * @csspart source - Where the prices come from: source kind, date read, and notes.
 * @csspart plans - The plan comparison: pay-as-you-go against each Token Plan tier, or why there is none.
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
    serviceTier: { attribute: 'service-tier' },
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
    perDay: { attribute: 'per-day' },
    name: { reflect: true },
  };

  /** `cn` (CNY) or `global` (USD). */
  declare region: Region;
  /** The tab: `text`, `speech`, `video`, `image`, `music`, `lyrics`, `voice` or `vlm`. */
  declare kind: CalculatorKind;
  /** A model with a price in the region for the kind; snaps to the first when it has none. */
  declare model: string;
  declare inputTokens: string;
  declare outputTokens: string;
  declare cacheReadTokens: string;
  declare cacheWriteTokens: string;
  /** `standard`, or `priority` for the text models MiniMax prices with one (snaps back otherwise). */
  declare serviceTier: 'standard' | 'priority';
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
  /** Clips, images, songs, lyrics, voices or understanding requests. */
  declare count: string;
  declare voiceOperation: 'clone' | 'design';
  declare previewCharacters: string;
  declare previewModel: string;
  /** How many such jobs a day, for the plan comparison (pay-as-you-go against each Token Plan tier). */
  declare perDay: string;
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

  get #view(): CalculatorView {
    const { t, format } = this;
    return {
      input: this.#input,
      result: this.#result,
      t,
      format,
      words: calculatorWords(t.$code),
      set: (key, value) => Object.assign(this, { [key]: value }),
    };
  }

  override render() {
    const view = this.#view;
    const focus = (kind: CalculatorKind) =>
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${kind}`)?.focus(),
      );
    return html`<div part="base" role="group" aria-label=${this.t.costCalculator}>
      ${calculatorTabs(view, focus)}
      <div id="panel" role="tabpanel" aria-labelledby="tab-${this.kind}">
        ${this.#result.state === 'unpriced' ? nothing : calculatorFields(view)} ${calculatorSummary(view)}
        ${calculatorPlans(view)}
      </div>
    </div>`;
  }
}
