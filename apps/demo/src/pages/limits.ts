import type { AccountTier, PlanTier, Region, TokenPlanRemains } from '@minimax-kit/core';
import '@minimax-kit/widgets/quota-meter';
import '@minimax-kit/widgets/rate-gauge';
import { html, nothing } from 'lit';
import { mode } from '../mode.ts';
import {
  maxOutstanding,
  type Simulation,
  type SimulationOptions,
  startSimulation,
  type Workload,
  workloads,
} from '../simulator/simulation.ts';
import { Page } from './page.ts';

export const tag = 'demo-limits';

const plans: (PlanTier | 'none')[] = ['none', 'starter', 'plus', 'max', 'ultra'];
const speeds = [1, 10, 60];

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
  #frame = 0;

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

  /** Counters change with every response: draw them once a frame. */
  #changed() {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.requestUpdate();
    });
  }

  #set<K extends keyof SimulationOptions>(key: K, value: SimulationOptions[K]) {
    this.options = { ...this.options, [key]: value };
    // A running simulation starts over with the new settings, its counters from zero.
    if (this.running) this.#start();
  }

  override render() {
    const sim = this.#simulation;
    return html`<h1>Limits &amp; quota</h1>
      <p class="lead">
        A traffic simulator: the client sends a mix of requests at a multiple of MiniMax's documented limits to
        <code>@minimax-kit/mock</code> in this tab, which enforces them as MiniMax does. With
        <code>@minimax-kit/limiter</code> on, requests wait for room and the server never says no; with it off,
        rejections climb. The mock's clock runs faster so that minutes pass in seconds.
      </p>
      ${this.#controls()}
      <div class="columns">
        <section class="card" aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">Outcome</h2>
          ${sim ? this.#outcome(sim) : html`<p class="muted">Start the simulator to see requests flow.</p>`}
        </section>
        <section class="card" aria-labelledby="gauge-heading">
          <h2 id="gauge-heading">Rate limits, live</h2>
          ${
            sim?.options.limiter
              ? html`<mm-rate-gauge .limiter=${sim.limiter}></mm-rate-gauge>`
              : html`<p class="muted">${sim ? 'The limiter is off: nothing counts before the server does.' : 'Not running.'}</p>`
          }
        </section>
        <section class="card" aria-labelledby="quota-heading">
          <h2 id="quota-heading">Token Plan quota</h2>
          ${
            this.options.plan === 'none'
              ? html`<p class="muted">Pay-as-you-go: choose a plan to see its window, weekly cap and daily quotas.</p>`
              : html`<mm-quota-meter .remains=${this.remains}></mm-quota-meter>`
          }
        </section>
      </div>
      ${mode.real ? this.#account() : nothing}`;
  }

  #controls() {
    const o = this.options;
    return html`<form class="card controls" aria-label="Simulator settings" @submit=${(e: Event) => e.preventDefault()}>
      <label>Region
        <select name="region" @change=${(e: Event) => this.#set('region', (e.target as HTMLSelectElement).value as Region)}>
          <option value="cn" ?selected=${o.region === 'cn'}>Mainland China</option>
          <option value="global" ?selected=${o.region === 'global'}>International</option>
        </select>
      </label>
      <label>Account tier
        <select name="tier" @change=${(e: Event) => this.#set('tier', (e.target as HTMLSelectElement).value as AccountTier)}>
          <option value="paid" ?selected=${o.tier === 'paid'}>Paid</option>
          <option value="free" ?selected=${o.tier === 'free'}>Free</option>
        </select>
      </label>
      <label>Plan
        <select name="plan" @change=${(e: Event) => this.#set('plan', (e.target as HTMLSelectElement).value as PlanTier | 'none')}>
          ${plans.map((plan) => html`<option value=${plan} ?selected=${o.plan === plan}>${plan === 'none' ? 'Pay-as-you-go' : `Token Plan ${plan}`}</option>`)}
        </select>
      </label>
      <label>Load (× the limits)
        <input name="load" type="number" min="0.5" max="5" step="0.5" .value=${String(o.load)}
          @change=${(e: Event) => this.#set('load', Math.min(5, Math.max(0.5, Number((e.target as HTMLInputElement).value) || 1)))} />
      </label>
      <label>Clock
        <select name="speed" @change=${(e: Event) => this.#set('speed', Number((e.target as HTMLSelectElement).value))}>
          ${speeds.map((speed) => html`<option value=${speed} ?selected=${o.speed === speed}>${speed === 1 ? 'real time' : `${speed}× faster`}</option>`)}
        </select>
      </label>
      <fieldset class="row">
        <legend>Requests</legend>
        ${(Object.keys(workloads) as Workload[]).map(
          (
            workload,
          ) => html`<label class="row"><input type="checkbox" name="mix" value=${workload} .checked=${o.mix.includes(workload)}
            @change=${(e: Event) => this.#set('mix', (e.target as HTMLInputElement).checked ? [...o.mix, workload] : o.mix.filter((w) => w !== workload))} />
            ${workloads[workload].label}</label>`,
        )}
      </fieldset>
      <label class="row"><input type="checkbox" name="limiter" .checked=${o.limiter} @change=${(e: Event) => this.#set('limiter', (e.target as HTMLInputElement).checked)} /> Limiter on</label>
      <button type="button" class="primary" @click=${() => (this.running ? this.#stop() : this.#start())}>${this.running ? 'Stop' : 'Start'}</button>
    </form>`;
  }

  #outcome(sim: Simulation) {
    const rows = Object.entries(sim.stats) as [Workload, Simulation['stats'][Workload]][];
    const total = (key: 'done' | 'rejected' | 'failed' | 'shed') =>
      rows.reduce((sum, [, s]) => sum + s[key], 0);
    const rejected = total('rejected');
    const queued = sim.options.limiter ? sim.limiter.snapshot().queued : 0;
    return html`<div class="row">
        <div><div class="stat ${rejected ? 'bad' : 'good'}" data-rejections=${rejected}>${rejected.toLocaleString()}</div><div class="muted">server rejections</div></div>
        <div><div class="stat" data-done=${total('done')}>${total('done').toLocaleString()}</div><div class="muted">completed</div></div>
        <div><div class="stat">${queued.toLocaleString()}</div><div class="muted">waiting in the limiter</div></div>
      </div>
      <div class="scroll"><table>
        <thead><tr><th>Requests</th><th class="num">Sent/min</th><th class="num">Done</th><th class="num">Rejected</th><th class="num">Errors</th><th class="num">Shed</th></tr></thead>
        <tbody>
          ${rows.map(
            ([workload, s]) => html`<tr>
            <td>${workloads[workload].label}</td>
            <td class="num">${Math.round(sim.rates[workload]).toLocaleString()}</td>
            <td class="num">${s.done.toLocaleString()}</td>
            <td class="num">${s.rejected.toLocaleString()}</td>
            <td class="num" title=${s.lastError ?? ''}>${s.failed.toLocaleString()}</td>
            <td class="num">${s.shed.toLocaleString()}</td>
          </tr>`,
          )}
        </tbody>
      </table></div>
      <p class="muted">Shed: not sent because ${maxOutstanding} of its kind were already waiting or running. The last error: ${rows.find(([, s]) => s.lastError)?.[1].lastError ?? 'none'}.</p>`;
  }

  #account() {
    return html`<section class="card" aria-labelledby="account-heading">
      <h2 id="account-heading">Your Token Plan (real MiniMax)</h2>
      <button type="button" @click=${async () => {
        try {
          const { playground } = await import('../minimax.ts');
          this.accountRemains = await (await playground()).client.quota.retrieve();
          this.accountError = undefined;
        } catch (error) {
          this.accountError = error instanceof Error ? error.message : String(error);
        }
      }}>Read my quota</button>
      ${this.accountError ? html`<p class="error">${this.accountError}</p>` : nothing}
      ${this.accountRemains ? html`<mm-quota-meter .remains=${this.accountRemains}></mm-quota-meter>` : nothing}
    </section>`;
  }
}

customElements.define(tag, LimitsPage);
