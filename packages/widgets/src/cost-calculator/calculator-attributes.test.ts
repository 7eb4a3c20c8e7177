import { estimateCost } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { mount } from '../__fixtures__/harness.js';
import './index.js';
import type { MmCostCalculator } from './cost-calculator.js';

const calculator = (attributes: string) =>
  mount<MmCostCalculator>(`<mm-cost-calculator ${attributes}></mm-cost-calculator>`);
const text = (el: MmCostCalculator) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const selected = (el: MmCostCalculator) =>
  el.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]')?.id;

describe('<mm-cost-calculator> attributes it does not know', () => {
  it('snaps an unknown region to the first, China, as it does a model', async () => {
    const el = await calculator('region="mars" kind="text"');
    expect(el.region).toBe('cn');
    expect(el.getAttribute('region')).toBe('cn');
    expect(selected(el)).toBe('tab-text');
    expect(el.estimate).toMatchObject({ state: 'priced', cost: { currency: 'CNY' } });
    expect(text(el)).not.toContain('undefined');
    expect(text(el)).not.toContain('publishes no');
  });

  it('snaps an unknown kind to the first tab, text', async () => {
    const el = await calculator('region="global" kind="hologram"');
    expect(el.kind).toBe('text');
    expect(el.getAttribute('kind')).toBe('text');
    expect(selected(el)).toBe('tab-text');
    expect(el.estimate).toMatchObject({ state: 'priced', cost: { currency: 'USD' } });
    expect(text(el)).not.toContain('undefined');
    el.kind = 'speech';
    el.setAttribute('kind', 'smell');
    await el.updateComplete;
    expect(el.kind).toBe('text');
  });

  it('snaps an unknown speech mode, speech input or service tier to the first', async () => {
    const el = await calculator('kind="speech" speech-mode="loud" speech-input="telepathy"');
    expect([el.speechMode, el.speechInput]).toEqual(['sync', 'text']);
    el.text = 'MiniMax';
    await el.updateComplete;
    expect(el.estimate.state).toBe('priced');
    const m3 = await calculator('region="global" kind="text" model="MiniMax-M3" service-tier="urgent"');
    expect(m3.serviceTier).toBe('standard');
    expect(m3.estimate.state).toBe('priced');
  });
});

describe('<mm-cost-calculator> counts', () => {
  const oneRequest = 'kind="text" model="MiniMax-M2.7" input-tokens="1000" output-tokens="10"';

  it('says "1 request", singular, in English', async () => {
    const el = await calculator(oneRequest);
    expect(el.estimate).toMatchObject({ state: 'priced', planRequests: 1 });
    expect(el.shadowRoot?.querySelector('.plan')?.textContent).toBe('On a Token Plan: 1 request');
    const cost = estimateCost({ kind: 'text', model: 'MiniMax-M2.7', inputTokens: 1000, outputTokens: 10 });
    expect(el.estimate).toMatchObject({ cost: { total: cost.total } });
  });

  it('says it in Chinese without a plural', async () => {
    const el = await calculator(`lang="zh-CN" ${oneRequest}`);
    expect(el.shadowRoot?.querySelector('.plan')?.textContent).toBe('按 Token Plan 计：1 次请求');
  });

  it('counts one billing character in the singular', async () => {
    const el = await calculator('kind="speech" text="a"');
    expect(el.shadowRoot?.querySelector('#text-count')?.textContent?.trim()).toBe('1 billing character');
    el.text = 'a字';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('#text-count')?.textContent?.trim()).toBe(
      '3 billing characters (1 Chinese character counts 2)',
    );
  });
});
