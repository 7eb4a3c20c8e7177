import type { CostEstimate, CostLine, PriceSource } from '@minimax-kit/core';
import { html, nothing } from 'lit';
import { isPriced } from './calculator-choices.js';
import { type CalculatorView, kindName } from './calculator-view.js';

/** A cost line in the view's language, from core's `part`, `model`, tier and what was entered. */
function lineLabel(
  view: CalculatorView,
  { part, model = '', aboveInputTokens, serviceTier }: CostLine,
): string {
  const { t, words, format, input } = view;
  const said = t.lineWords;
  const tiers = [
    aboveInputTokens === undefined ? '' : words.aboveLine(format.number(aboveInputTokens)),
    serviceTier ? words.priorityLine : '',
  ].filter(Boolean);
  const suffix = tiers.length > 0 ? ` (${tiers.join(', ')})` : '';
  switch (part) {
    case 'input':
    case 'output':
    case 'cache-read':
    case 'cache-write':
      return `${model} ${said[part]}${suffix}`;
    case 'speech':
      return `${model} ${said[input.kind === 'voice' ? 'sync' : input.speechMode]}`;
    case 'video':
      return `${model} ${said[input.videoMode]} ${input.resolution} ${t.seconds(Number(input.duration))}`;
    case 'image':
    case 'music':
      return model;
    case 'lyrics':
    case 'vlm':
      return said[part];
    case 'voice':
      return said[input.voiceOperation];
    case 'voice-preview':
      return `${said[input.voiceOperation]} ${said.preview}`;
  }
}

/** Every source the estimate's prices come from (a line's own, else the table's), and every note. */
function provenance(cost: CostEstimate) {
  const main: PriceSource = {
    url: cost.source.sourceUrl,
    kind: cost.source.sourceKind,
    read: cost.source.effectiveDate,
  };
  const sources = new Map<string, PriceSource>();
  for (const line of cost.lines) {
    const source = line.source ?? main;
    sources.set(`${source.kind} ${source.read} ${source.url}`, source);
  }
  const notes = new Set(cost.lines.flatMap((line) => (line.note ? [line.note] : [])));
  return { sources: [...sources.values()], notes: [...notes] };
}

function sourcesOf(view: CalculatorView, cost: CostEstimate) {
  const { words } = view;
  const { sources, notes } = provenance(cost);
  return html`<section part="source" class="source" aria-label=${words.prices}>
    <ul>
      ${sources.map(
        (source) => html`<li data-source-kind=${source.kind}>
          <a href=${source.url} rel="noopener" target="_blank">${words.sourceKinds[source.kind]}</a>,
          ${words.read(source.read)}
        </li>`,
      )}
    </ul>
    ${notes.length > 0 ? html`<ul class="notes">${notes.map((note) => html`<li lang="en">${note}</li>`)}</ul>` : nothing}
  </section>`;
}

function unpriced(view: CalculatorView) {
  const { t, words, input } = view;
  const other = input.region === 'cn' ? 'global' : 'cn';
  const elsewhere = isPriced(other, input.kind) ? t.regions[other] : undefined;
  return html`<p class="notice" role="status">${words.noPrices(kindName(view, input.kind), t.regions[input.region], elsewhere)}</p>`;
}

/** The line items, the total, the Token Plan equivalent, and where the prices come from. */
export function calculatorSummary(view: CalculatorView) {
  const { t, words, format, result } = view;
  if (result.state === 'unpriced') return unpriced(view);
  if (result.state === 'refused') {
    return html`<p class="notice" role="status" title=${result.message}>${t.cannotPrice}</p>`;
  }
  const cost = result.state === 'priced' ? result.cost : undefined;
  const unit = (name: string) =>
    name === 'request' ? words.request : (t.units[name as keyof typeof t.units] ?? name);
  return html`<section class="summary" aria-label=${t.lineItems} aria-live="polite">
    ${
      cost
        ? html`<table part="lines">
          <caption class="visually-hidden">${t.lineItems}</caption>
          <tbody>
            ${cost.lines.map(
              (line) => html`<tr>
                <th scope="row">${lineLabel(view, line)}</th>
                <td class="quantity">
                  ${format.number(line.quantity)} ×
                  ${t.perUnit(format.money(line.price, cost.currency), format.number(line.per), unit(line.unit))}
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
    ${view.input.kind === 'voice' ? html`<p class="hint">${t.voiceNote}</p>` : nothing}
    ${cost ? sourcesOf(view, cost) : nothing}
  </section>`;
}
