import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { meterTrack } from '../internal/meter-track.js';
import { MmElement } from '../internal/mm-element.js';
import { type Level, type LimiterSnapshotLike, levelOf } from '../internal/observed.js';
import { bars, tokens } from '../internal/tokens.styles.js';
import { styles } from './quota-meter.styles.js';
import {
  BurnRate,
  type QuotaRow,
  type RemainsLike,
  rowsFromRemains,
  rowsFromSnapshot,
} from './quota-rows.js';

/** The detail of `mm-quota-threshold`: which quota crossed which threshold. */
export interface QuotaThresholdDetail {
  level: Exclude<Level, 'ok'>;
  scope: QuotaRow['scope'];
  bucket: string;
  used: number;
  total: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mm-quota-threshold': CustomEvent<QuotaThresholdDetail>;
  }
}

const rank: Record<Level, number> = { ok: 0, warning: 1, critical: 2 };

/**
 * @summary How much of a Token Plan is left: the 5-hour window with a live countdown to its reset,
 * the weekly cap and each model's daily quota, the burn rate and when it runs out at this pace.
 *
 * @event mm-quota-threshold - A quota's use rose past `warning` or `critical`; `detail` names it.
 *
 * @csspart base - The outer box.
 * @csspart row - One quota.
 * @csspart label - A quota's name.
 * @csspart value - Used of total.
 * @csspart track - A meter's track.
 * @csspart indicator - A meter's filled part.
 * @csspart reset - The countdown to the reset.
 * @csspart forecast - The burn rate and projected exhaustion.
 *
 * @cssproperty --mm-color-ok - The indicator below the warning threshold.
 * @cssproperty --mm-color-warning - The indicator at or above `warning`.
 * @cssproperty --mm-color-critical - The indicator at or above `critical`.
 * @cssproperty --mm-bar-height - A meter's height.
 */
export class MmQuotaMeter extends MmElement {
  static override styles = [tokens, bars, styles];

  static override properties: PropertyDeclarations = {
    remains: { attribute: false },
    snapshot: { attribute: false },
    warning: { type: Number },
    critical: { type: Number },
  };

  /** A `/v1/token_plan/remains` body or the client's `quota.retrieve()` result; reset times count from when it is set. */
  declare remains: RemainsLike | undefined;
  /** A limiter snapshot: its `plan:window`, `plan:week` and `daily:*` dimensions (used when `remains` is absent). */
  declare snapshot: LimiterSnapshotLike | undefined;
  /** Percent used at which a quota shows as low and `mm-quota-threshold` fires; 80 when absent. */
  declare warning: number;
  /** Percent used at which a quota shows as almost gone; 95 when absent. */
  declare critical: number;

  #rows: QuotaRow[] = [];
  #levels = new Map<string, Level>();
  #burn = new BurnRate();
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.warning = 80;
    this.critical = 95;
  }

  /** The quotas shown now. */
  get rows(): readonly QuotaRow[] {
    return this.#rows;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The countdowns move once a second while the meter is on the page.
    this.#ticker = setInterval(() => this.requestUpdate(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#ticker);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      !changed.has('remains') &&
      !changed.has('snapshot') &&
      !changed.has('warning') &&
      !changed.has('critical')
    )
      return;
    const now = Date.now();
    this.#rows = this.remains
      ? rowsFromRemains(this.remains, now)
      : this.snapshot
        ? rowsFromSnapshot(this.snapshot)
        : [];
    for (const row of this.#rows) {
      if (row.available && !row.unlimited) this.#burn.add(row, now);
      const level = levelOf(row.used, row.total, this.warning, this.critical);
      const before = this.#levels.get(row.id) ?? 'ok';
      this.#levels.set(row.id, level);
      if (level !== 'ok' && rank[level] > rank[before]) {
        const { scope, bucket, used, total } = row;
        this.emit('mm-quota-threshold', { level, scope, bucket, used, total });
      }
    }
  }

  override render() {
    const { t } = this;
    return html`<section part="base" aria-label=${t.quotaMeter}>
      ${this.#rows.length === 0 ? html`<p class="muted">${t.noQuota}</p>` : this.#rows.map((row) => this.#row(row))}
    </section>`;
  }

  #row(row: QuotaRow) {
    const { t, format } = this;
    const label = `${t[row.scope]} · ${row.bucket}`;
    if (!row.available || row.unlimited) {
      return html`<div part="row" class="row">
        <span part="label" class="label">${label}</span>
        <span class="muted">${row.available ? t.unlimited : t.notInPlan}</span>
      </div>`;
    }
    const now = Date.now();
    const level = this.#levels.get(row.id) ?? 'ok';
    const left = row.resetsAt === undefined ? undefined : format.duration(row.resetsAt - now);
    const amount = (value: number) => (row.unit === 'percent' ? format.percent(value) : format.number(value));
    const used = amount(row.used);
    const total = amount(row.total);
    const remaining = amount(Math.max(0, row.total - row.used));
    return html`<div part="row" class="row" data-level=${level}>
      <span part="label" class="label" id="label-${row.id}">${label}</span>
      <span part="value" class="value">${row.unit === 'percent' ? t.percentUsed(used) : t.usedOf(used, total)}</span>
      ${meterTrack(
        `label-${row.id}`,
        row.used,
        row.total,
        row.unit === 'percent'
          ? t.quotaPercentText(used, remaining, left ?? '—')
          : t.quotaValueText(used, total, remaining, left ?? '—'),
      )}
      ${level === 'ok' ? nothing : html`<span class="badge">${row.used >= row.total ? t.usedUp : t.levels[level]}</span>`}
      ${left === undefined ? nothing : html`<span part="reset" class="muted">${t.resetsIn(left)}</span>`}
      ${this.#forecast(row, now)}
    </div>`;
  }

  #forecast(row: QuotaRow, now: number) {
    const { t, format } = this;
    const perHour = this.#burn.perHour(row.id);
    // Nothing to forecast once it is gone: the badge says so, and the reset says when it returns.
    if (perHour === undefined || perHour <= 0 || row.used >= row.total) return nothing;
    const runsOutAt = now + ((row.total - row.used) / perHour) * 3_600_000;
    const lasts = row.resetsAt !== undefined && runsOutAt >= row.resetsAt;
    return html`<span part="forecast" class="muted"
      >${t.burnRate(format.number(Math.round(perHour)))} · ${lasts ? t.lastsUntilReset : t.exhaustsAt(format.time(runsOutAt))}</span
    >`;
  }
}
