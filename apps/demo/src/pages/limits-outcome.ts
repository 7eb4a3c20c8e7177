import { html } from 'lit';
import type { Copy } from '../copy/copy.ts';
import { count } from '../format.ts';
import type { Simulation } from '../simulator/simulation.ts';
import { maxOutstanding } from '../simulator/traffic.ts';
import type { Workload } from '../simulator/workloads.ts';

/** What happened to the simulator's requests: totals, and each workload's counts beside its rate. */
export function outcomeTable(sim: Simulation, c: Copy['limits']) {
  const rows = Object.entries(sim.stats) as [Workload, Simulation['stats'][Workload]][];
  const total = (key: 'done' | 'rejected') => rows.reduce((sum, [, s]) => sum + s[key], 0);
  const rejected = total('rejected');
  const queued = sim.options.limiter ? sim.limiter.snapshot().queued : 0;
  return html`<div class="row stats">
      <div><div class="stat ${rejected ? 'bad' : 'good'}" data-rejections=${rejected}>${count(rejected)}</div><div class="muted">${c.rejections}</div></div>
      <div><div class="stat" data-done=${total('done')}>${count(total('done'))}</div><div class="muted">${c.completed}</div></div>
      <div><div class="stat">${count(queued)}</div><div class="muted">${c.waiting}</div></div>
    </div>
    <div class="scroll" tabindex="0" role="region" aria-label=${c.requests}><table>
      <thead><tr><th>${c.requests}</th><th class="num">${c.sentPerMinute}</th><th class="num">${c.done}</th><th class="num">${c.rejected}</th><th class="num">${c.overBudget}</th><th class="num">${c.errors}</th><th class="num">${c.shed}</th></tr></thead>
      <tbody>
        ${rows.map(
          ([workload, s]) => html`<tr>
          <td>${c.workloads[workload]}</td>
          <td class="num">${count(Math.round(sim.rates[workload]))}</td>
          <td class="num">${count(s.done)}</td>
          <td class="num">${count(s.rejected)}</td>
          <td class="num">${count(s.overBudget)}</td>
          <td class="num" title=${s.lastError ?? ''}>${count(s.failed)}</td>
          <td class="num">${count(s.shed)}</td>
        </tr>`,
        )}
      </tbody>
    </table></div>
    <p class="muted">${c.shedNote(maxOutstanding, rows.find(([, s]) => s.lastError)?.[1].lastError ?? c.none)}</p>`;
}
