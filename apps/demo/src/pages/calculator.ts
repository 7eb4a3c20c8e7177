import { tokenPlan } from '@minimax-kit/core';
import '@minimax-kit/widgets/cost-calculator';
import type { EstimateChangeDetail } from '@minimax-kit/widgets/cost-calculator';
import { html } from 'lit';
import { count } from '../format.ts';
import { Page } from './page.ts';

export const tag = 'demo-calculator';

const windowSizes = tokenPlan.reportedQuotas.filter((quota) => quota.region === 'cn');

/** What a job costs: the cost calculator, and what its Token Plan equivalent means. */
class CalculatorPage extends Page {
  static override properties = { estimate: { state: true } };
  declare estimate: EstimateChangeDetail | undefined;

  override render() {
    const c = this.copy.calculator;
    return html`<h1>${c.heading}</h1>
      <p class="lead">${c.lead(tokenPlan.textWindowHours, tokenPlan.image.requests)}</p>
      <div class="columns">
        <mm-cost-calculator name="estimate" theme=${this.theme} @mm-estimate-change=${(
          event: CustomEvent<EstimateChangeDetail>,
        ) => {
          this.estimate = event.detail;
        }}></mm-cost-calculator>
        <section class="card" aria-labelledby="plan-heading">
          <h2 id="plan-heading">${c.planHeading}</h2>
          ${this.#plan()}
        </section>
      </div>`;
  }

  #plan() {
    const c = this.copy.calculator;
    const estimate = this.estimate;
    if (estimate?.state !== 'priced') return html`<p class="muted">${c.enterJob}</p>`;
    const requests = estimate.planRequests;
    if (requests === undefined) return html`<p>${c.notCovered}</p>`;
    const worth = html`<p data-plan-requests=${requests}>${c.worth(count(requests))}</p>`;
    // Only text draws on the 5-hour window; other work draws on daily quotas.
    if (estimate.usage.kind !== 'text') return html`${worth}<p class="muted">${c.daily}</p>`;
    return html`${worth}
      <table>
        <thead><tr><th>${c.plan}</th><th class="num">${c.perWindow}</th><th class="num">${c.share}</th></tr></thead>
        <tbody>
          ${windowSizes.map(
            (quota) => html`<tr>
              <td>${quota.tier}</td>
              <td class="num">${count(quota.windowRequests)}</td>
              <td class="num">${((requests / quota.windowRequests) * 100).toFixed(1)} %</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="muted">${c.reported} <a href="#/limits">${c.seeLimits}</a>.</p>`;
  }
}

customElements.define(tag, CalculatorPage);
