import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { meterTrack } from '../internal/meter-track.js';
import { MmElement } from '../internal/mm-element.js';
import {
  type DimensionUse,
  type LimiterSnapshotLike,
  levelOf,
  type ObservableLimiter,
} from '../internal/observed.js';
import { bars, tokens } from '../internal/tokens.styles.js';
import { styles } from './rate-gauge.styles.js';

type Family = 'rpm' | 'tpm' | 'conn' | 'plan' | 'daily';

const familyOf = (id: string): Family | undefined => {
  const family = id.slice(0, id.indexOf(':'));
  return ['rpm', 'tpm', 'conn', 'plan', 'daily'].includes(family) ? (family as Family) : undefined;
};

/**
 * @summary Live use of every rate limit a limiter keeps — RPM, TPM, running tasks (CONN), plan
 * windows — against its limit, with the requests waiting and any pause MiniMax imposed.
 *
 * @csspart base - The outer box.
 * @csspart row - One limit.
 * @csspart label - A limit's name.
 * @csspart value - Used of limit.
 * @csspart track - A meter's track.
 * @csspart indicator - A meter's filled part.
 * @csspart queued - The requests waiting.
 * @csspart paused - A pause after MiniMax refused a request.
 *
 * @cssproperty --mm-color-ok - The indicator below `warning`.
 * @cssproperty --mm-color-warning - The indicator at or above `warning`.
 * @cssproperty --mm-color-critical - The indicator at or above `critical`.
 * @cssproperty --mm-bar-height - A meter's height.
 */
export class MmRateGauge extends MmElement {
  static override styles = [tokens, bars, styles];

  static override properties: PropertyDeclarations = {
    limiter: { attribute: false },
    snapshot: { attribute: false },
    scope: {},
    warning: { type: Number },
    critical: { type: Number },
  };

  /** A limiter (anything with `snapshot()` and `subscribe()`): the gauge follows it live. */
  declare limiter: ObservableLimiter | undefined;
  /** The last snapshot shown; set it yourself to show one without a limiter. */
  declare snapshot: LimiterSnapshotLike | undefined;
  /** Only dimensions of this scope (e.g. `text:MiniMax-M2.7`); every one when absent. */
  declare scope: string | undefined;
  /** Percent used shown as busy; 80 when absent. */
  declare warning: number;
  /** Percent used shown as full; 95 when absent. */
  declare critical: number;

  #unsubscribe: (() => void) | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
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
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limiter') && this.isConnected) this.#follow();
  }

  #follow() {
    this.#unfollow();
    const limiter = this.limiter;
    if (!limiter) return;
    this.snapshot = limiter.snapshot();
    this.#unsubscribe = limiter.subscribe((snapshot) => {
      this.snapshot = snapshot;
    });
    // Windows drain with time alone: read the limiter again once a second.
    this.#ticker = setInterval(() => {
      this.snapshot = limiter.snapshot();
    }, 1000);
  }

  #unfollow() {
    this.#unsubscribe?.();
    clearInterval(this.#ticker);
    this.#unsubscribe = undefined;
  }

  override render() {
    const { t, format } = this;
    const snapshot = this.snapshot;
    if (!snapshot)
      return html`<section part="base" aria-label=${t.rateGauge}><p class="muted">${t.noLimiter}</p></section>`;
    const rows = Object.entries(snapshot.dimensions).filter(
      ([id]) => familyOf(id) && (!this.scope || id.endsWith(`:${this.scope}`)),
    );
    const queued = this.scope ? (snapshot.queuedByScope?.[this.scope] ?? 0) : (snapshot.queued ?? 0);
    return html`<section part="base" aria-label=${t.rateGauge}>
      ${rows.map(([id, use]) => this.#row(id, use))}
      <p part="queued" class="muted" aria-live="polite">${t.queued(format.number(queued))}</p>
    </section>`;
  }

  #row(id: string, use: DimensionUse) {
    const { t, format } = this;
    const family = familyOf(id) as Family;
    const detail = id.slice(id.indexOf(':') + 1);
    const level = levelOf(use.used, use.limit, this.warning, this.critical);
    const pausedFor = use.pausedUntil === undefined ? 0 : use.pausedUntil - Date.now();
    const label = `${t.dimensions[family]} · ${detail}`;
    const valueText = t.rateValueText(format.number(Math.round(use.used)), format.number(use.limit));
    return html`<div part="row" class="row" data-level=${level}>
      <span part="label" class="label" id="label-${id}">${label}</span>
      <span part="value" class="value">${valueText}</span>
      ${meterTrack(`label-${id}`, use.used, use.limit, valueText)}
      ${pausedFor > 0 ? html`<span part="paused" class="paused" role="status">${t.pausedFor(format.duration(pausedFor))}</span>` : nothing}
    </div>`;
  }
}
