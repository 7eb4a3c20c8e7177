import { html, nothing } from 'lit';
import type { CalculatorView } from './calculator-view.js';
import { planWords } from './plan-words.js';

/** The plan comparison: pay-as-you-go against each Token Plan tier for the job done `perDay` times a day. */
export function calculatorPlans(view: CalculatorView) {
  const { t, format, result } = view;
  const choice = result.state === 'priced' ? result.plans : undefined;
  if (!choice) return nothing;
  const words = planWords(t.$code);
  if (choice.state !== 'compared') {
    const text = choice.state === 'unpriced' ? words.unpriced(t.regions[choice.region]) : words.refused;
    return html`<p part="plans" class="notice plans-notice" role="status">${text}</p>`;
  }
  const { comparison, perDay } = choice;
  const money = (amount: string) => format.money(amount, comparison.currency);
  const number = (n: number) => format.number(n);
  const nonZero = (amount: string) => (amount === '0' ? undefined : money(amount));
  const cheapest = (option: string) =>
    comparison.cheapest === option ? html` <strong class="cheapest">${words.cheapest}</strong>` : nothing;
  return html`<section class="plans" aria-label=${words.heading(format.number(perDay))}>
    <table part="plans">
      <caption>${words.heading(format.number(perDay))}</caption>
      <thead>
        <tr>
          <th scope="col">${words.option}</th>
          <th scope="col">${words.fits}</th>
          <th scope="col" class="amount">${words.perMonth}</th>
        </tr>
      </thead>
      <tbody>
        <tr data-option="pay-as-you-go" ?data-cheapest=${comparison.cheapest === 'pay-as-you-go'}>
          <th scope="row">${words.payAsYouGo}${cheapest('pay-as-you-go')}</th>
          <td>—</td>
          <td class="amount">${money(comparison.payAsYouGo.perMonth)}</td>
        </tr>
        ${comparison.plans.map(
          (plan) => html`<tr data-option=${plan.tier} ?data-cheapest=${comparison.cheapest === plan.tier}>
            <th scope="row">${words.tiers[plan.tier]}${cheapest(plan.tier)}</th>
            <td>
              ${plan.fits ? words.yes : html`${words.no}<ul class="misses">${plan.misses.map((miss) => html`<li>${words.miss(miss, number)}</li>`)}</ul>`}
            </td>
            <td class="amount">
              ${money(plan.totalPerMonth)}
              <span class="hint">${
                plan.fits
                  ? words.price(money(plan.price))
                  : words.overflow(
                      nonZero(plan.overflow.credits.perMonth),
                      nonZero(plan.overflow.payAsYouGo.perMonth),
                    )
              }</span>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="hint">${words.assumptions}</p>
  </section>`;
}
