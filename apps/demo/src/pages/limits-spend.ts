import '@minimax-kit/widgets/spend-meter';
import { html, type nothing } from 'lit';
import type { Copy } from '../copy/copy.ts';
import { count, money } from '../format.ts';
import type { Simulation } from '../simulator/simulation.ts';

/** Offers the ledger's records as a CSV file. */
function download(sim: Simulation): void {
  const url = URL.createObjectURL(new Blob([sim.ledger.toCSV()], { type: 'text/csv' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'minimax-calls.csv' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}

/** The simulator's money: the limiter's budget, spent and reserved, and the ledger of every call. */
export function spendCard(sim: Simulation | undefined, c: Copy['limits'], theme: string | typeof nothing) {
  const body = () => {
    if (!sim) return html`<p class="muted">${c.notRunning}</p>`;
    if (!sim.options.limiter) return html`<p class="muted">${c.limiterOff}</p>`;
    const totals = sim.ledger.totals({ by: 'model' });
    return html`<mm-spend-meter theme=${theme} .limiter=${sim.limiter}></mm-spend-meter>
      <div class="scroll" tabindex="0" role="region" aria-label=${c.ledger}><table>
        <thead><tr><th>${c.model}</th><th class="num">${c.calls}</th><th class="num">${c.spend}</th></tr></thead>
        <tbody>
          ${totals.map(
            (t) => html`<tr>
              <td>${t.group || '—'}</td>
              <td class="num">${count(t.calls)}</td>
              <td class="num">${Object.entries(t.spend).map(([currency, amount]) => money(amount, currency))}</td>
            </tr>`,
          )}
        </tbody>
      </table></div>
      <button type="button" ?disabled=${totals.length === 0} @click=${() => download(sim)}>${c.csv}</button>`;
  };
  return html`<section class="card" aria-labelledby="spend-heading">
    <h2 id="spend-heading">${c.spending}</h2>
    <p class="muted">${c.spendLead}</p>
    ${body()}
  </section>`;
}
