import { compareDecimals, formatDecimal, parseDecimal, sumDecimals } from '@minimax-kit/core';
import { html, nothing } from 'lit';
import type { Formatter } from '../internal/localize.js';
import { meterTrack } from '../internal/meter-track.js';
import type { Level } from '../internal/observed.js';
import type { BudgetUsage } from './budget-usage.js';
import { projectSpend, type SpendHistory } from './spend-history.js';
import type { SpendWords } from './spend-words.js';

/** What one budget's row shows, and from what. */
export interface SpendRowView {
  budget: BudgetUsage;
  index: number;
  words: SpendWords;
  format: Formatter;
  level: Level;
  history: SpendHistory;
}

/** The burn rate and the projection to the period's end, or that the rate is still being measured. */
function forecast({ budget, words, format, history }: SpendRowView) {
  const perHour = history.perHour(budget.id);
  if (perHour === undefined)
    return html`<span part="forecast" class="muted forecast">${words.measuring}</span>`;
  const money = (amount: string) => format.money(amount, budget.currency);
  const projected = projectSpend(budget, perHour, history.latest(budget.id) ?? Date.now());
  const over = projected !== undefined && compareDecimals(projected, parseDecimal(budget.amount)) > 0;
  return html`<span part="forecast" class="muted forecast" ?data-over=${over}
    >${words.burnRate(money(formatDecimal(perHour)))}${
      projected === undefined
        ? nothing
        : html` · ${words.projected(money(formatDecimal(projected)), budget.calendar, over)}`
    }</span
  >`;
}

/** One budget: spent of the amount as a meter, reserved, remaining, the reset, and the forecast. */
export function spendRow(view: SpendRowView) {
  const { budget, index, words, format, level } = view;
  const money = (amount: string) => format.money(amount, budget.currency);
  const used = sumDecimals([parseDecimal(budget.spent), parseDecimal(budget.reserved)]);
  const labelId = `budget-${index}`;
  const valueText = words.valueText(
    money(budget.spent),
    money(budget.reserved),
    money(budget.remaining),
    money(budget.amount),
  );
  const resets =
    budget.calendar && budget.resetsAt !== undefined
      ? words.resetsIn(format.duration(budget.resetsAt - Date.now()))
      : undefined;
  const spentUp = compareDecimals(used, parseDecimal(budget.amount)) >= 0;
  // The bar's width and aria-valuenow need numbers; every figure read out is the exact decimal.
  return html`<div part="row" class="row" data-level=${level} data-budget=${budget.id}>
    <span part="label" class="label" id=${labelId}>${budget.key} · ${words.period(budget.per, budget.calendar)}</span>
    <span part="value" class="value">${words.spentOf(money(budget.spent), money(budget.amount))}</span>
    ${meterTrack(labelId, Number(formatDecimal(used)), Number(budget.amount), valueText)}
    <span part="detail" class="muted detail"
      >${[words.reserved(money(budget.reserved)), words.remaining(money(budget.remaining)), resets].filter(Boolean).join(' · ')}</span
    >
    ${level === 'ok' ? nothing : html`<span class="badge">${spentUp ? words.usedUp : words.levels[level]}</span>`}
    ${forecast(view)}
  </div>`;
}
