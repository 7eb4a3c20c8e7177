import {
  type Limits,
  type PricingTable,
  pricingTables,
  type RateLimitTable,
  type Region,
  rateLimitTables,
  tokenPlan,
} from '@minimax-kit/core';
import { html, nothing } from 'lit';
import { count } from '../format.ts';
import { Page } from './page.ts';
import { pricesCopy } from './prices-copy.ts';
import { inForce, priceEntries } from './prices-rows.ts';

export const tag = 'demo-prices';

const regions: Region[] = ['cn', 'global'];
const models = (row: { models?: readonly string[] | undefined }) => row.models?.join(', ') ?? '—';
const link = (url: string) => html`<a href=${url} rel="noopener">${url}</a> `;

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
    const p = pricesCopy();
    const entries = priceEntries(table, c, p, new Date().toISOString().slice(0, 10));
    return html`<h3>${c.payg(table.currency)}</h3>
      <p class="muted">${c.source(table.sourceKind === 'official')} ${link(table.sourceUrl)} ${c.recorded(table.effectiveDate)}</p>
      ${table.notes?.length ? html`<ul class="muted">${table.notes.map((note) => html`<li lang="en">${note}</li>`)}</ul>` : nothing}
      <p class="muted">${p.historyNote}</p>
      <table data-prices=${table.region}>
        <thead><tr><th>${c.what}</th><th>${c.price}</th><th>${p.inForce}</th><th>${p.source}</th><th>${c.note}</th></tr></thead>
        <tbody>
          ${entries.map(
            ({
              item,
              price,
              row,
              source,
              current,
            }) => html`<tr ?data-history=${!current} class=${current ? '' : 'muted'}>
              <td>${current ? item : p.earlier(item)}</td><td>${price}</td><td>${inForce(row, p)}</td>
              <td data-source-kind=${source.kind}>
                <a href=${source.url} rel="noopener">${p.sourceKinds[source.kind]}</a>, ${p.read(source.read)}
              </td>
              <td class="muted" lang="en">${row.note ?? ''}</td>
            </tr>`,
          )}
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
