import { billingCharacters } from '@minimax-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { comparable } from './calculate.js';
import { modelsFor, textRowFor, videoChoices, voiceOperationsFor } from './calculator-choices.js';
import type { CalculatorInput, NumberField } from './calculator-input.js';
import type { CalculatorView } from './calculator-view.js';
import { planWords } from './plan-words.js';

function select<T extends string | number>(
  view: CalculatorView,
  key: keyof CalculatorInput,
  label: string,
  options: readonly T[],
  text: (option: T) => string = String,
) {
  return html`<div part="field" class="field">
    <label part="label" for=${key}>${label}</label>
    <select part="input" id=${key} @change=${(e: Event) => view.set(key, (e.target as HTMLSelectElement).value)}>
      ${options.map(
        (option) =>
          html`<option value=${option} ?selected=${String(option) === String(view.input[key])}>${text(option)}</option>`,
      )}
    </select>
  </div>`;
}

function number(view: CalculatorView, key: NumberField, label: string) {
  const error = view.result.state === 'invalid' ? view.result.errors[key] : undefined;
  return html`<div part="field" class="field">
    <label part="label" for=${key}>${label}</label>
    <input
      part="input"
      id=${key}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      .value=${view.input[key]}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${key}-error` : nothing}
      @input=${(e: Event) => view.set(key, (e.target as HTMLInputElement).value)}
    />
    ${error ? html`<p part="error" class="error" id="${key}-error">${view.t.fieldErrors[error]}</p>` : nothing}
  </div>`;
}

function speechText(view: CalculatorView) {
  const { t, input } = view;
  const error = view.result.state === 'invalid' ? view.result.errors.text : undefined;
  const total = billingCharacters(input.text);
  return html`<div part="field" class="field wide">
    <label part="label" for="text">${t.speechText}</label>
    <textarea
      part="input"
      id="text"
      rows="3"
      .value=${input.text}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="text-count ${error ? 'text-error' : ''}"
      @input=${(e: Event) => view.set('text', (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id="text-count">${t.billingCharacters(total, total - [...input.text].length)}</p>
    ${error ? html`<p part="error" class="error" id="text-error">${t.fieldErrors[error]}</p>` : nothing}
  </div>`;
}

/** Text: tokens, and for models priced by prompt length or service tier, which tier applies. */
function textFields(view: CalculatorView) {
  const { t, words, format, input, result } = view;
  const priority = textRowFor(input.region, input.model)?.serviceTiers?.priority;
  const tier = result.state === 'priced' ? result.tier : undefined;
  return html`${number(view, 'inputTokens', t.inputTokens)} ${number(view, 'outputTokens', t.outputTokens)}
    ${number(view, 'cacheReadTokens', t.cacheReadTokens)} ${number(view, 'cacheWriteTokens', t.cacheWriteTokens)}
    ${
      priority
        ? select(view, 'serviceTier', words.serviceTier, ['standard', 'priority'], (option) =>
            option === 'priority' ? words.priority(priority) : words.standard,
          )
        : nothing
    }
    ${
      tier
        ? html`<p class="hint wide tier" data-tier=${tier.upper ? 'upper' : 'lower'}>
          ${words.promptTier(format.number(tier.promptTokens), format.number(tier.aboveInputTokens), tier.upper)}
        </p>`
        : nothing
    }`;
}

/** The fields of the selected tab, and how often a day the job runs (for the plan comparison). */
export function calculatorFields(view: CalculatorView): TemplateResult {
  return html`${tabFields(view)}
  ${comparable(view.input) ? number(view, 'perDay', planWords(view.t.$code).perDay) : nothing}`;
}

function tabFields(view: CalculatorView): TemplateResult {
  const { t, input } = view;
  const models = modelsFor(input.region, input.kind);
  const model = models.length > 0 ? select(view, 'model', t.model, models) : nothing;
  switch (input.kind) {
    case 'text':
      return html`${model} ${textFields(view)}`;
    case 'speech':
      return html`${model}
        ${select(view, 'speechMode', t.speechMode, ['sync', 'async'], (mode: 'sync' | 'async') => t.speechModes[mode])}
        ${select(view, 'speechInput', t.speechInput, ['text', 'characters'], (way: 'text' | 'characters') => t.speechInputs[way])}
        ${input.speechInput === 'text' ? speechText(view) : number(view, 'characters', t.characters)}`;
    case 'video': {
      const choices = videoChoices(input.region, input.model, input.videoMode, input.resolution);
      return html`${model}
        ${select(view, 'videoMode', t.videoMode, choices.modes, (mode) => t.videoModes[mode])}
        ${select(view, 'resolution', t.resolution, choices.resolutions)}
        ${select(view, 'duration', t.duration, choices.durations, (n: number) => t.seconds(n))} ${number(view, 'count', t.count)}`;
    }
    case 'image':
    case 'music':
    case 'lyrics':
    case 'vlm':
      return html`${model} ${number(view, 'count', t.count)}`;
    case 'voice':
      return html`${select(view, 'voiceOperation', t.voiceOperation, voiceOperationsFor(input.region), (op) => t.voiceOperations[op])}
        ${number(view, 'count', t.count)} ${number(view, 'previewCharacters', t.previewCharacters)}
        ${input.voiceOperation === 'clone' ? select(view, 'previewModel', t.previewModel, modelsFor(input.region, 'speech')) : nothing}`;
  }
}
