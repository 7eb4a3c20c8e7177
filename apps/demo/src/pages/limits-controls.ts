import type { AccountTier, PlanTier, Region } from '@minimax-kit/core';
import { html } from 'lit';
import type { Copy } from '../copy/copy.ts';
import type { SimulationOptions } from '../simulator/simulation.ts';
import { type Workload, workloads } from '../simulator/workloads.ts';

const regions: Region[] = ['cn', 'global'];
const tiers: AccountTier[] = ['paid', 'free'];
const plans: (PlanTier | 'none')[] = ['none', 'starter', 'plus', 'max', 'ultra'];
// Faster clocks would magnify latency jitter past the limiter's guard (see the simulation).
const speeds = [1, 10];

/** Changes one of the simulation's settings. */
export type SetOption = <K extends keyof SimulationOptions>(key: K, value: SimulationOptions[K]) => void;

/** The simulator's settings, each change passed to `on.set`, and its start / stop button. */
export function controlsForm(
  c: Copy['limits'],
  o: SimulationOptions,
  running: boolean,
  on: { set: SetOption; toggle(): void },
) {
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<form class="card controls" aria-label=${c.settings} @submit=${(e: Event) => e.preventDefault()}>
    <label>${c.region}
      <select name="region" @change=${(e: Event) => on.set('region', value(e) as Region)}>
        ${regions.map((region) => html`<option value=${region} ?selected=${o.region === region}>${c.regions[region]}</option>`)}
      </select>
    </label>
    <label>${c.tier}
      <select name="tier" @change=${(e: Event) => on.set('tier', value(e) as AccountTier)}>
        ${tiers.map((tier) => html`<option value=${tier} ?selected=${o.tier === tier}>${c.tiers[tier]}</option>`)}
      </select>
    </label>
    <label>${c.plan}
      <select name="plan" @change=${(e: Event) => on.set('plan', value(e) as PlanTier | 'none')}>
        ${plans.map((plan) => html`<option value=${plan} ?selected=${o.plan === plan}>${plan === 'none' ? c.payg : c.tokenPlan(plan)}</option>`)}
      </select>
    </label>
    <label>${c.load}
      <input name="load" type="number" min="0.5" max="5" step="0.5" .value=${String(o.load)}
        @change=${(e: Event) => on.set('load', Math.min(5, Math.max(0.5, Number(value(e)) || 1)))} />
    </label>
    <label>${c.budget(o.region === 'cn' ? 'CNY' : 'USD')}
      <input name="budget" inputmode="decimal" .value=${o.budget}
        @change=${(e: Event) => on.set('budget', /^\d+(\.\d+)?$/.test(value(e).trim()) && Number(value(e)) > 0 ? value(e).trim() : '')} />
    </label>
    <label>${c.clock}
      <select name="speed" @change=${(e: Event) => on.set('speed', Number(value(e)))}>
        ${speeds.map((speed) => html`<option value=${speed} ?selected=${o.speed === speed}>${speed === 1 ? c.realTime : c.faster(speed)}</option>`)}
      </select>
    </label>
    <fieldset class="row">
      <legend>${c.requests}</legend>
      ${(Object.keys(workloads) as Workload[]).map(
        (
          workload,
        ) => html`<label class="row"><input type="checkbox" name="mix" value=${workload} .checked=${o.mix.includes(workload)}
          @change=${(e: Event) => on.set('mix', (e.target as HTMLInputElement).checked ? [...o.mix, workload] : o.mix.filter((w) => w !== workload))} />
          ${c.workloads[workload]}</label>`,
      )}
    </fieldset>
    <label class="row"><input type="checkbox" name="limiter" .checked=${o.limiter} @change=${(e: Event) => on.set('limiter', (e.target as HTMLInputElement).checked)} /> ${c.limiterOn}</label>
    <button type="button" class="primary" @click=${() => on.toggle()}>${running ? c.stop : c.start}</button>
  </form>`;
}
