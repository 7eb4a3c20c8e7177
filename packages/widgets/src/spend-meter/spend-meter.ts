import { formatDecimal, parseDecimal, sumDecimals } from '@minimax-kit/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MmElement } from '../internal/mm-element.js';
import type { Level } from '../internal/observed.js';
import { bars, tokens } from '../internal/tokens.styles.js';
import type { BudgetSnapshotLike, BudgetUsage, ObservableBudgets } from './budget-usage.js';
import { SpendHistory } from './spend-history.js';
import { isReadable, spendLevel } from './spend-level.js';
import { styles } from './spend-meter.styles.js';
import { spendRow } from './spend-row.js';
import { spendWords } from './spend-words.js';

/** The detail of `mm-spend-threshold`: which budget crossed which threshold. */
export interface SpendThresholdDetail {
  level: Exclude<Level, 'ok'>;
  id: string;
  key: string;
  currency: BudgetUsage['currency'];
  /** Spent plus reserved, exact. */
  used: string;
  amount: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mm-spend-threshold': CustomEvent<SpendThresholdDetail>;
  }
}

const rank: Record<Level, number> = { ok: 0, warning: 1, critical: 2 };

/**
 * @summary Spend against each money budget — spent, reserved, remaining and the amount — with the
 * burn rate over a recent span and a projection to the period's end, exact to the cent and beyond.
 *
 * @event mm-spend-threshold - A budget's spent plus reserved rose past `warning` or `critical`; `detail` names it.
 *
 * @csspart base - The outer box.
 * @csspart row - One budget.
 * @csspart label - A budget's key and period.
 * @csspart value - Spent of the amount.
 * @csspart track - A meter's track.
 * @csspart indicator - A meter's filled part.
 * @csspart detail - Reserved, remaining and the reset.
 * @csspart forecast - The burn rate and the projection.
 *
 * @cssproperty --mm-color-ok - The indicator below `warning`.
 * @cssproperty --mm-color-warning - The indicator at or above `warning`.
 * @cssproperty --mm-color-critical - The indicator at or above `critical`, and a projection over budget.
 * @cssproperty --mm-bar-height - A meter's height.
 */
export class MmSpendMeter extends MmElement {
  static override styles = [tokens, bars, styles];

  static override properties: PropertyDeclarations = {
    budgets: { attribute: false },
    limiter: { attribute: false },
    span: { type: Number },
    warning: { type: Number },
    critical: { type: Number },
  };

  /** The budgets' use now (`limiter.snapshot().budgets`); each value set is a sample of the burn rate. */
  declare budgets: readonly BudgetUsage[] | undefined;
  /** A limiter whose snapshots carry `budgets`: the meter follows it live, sampling at each snapshot's `at`. */
  declare limiter: ObservableBudgets | undefined;
  /** Minutes of history the burn rate is measured over; 60 when absent. */
  declare span: number;
  /** Percent of the amount (spent plus reserved) shown as low, firing `mm-spend-threshold`; 80 when absent. */
  declare warning: number;
  /** Percent shown as almost spent; 95 when absent. */
  declare critical: number;

  #history = new SpendHistory();
  #levels = new Map<string, Level>();
  #sampledAt: number | undefined;
  #unsubscribe: (() => void) | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.span = 60;
    this.warning = 80;
    this.critical = 95;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unfollow();
    clearInterval(this.#ticker);
  }

  #take(snapshot: BudgetSnapshotLike) {
    this.#sampledAt = snapshot.at;
    this.budgets = snapshot.budgets ?? [];
  }

  #follow() {
    this.#unfollow();
    clearInterval(this.#ticker);
    const limiter = this.limiter;
    if (limiter) {
      this.#take(limiter.snapshot());
      this.#unsubscribe = limiter.subscribe((snapshot) => this.#take(snapshot));
    }
    // Countdowns move, and rolling windows forget old spend, with time alone: look again each second.
    this.#ticker = setInterval(() => (limiter ? this.#take(limiter.snapshot()) : this.requestUpdate()), 1000);
  }

  #unfollow() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limiter') && this.isConnected) this.#follow();
    if (!changed.has('budgets') && !changed.has('warning') && !changed.has('critical')) return;
    const budgets = this.#readable;
    if (changed.has('budgets')) {
      this.#history.add(budgets, this.#sampledAt ?? Date.now(), this.span * 60_000);
      this.#sampledAt = undefined;
    }
    for (const budget of budgets) {
      const level = spendLevel(budget, this.warning, this.critical);
      const before = this.#levels.get(budget.id) ?? 'ok';
      this.#levels.set(budget.id, level);
      if (level !== 'ok' && rank[level] > rank[before]) {
        const used = formatDecimal(sumDecimals([parseDecimal(budget.spent), parseDecimal(budget.reserved)]));
        const { id, key, currency, amount } = budget;
        this.emit('mm-spend-threshold', { level, id, key, currency, used, amount });
      }
    }
  }

  get #readable(): BudgetUsage[] {
    return Array.isArray(this.budgets) ? this.budgets.filter(isReadable) : [];
  }

  override render() {
    const words = spendWords(this.t.$code);
    const budgets = this.#readable;
    return html`<section part="base" aria-label=${words.spendMeter}>
      ${
        budgets.length === 0
          ? html`<p class="muted">${words.noBudgets}</p>`
          : budgets.map((budget, i) =>
              spendRow({
                budget,
                index: i,
                words,
                format: this.format,
                level: this.#levels.get(budget.id) ?? 'ok',
                history: this.#history,
              }),
            )
      }
    </section>`;
  }
}
