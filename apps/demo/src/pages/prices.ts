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
import { Page } from './page.ts';

export const tag = 'demo-prices';

const regions: { region: Region; name: string }[] = [
  { region: 'cn', name: 'Mainland China (api.minimaxi.com)' },
  { region: 'global', name: 'International (api.minimax.io)' },
];

const models = (row: { models?: readonly string[] | undefined }) => row.models?.join(', ') ?? '—';
const count = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en'));
const limits = ({ rpm, tpm, conn }: Limits, unit = 'token') =>
  [rpm && `${count(rpm)} requests/min`, tpm && `${count(tpm)} ${unit}s/min`, conn && `${count(conn)} at once`]
    .filter(Boolean)
    .join(' · ') || '—';

/** What one price row says, in words: what is bought and for how much. */
function describe(row: PriceRow, currency: string): [item: string, price: string][] {
  const money = (amount: string) => `${currency} ${amount}`;
  switch (row.kind) {
    case 'text': {
      const per = `per ${count(row.per)} tokens`;
      const lines: [string, string][] = [
        [`${models(row)} · input`, `${money(row.input)} ${per}`],
        [`${models(row)} · output`, `${money(row.output)} ${per}`],
      ];
      if (row.cacheRead) lines.push([`${models(row)} · cache read`, `${money(row.cacheRead)} ${per}`]);
      if (row.cacheWrite) lines.push([`${models(row)} · cache write`, `${money(row.cacheWrite)} ${per}`]);
      return lines;
    }
    case 'speech':
      return [[`${models(row)} · ${row.mode}`, `${money(row.price)} per ${count(row.per)} characters`]];
    case 'video':
      return [
        [
          `${models(row)} · ${row.modes.join(' / ')} · ${row.resolution} · ${row.durationSeconds} s`,
          `${money(row.price)} per clip`,
        ],
      ];
    case 'image':
      return [[models(row), `${money(row.price)} per image`]];
    case 'music':
      return [[models(row), `${money(row.price)} per song`]];
    case 'lyrics':
      return [['Lyrics', `${money(row.price)} per song`]];
    case 'voice': {
      const preview = row.preview
        ? `; previews ${money(row.preview.price)} per ${count(row.preview.per)} characters`
        : '';
      return [[`Voice ${row.operation}`, `${money(row.price)} per voice${preview}`]];
    }
  }
}

/** Core's price, rate-limit and Token Plan tables for both regions, with where each comes from. */
class PricesPage extends Page {
  override render() {
    return html`<h1>Prices &amp; limits</h1>
      <p class="lead">
        Every number below is <code>@minimax-kit/core</code>'s data, validated at load, with the page it was taken
        from and when. MiniMax does not date its pages, so the date is when minimax-kit recorded them.
      </p>
      ${regions.map(
        ({ region, name }) => html`<section aria-labelledby="region-${region}">
        <h2 id="region-${region}">${name}</h2>
        ${this.#prices(pricingTables[region])} ${this.#limits(rateLimitTables[region])}
      </section>`,
      )}
      <section aria-labelledby="plan">
        <h2 id="plan">Token Plan</h2>
        <p class="muted">
          Requests per ${tokenPlan.textWindowHours}-hour window; the weekly cap is ${tokenPlan.weeklyCap.multipleOfWindow}×
          the window for plans bought from ${tokenPlan.weeklyCap.purchasedFrom.slice(0, 10)}. Sources:
          ${tokenPlan.sources.map((source) => html`<a href=${source} rel="noopener">${source}</a> `)} (${tokenPlan.effectiveDate}).
        </p>
        <table>
          <caption class="visually-hidden">Token Plan window sizes</caption>
          <thead><tr><th>Region</th><th>Plan</th><th class="num">Requests per window</th><th>Reported by</th></tr></thead>
          <tbody>
            ${tokenPlan.reportedQuotas.map(
              (
                quota,
              ) => html`<tr><td>${quota.region}</td><td>${quota.tier}</td><td class="num">${count(quota.windowRequests)}</td>
                <td><a href=${quota.source} rel="noopener">third party</a></td></tr>`,
            )}
          </tbody>
        </table>
      </section>`;
  }

  #prices(table: PricingTable) {
    return html`<h3>Pay-as-you-go prices (${table.currency})</h3>
      <p class="muted">
        Source (${table.sourceKind === 'official' ? 'MiniMax' : 'third party'}):
        <a href=${table.sourceUrl} rel="noopener">${table.sourceUrl}</a>, recorded ${table.effectiveDate}.
      </p>
      ${table.notes?.length ? html`<ul class="muted">${table.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
      <table data-prices=${table.region}>
        <thead><tr><th>What</th><th>Price</th></tr></thead>
        <tbody>
          ${table.prices.flatMap((row) => describe(row, table.currency)).map(([item, price]) => html`<tr><td>${item}</td><td>${price}</td></tr>`)}
        </tbody>
      </table>`;
  }

  #limits(table: RateLimitTable) {
    return html`<h3>Rate limits</h3>
      <p class="muted">
        Sources: ${table.sources.map((source) => html`<a href=${source} rel="noopener">${source}</a> `)}, recorded
        ${table.effectiveDate}. A main account and its sub-accounts share them.
      </p>
      <table data-limits=${table.region}>
        <thead>
          <tr><th>Scope</th><th>Models</th><th>Free accounts</th><th>Paid accounts</th><th>Note</th></tr>
        </thead>
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
