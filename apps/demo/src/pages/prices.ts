import {
  type Limits,
  type PriceRow,
  type PricingTable,
  pricingTables,
  type RateLimitTable,
  type Region,
  rateLimitTables,
  tokenPlan,
} from '@minimax-kit/core';
import { html, nothing } from 'lit';
import type { Copy } from '../copy/copy.ts';
import { count, money } from '../format.ts';
import { Page } from './page.ts';

export const tag = 'demo-prices';

const regions: Region[] = ['cn', 'global'];
const models = (row: { models?: readonly string[] | undefined }) => row.models?.join(', ') ?? '—';
const link = (url: string) => html`<a href=${url} rel="noopener">${url}</a> `;

/** What one price row says, in words: what is bought and for how much. */
function describe(row: PriceRow, currency: string, c: Copy['prices']): [string, string][] {
  const cost = (amount: string) => money(amount, currency);
  switch (row.kind) {
    case 'text': {
      const per = c.perTokens(count(row.per));
      const lines: [string, string][] = [
        [`${models(row)} · ${c.input}`, `${cost(row.input)} ${per}`],
        [`${models(row)} · ${c.output}`, `${cost(row.output)} ${per}`],
      ];
      if (row.cacheRead) lines.push([`${models(row)} · ${c.cacheRead}`, `${cost(row.cacheRead)} ${per}`]);
      if (row.cacheWrite) lines.push([`${models(row)} · ${c.cacheWrite}`, `${cost(row.cacheWrite)} ${per}`]);
      return lines;
    }
    case 'speech':
      return [[`${models(row)} · ${row.mode}`, `${cost(row.price)} ${c.perCharacters(count(row.per))}`]];
    case 'video':
      return [
        [
          `${models(row)} · ${row.modes.join(' / ')} · ${row.resolution} · ${row.durationSeconds} s`,
          `${cost(row.price)} ${c.perClip}`,
        ],
      ];
    case 'image':
      return [[models(row), `${cost(row.price)} ${c.perImage}`]];
    case 'music':
      return [[models(row), `${cost(row.price)} ${c.perSong}`]];
    case 'lyrics':
      return [[c.lyrics, `${cost(row.price)} ${c.perSong}`]];
    case 'vlm':
      return [[c.vlm, `${cost(row.price)} ${c.perRequest}`]];
    case 'voice': {
      const preview = row.preview ? c.previews(cost(row.preview.price), count(row.preview.per)) : '';
      return [[c.voice(row.operation), `${cost(row.price)} ${c.perVoice}${preview}`]];
    }
  }
}

/** Core's price, rate-limit and Token Plan tables for both regions, with where each comes from. */
class PricesPage extends Page {
  override render() {
    const c = this.copy.prices;
    return html`<h1>${c.heading}</h1>
      <p class="lead">${c.lead}</p>
      ${regions.map(
        (region) => html`<section aria-labelledby="region-${region}">
          <h2 id="region-${region}">${c.regions[region]}</h2>
          ${this.#prices(pricingTables[region])} ${this.#limits(rateLimitTables[region])}
        </section>`,
      )}
      <section aria-labelledby="plan">
        <h2 id="plan">${c.planHeading}</h2>
        <p class="muted">
          ${c.planNote(tokenPlan.textWindowHours, tokenPlan.weeklyCap.multipleOfWindow, tokenPlan.weeklyCap.purchasedFrom.slice(0, 10))}
          ${tokenPlan.sources.map(link)} (${tokenPlan.effectiveDate})
        </p>
        <table>
          <thead><tr><th>${c.region}</th><th>${c.planTier}</th><th class="num">${c.perWindow}</th><th>${c.reportedBy}</th></tr></thead>
          <tbody>
            ${tokenPlan.reportedQuotas.map(
              (
                quota,
              ) => html`<tr><td>${quota.region}</td><td>${quota.tier}</td><td class="num">${count(quota.windowRequests)}</td>
                <td><a href=${quota.source} rel="noopener">${c.thirdParty}</a></td></tr>`,
            )}
          </tbody>
        </table>
      </section>`;
  }

  #prices(table: PricingTable) {
    const c = this.copy.prices;
    return html`<h3>${c.payg(table.currency)}</h3>
      <p class="muted">${c.source(table.sourceKind === 'official')} ${link(table.sourceUrl)} ${c.recorded(table.effectiveDate)}</p>
      ${table.notes?.length ? html`<ul class="muted">${table.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
      <table data-prices=${table.region}>
        <thead><tr><th>${c.what}</th><th>${c.price}</th></tr></thead>
        <tbody>
          ${table.prices
            .flatMap((row) => describe(row, table.currency, c))
            .map(([item, price]) => html`<tr><td>${item}</td><td>${price}</td></tr>`)}
        </tbody>
      </table>`;
  }

  #limits(table: RateLimitTable) {
    const c = this.copy.prices;
    const limits = ({ rpm, tpm, conn }: Limits, unit = 'token') =>
      [rpm && c.rpm(count(rpm)), tpm && c.tpm(count(tpm), unit), conn && c.conn(count(conn))]
        .filter(Boolean)
        .join(' · ') || '—';
    return html`<h3>${c.limitsHeading}</h3>
      <p class="muted">${c.limitsSources} ${table.sources.map(link)} ${c.recorded(table.effectiveDate)} ${c.shared}</p>
      <table data-limits=${table.region}>
        <thead><tr><th>${c.scope}</th><th>${c.models}</th><th>${c.free}</th><th>${c.paid}</th><th>${c.note}</th></tr></thead>
        <tbody>
          ${table.rows.map(
            (row) => html`<tr>
              <td>${row.scope}</td><td>${models(row)}</td>
              <td>${limits(row.free, row.tpmUnit)}</td><td>${limits(row.paid, row.tpmUnit)}</td>
              <td class="muted">${row.note ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

customElements.define(tag, PricesPage);
