import type { TokenPlanRemains } from '@minimax-kit/core';
import '@minimax-kit/widgets/quota-meter';
import '@minimax-kit/widgets/rate-gauge';
import { html, nothing } from 'lit';
import { mode } from '../mode.ts';
import { type Simulation, type SimulationOptions, startSimulation } from '../simulator/simulation.ts';
import { controlsForm } from './limits-controls.ts';
import { outcomeTable } from './limits-outcome.ts';
import { spendCard } from './limits-spend.ts';
import { Page } from './page.ts';

export const tag = 'demo-limits';

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
          ${sim ? outcomeTable(sim, c) : html`<p class="muted">${c.startHint}</p>`}
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
    return controlsForm(this.copy.limits, this.options, this.running, {
      set: (key, value) => this.#set(key, value),
      toggle: () => (this.running ? this.#stop() : this.#start()),
    });
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
