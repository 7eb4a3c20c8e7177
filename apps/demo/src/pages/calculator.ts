import { tokenPlan } from '@minimax-kit/core';
import '@minimax-kit/widgets/cost-calculator';
import type { EstimateChangeDetail } from '@minimax-kit/widgets/cost-calculator';
import { html } from 'lit';
import { Page } from './page.ts';

export const tag = 'demo-calculator';

const windowSizes = tokenPlan.reportedQuotas.filter((quota) => quota.region === 'cn');

/** What a job costs: the cost calculator, and what its Token Plan equivalent means. */
class CalculatorPage extends Page {
  static override properties = { estimate: { state: true } };
  declare estimate: EstimateChangeDetail | undefined;

  override render() {
    return html`<h1>What will it cost?</h1>
      <p class="lead">
        MiniMax bills pay-as-you-go work per million tokens (text), per 10,000 billing characters (speech, where a
        Chinese character counts twice), per clip (video, by model, mode, resolution and length), per image, per song
        and per voice. Mainland China prices are in CNY; international prices are in USD and published only for some
        text models — the calculator never converts between them. A Token Plan instead counts weighted requests in a
        ${tokenPlan.textWindowHours}-hour window: one text call is one request, an image ${tokenPlan.image.requests}, a
        6-second 768P Hailuo-2.3 clip 4,500.
      </p>
      <div class="columns">
        <mm-cost-calculator name="estimate" @mm-estimate-change=${(
          event: CustomEvent<EstimateChangeDetail>,
        ) => {
          this.estimate = event.detail;
        }}></mm-cost-calculator>
        <section class="card" aria-labelledby="plan-heading">
          <h2 id="plan-heading">On a Token Plan</h2>
          ${this.#plan()}
        </section>
      </div>`;
  }

  #plan() {
    const estimate = this.estimate;
    if (estimate?.state !== 'priced') return html`<p class="muted">Enter a job to compare.</p>`;
    const requests = estimate.planRequests;
    if (requests === undefined)
      return html`<p>A Token Plan does not cover this work; it is billed pay-as-you-go (or from Credits).</p>`;
    const worth = html`<p>The same work is worth <strong data-plan-requests>${requests.toLocaleString()}</strong> plan requests.</p>`;
    // Only text draws on the 5-hour window; other work draws on daily quotas.
    if (estimate.usage.kind !== 'text')
      return html`${worth}<p class="muted">It draws on the plan's daily quota for the model.</p>`;
    return html`${worth}
      <table>
        <thead><tr><th>Plan (mainland China)</th><th class="num">Requests per window</th><th class="num">Share of one window</th></tr></thead>
        <tbody>
          ${windowSizes.map(
            (quota) => html`<tr>
              <td>${quota.tier}</td>
              <td class="num">${quota.windowRequests.toLocaleString()}</td>
              <td class="num">${((requests / quota.windowRequests) * 100).toFixed(1)} %</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="muted">
        Window sizes as reported by third parties; your own are in <code>/v1/token_plan/remains</code> — see
        <a href="#/limits">Limits &amp; quota</a>.
      </p>`;
  }
}

customElements.define(tag, CalculatorPage);
