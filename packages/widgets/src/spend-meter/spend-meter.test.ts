import { createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it } from 'vitest';
import { expectAccessible, looks, mount, screenshot } from '../__fixtures__/harness.js';
import './index.js';
import type { BudgetSnapshotLike, BudgetUsage, ObservableBudgets } from './budget-usage.js';
import type { MmSpendMeter, SpendThresholdDetail } from './spend-meter.js';

const minute = 60_000;
const t0 = Date.UTC(2026, 11, 2, 8);
const daily = (spent: string, extra: Partial<BudgetUsage> = {}): BudgetUsage => ({
  id: 'day:global',
  key: 'global',
  currency: 'USD',
  amount: '10',
  spent,
  reserved: '0.25',
  remaining: '7.25',
  per: 'day',
  calendar: false,
  ...extra,
});

/** A limiter's snapshot feed, driven by hand: `push` is what the limiter does after each decision. */
function feed(first: BudgetSnapshotLike) {
  let current = first;
  const listeners = new Set<(snapshot: BudgetSnapshotLike) => void>();
  const limiter: ObservableBudgets = {
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const push = (snapshot: BudgetSnapshotLike) => {
    current = snapshot;
    for (const listener of listeners) listener(snapshot);
  };
  return { limiter, push, listeners };
}

const meter = (attributes = '') => mount<MmSpendMeter>(`<mm-spend-meter ${attributes}></mm-spend-meter>`);
const text = (el: MmSpendMeter, part: string) =>
  el.shadowRoot?.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<mm-spend-meter>', () => {
  it('shows spent of the amount, reserved and remaining, every digit exact', async () => {
    const el = await meter();
    el.budgets = [daily('2.123456789', { reserved: '0.000000001', remaining: '7.87654321' })];
    await el.updateComplete;
    expect(text(el, 'label')).toBe('global · Last 24 hours');
    expect(text(el, 'value')).toBe('$2.123456789 of $10.00');
    expect(text(el, 'detail')).toBe('$0.000000001 reserved · $7.87654321 left');
    const bar = el.shadowRoot?.querySelector('[role="meter"]');
    expect(bar?.getAttribute('aria-valuetext')).toBe(
      '$2.123456789 spent and $0.000000001 reserved of $10.00, $7.87654321 left',
    );
    expect(text(el, 'forecast')).toBe('Measuring the burn rate…');
  });

  it('follows a limiter: the burn rate and a rolling window projected over the whole window', async () => {
    const { limiter, push, listeners } = feed({ at: t0, budgets: [daily('1')] });
    const el = await meter();
    el.limiter = limiter;
    await el.updateComplete;
    push({ at: t0 + 30 * minute, budgets: [daily('1.5')] });
    await el.updateComplete;
    // $0.5 in 30 minutes is $1 an hour; over a 24-hour window that is $24, past the $10 budget.
    expect(text(el, 'forecast')).toBe('$1.00 an hour · Over a full window: $24.00, over budget');
    expect(el.shadowRoot?.querySelector('[part="forecast"]')?.hasAttribute('data-over')).toBe(true);
    el.remove();
    expect(listeners.size).toBe(0);
  });

  it('projects a calendar period from what is spent to its reset', async () => {
    const resetsAt = t0 + 30 * minute + 4 * 60 * minute;
    const calendar = (spent: string) => daily(spent, { calendar: true, resetsAt });
    const { limiter, push } = feed({ at: t0, budgets: [calendar('1')] });
    const el = await meter();
    el.limiter = limiter;
    await el.updateComplete;
    push({ at: t0 + 30 * minute, budgets: [calendar('1.5')] });
    await el.updateComplete;
    // $1.5 now + 4 hours at $1 an hour = $5.50, within the budget.
    expect(text(el, 'forecast')).toBe('$1.00 an hour · By the reset: $5.50');
    expect(text(el, 'label')).toBe('global · Today');
    expect(text(el, 'detail')).toMatch(/^\$0\.25 reserved · \$7\.25 left · resets in /);
  });

  it('fires mm-spend-threshold once per level as spent plus reserved rises', async () => {
    const el = await meter();
    const events: SpendThresholdDetail[] = [];
    el.addEventListener('mm-spend-threshold', (event) => events.push(event.detail));
    el.budgets = [daily('7')]; // 7.25 of 10: below 80 %
    await el.updateComplete;
    el.budgets = [daily('7.75')]; // exactly 80 %
    await el.updateComplete;
    el.budgets = [daily('7.8')];
    await el.updateComplete;
    el.budgets = [daily('9.75')]; // 100 %
    await el.updateComplete;
    expect(events).toEqual([
      { level: 'warning', id: 'day:global', key: 'global', currency: 'USD', used: '8', amount: '10' },
      { level: 'critical', id: 'day:global', key: 'global', currency: 'USD', used: '10', amount: '10' },
    ]);
    expect(el.shadowRoot?.querySelector('.badge')?.textContent).toBe('Spent');
  });

  it('speaks Chinese, in yuan', async () => {
    const el = await meter('lang="zh-CN"');
    el.budgets = [daily('3', { currency: 'CNY', key: 'team:a', per: 'month', calendar: true })];
    await el.updateComplete;
    expect(text(el, 'label')).toBe('team:a · 本月');
    expect(text(el, 'value')).toBe('¥3.00 / ¥10.00');
    expect(text(el, 'forecast')).toBe('正在测算消耗速度…');
  });

  it('binds to a real limiter, whose snapshots carry budgets once it keeps any', async () => {
    const el = await meter();
    el.limiter = createLimiter({ region: 'global', tier: 'paid' });
    await el.updateComplete;
    expect(text(el, 'base')).toBe('No budgets yet.');
  });

  it('says when there are no budgets, and skips one whose amounts are not decimals', async () => {
    const el = await meter();
    expect(text(el, 'base')).toBe('No budgets yet.');
    el.budgets = [daily('NaN')];
    await el.updateComplete;
    expect(text(el, 'base')).toBe('No budgets yet.');
  });

  for (const { lang, theme } of looks) {
    it(`has no axe violations in ${lang}, ${theme} (screenshot saved)`, async () => {
      const { limiter, push } = feed({
        at: t0,
        budgets: [
          daily('1'),
          daily('40', {
            id: 'month:team',
            key: 'team:a',
            amount: '50',
            per: 'month',
            calendar: true,
            resetsAt: t0 + 86_400_000,
          }),
        ],
      });
      const el = await meter(`lang="${lang}" theme="${theme}"`);
      el.limiter = limiter;
      await el.updateComplete;
      push({
        at: t0 + 30 * minute,
        budgets: [
          daily('1.5'),
          daily('47.6', {
            id: 'month:team',
            key: 'team:a',
            amount: '50',
            per: 'month',
            calendar: true,
            resetsAt: t0 + 86_400_000,
          }),
        ],
      });
      await el.updateComplete;
      await expectAccessible(el);
      await screenshot(el, `spend-meter-${lang}-${theme}`);
    });
  }
});
