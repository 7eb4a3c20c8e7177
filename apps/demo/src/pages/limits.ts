import type { AccountTier, PlanTier, Region, TokenPlanRemains } from '@minimax-kit/core';
import '@minimax-kit/widgets/quota-meter';
import '@minimax-kit/widgets/rate-gauge';
import { html, nothing } from 'lit';
import { count } from '../format.ts';
import { mode } from '../mode.ts';
import { type Simulation, type SimulationOptions, startSimulation } from '../simulator/simulation.ts';
import { maxOutstanding } from '../simulator/traffic.ts';
import { type Workload, workloads } from '../simulator/workloads.ts';
import { spendCard } from './limits-spend.ts';
import { Page } from './page.ts';

export const tag = 'demo-limits';

const regions: Region[] = ['cn', 'global'];
const tiers: AccountTier[] = ['paid', 'free'];
const plans: (PlanTier | 'none')[] = ['none', 'starter', 'plus', 'max', 'ultra'];
// Faster clocks would magnify latency jitter past the limiter's guard (see the simulation).
const speeds = [1, 10];

/** A traffic simulator against the in-browser mock: every limit at once, with and without the limiter. */
class LimitsPage extends Page {
  static override properties = {
    options: { state: true },
    running: { state: true },
    remains: { state: true },
    accountRemains: { state: true },
    accountError: { state: true },
  };
  declare options: SimulationOptions;
  declare running: boolean;
  declare remains: TokenPlanRemains | undefined;
  declare accountRemains: unknown;
  declare accountError: string | undefined;

  #simulation: Simulation | undefined;
  #poll: ReturnType<typeof setInterval> | undefined;
  #redraw: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.options = {
      region: 'cn',
      tier: 'paid',
      plan: 'none',
      mix: ['text', 'speech', 'image', 'music'],
      load: 3,
      limiter: true,
      speed: 10,
      budget: '200',
    };
    this.running = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  async #start() {
    this.#stop();
    this.running = true;
    const simulation = await startSimulation(this.options, () => this.#changed());
    if (!this.running) return simulation.stop(); // stopped while it started
    this.#simulation = simulation;
    const refresh = async () => {
      this.remains = await simulation.remains();
    };
    await refresh();
    this.#poll = setInterval(refresh, 1000);
    this.requestUpdate();
  }

  #stop() {
    this.#simulation?.stop();
    clearInterval(this.#poll);
    this.running = false;
  }

  /** Counters change with every response: draw them a few times a second, not on each. */
  #changed() {
    this.#redraw ??= setTimeout(() => {
      this.#redraw = undefined;
      this.requestUpdate();
    }, 250);
  }

  #set<K extends keyof SimulationOptions>(key: K, value: SimulationOptions[K]) {
    this.options = { ...this.options, [key]: value };
    // A running simulation starts over with the new settings, its counters from zero.
    if (this.running) this.#start();
  }

  override render() {
    const c = this.copy.limits;
    const sim = this.#simulation;
    return html`<h1>${c.heading}</h1>
      <p class="lead">${c.lead}</p>
      ${this.#controls()}
      <div class="columns">
        <section class="card" aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">${c.outcome}</h2>
          ${sim ? this.#outcome(sim) : html`<p class="muted">${c.startHint}</p>`}
        </section>
        <section class="card" aria-labelledby="gauge-heading">
          <h2 id="gauge-heading">${c.gauge}</h2>
          ${
            sim?.options.limiter
              ? html`<mm-rate-gauge theme=${this.theme} .limiter=${sim.limiter}></mm-rate-gauge>`
              : html`<p class="muted">${sim ? c.limiterOff : c.notRunning}</p>`
          }
        </section>
        <section class="card" aria-labelledby="quota-heading">
          <h2 id="quota-heading">${c.quota}</h2>
          ${this.options.plan === 'none' ? html`<p class="muted">${c.paygQuota}</p>` : html`<mm-quota-meter theme=${this.theme} .remains=${this.remains}></mm-quota-meter>`}
        </section>
        ${spendCard(sim, c, this.theme)}
      </div>
      ${mode.real ? this.#account() : nothing}`;
  }

  #controls() {
    const c = this.copy.limits;
    const o = this.options;
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    return html`<form class="card controls" aria-label=${c.settings} @submit=${(e: Event) => e.preventDefault()}>
      <label>${c.region}
        <select name="region" @change=${(e: Event) => this.#set('region', value(e) as Region)}>
          ${regions.map((region) => html`<option value=${region} ?selected=${o.region === region}>${c.regions[region]}</option>`)}
        </select>
      </label>
      <label>${c.tier}
        <select name="tier" @change=${(e: Event) => this.#set('tier', value(e) as AccountTier)}>
          ${tiers.map((tier) => html`<option value=${tier} ?selected=${o.tier === tier}>${c.tiers[tier]}</option>`)}
        </select>
      </label>
      <label>${c.plan}
        <select name="plan" @change=${(e: Event) => this.#set('plan', value(e) as PlanTier | 'none')}>
          ${plans.map((plan) => html`<option value=${plan} ?selected=${o.plan === plan}>${plan === 'none' ? c.payg : c.tokenPlan(plan)}</option>`)}
        </select>
      </label>
      <label>${c.load}
        <input name="load" type="number" min="0.5" max="5" step="0.5" .value=${String(o.load)}
          @change=${(e: Event) => this.#set('load', Math.min(5, Math.max(0.5, Number(value(e)) || 1)))} />
      </label>
      <label>${c.budget(o.region === 'cn' ? 'CNY' : 'USD')}
        <input name="budget" inputmode="decimal" .value=${o.budget}
          @change=${(e: Event) => this.#set('budget', /^\d+(\.\d+)?$/.test(value(e).trim()) && Number(value(e)) > 0 ? value(e).trim() : '')} />
      </label>
      <label>${c.clock}
        <select name="speed" @change=${(e: Event) => this.#set('speed', Number(value(e)))}>
          ${speeds.map((speed) => html`<option value=${speed} ?selected=${o.speed === speed}>${speed === 1 ? c.realTime : c.faster(speed)}</option>`)}
        </select>
      </label>
      <fieldset class="row">
        <legend>${c.requests}</legend>
        ${(Object.keys(workloads) as Workload[]).map(
          (
            workload,
          ) => html`<label class="row"><input type="checkbox" name="mix" value=${workload} .checked=${o.mix.includes(workload)}
            @change=${(e: Event) => this.#set('mix', (e.target as HTMLInputElement).checked ? [...o.mix, workload] : o.mix.filter((w) => w !== workload))} />
            ${c.workloads[workload]}</label>`,
        )}
      </fieldset>
      <label class="row"><input type="checkbox" name="limiter" .checked=${o.limiter} @change=${(e: Event) => this.#set('limiter', (e.target as HTMLInputElement).checked)} /> ${c.limiterOn}</label>
      <button type="button" class="primary" @click=${() => (this.running ? this.#stop() : this.#start())}>${this.running ? c.stop : c.start}</button>
    </form>`;
  }

  #outcome(sim: Simulation) {
    const c = this.copy.limits;
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

  #account() {
    const c = this.copy.limits;
    return html`<section class="card" aria-labelledby="account-heading">
      <h2 id="account-heading">${c.account}</h2>
      <button type="button" @click=${async () => {
        try {
          const { playground } = await import('../minimax.ts');
          this.accountRemains = await (await playground()).client.quota.retrieve();
          this.accountError = undefined;
        } catch (error) {
          this.accountError = error instanceof Error ? error.message : String(error);
        }
      }}>${c.readQuota}</button>
      ${this.accountError ? html`<p class="error">${this.accountError}</p>` : nothing}
      ${this.accountRemains ? html`<mm-quota-meter theme=${this.theme} .remains=${this.accountRemains}></mm-quota-meter>` : nothing}
    </section>`;
  }
}

customElements.define(tag, LimitsPage);
