import type { BudgetUsage } from './budget-usage.js';

/** The spend meter's words, in both languages. */
export interface SpendWords {
  spendMeter: string;
  noBudgets: string;
  /** A calendar period ("today") or a rolling window ("last 24 hours"). */
  period: (per: BudgetUsage['per'], calendar: boolean) => string;
  spentOf: (spent: string, amount: string) => string;
  valueText: (spent: string, reserved: string, remaining: string, amount: string) => string;
  reserved: (amount: string) => string;
  remaining: (amount: string) => string;
  resetsIn: (time: string) => string;
  burnRate: (perHour: string) => string;
  measuring: string;
  /** The projection to the period's end; `over` when it passes the amount. */
  projected: (amount: string, calendar: boolean, over: boolean) => string;
  levels: { warning: string; critical: string };
  usedUp: string;
}

const en: SpendWords = {
  spendMeter: 'Spend against budgets',
  noBudgets: 'No budgets yet.',
  period: (per, calendar) =>
    calendar
      ? { hour: 'This hour', day: 'Today', week: 'This week', month: 'This month' }[per]
      : { hour: 'Last hour', day: 'Last 24 hours', week: 'Last 7 days', month: 'Last 30 days' }[per],
  spentOf: (spent, amount) => `${spent} of ${amount}`,
  valueText: (spent, reserved, remaining, amount) =>
    `${spent} spent and ${reserved} reserved of ${amount}, ${remaining} left`,
  reserved: (amount) => `${amount} reserved`,
  remaining: (amount) => `${amount} left`,
  resetsIn: (time) => `resets in ${time}`,
  burnRate: (perHour) => `${perHour} an hour`,
  measuring: 'Measuring the burn rate…',
  projected: (amount, calendar, over) =>
    `${calendar ? 'By the reset' : 'Over a full window'}: ${amount}${over ? ', over budget' : ''}`,
  levels: { warning: 'Running low', critical: 'Almost spent' },
  usedUp: 'Spent',
};

const zhCN: SpendWords = {
  spendMeter: '预算花费',
  noBudgets: '暂无预算。',
  period: (per, calendar) =>
    calendar
      ? { hour: '本小时', day: '今天', week: '本周', month: '本月' }[per]
      : { hour: '最近 1 小时', day: '最近 24 小时', week: '最近 7 天', month: '最近 30 天' }[per],
  spentOf: (spent, amount) => `${spent} / ${amount}`,
  valueText: (spent, reserved, remaining, amount) =>
    `预算 ${amount}，已花 ${spent}，预留 ${reserved}，剩余 ${remaining}`,
  reserved: (amount) => `预留 ${amount}`,
  remaining: (amount) => `剩余 ${amount}`,
  resetsIn: (time) => `${time}后重置`,
  burnRate: (perHour) => `每小时 ${perHour}`,
  measuring: '正在测算消耗速度…',
  projected: (amount, calendar, over) =>
    `${calendar ? '到重置时' : '整个窗口'}预计：${amount}${over ? '，超出预算' : ''}`,
  levels: { warning: '即将用完', critical: '几乎用完' },
  usedUp: '已用完',
};

/** The spend meter's words for a dictionary code. */
export const spendWords = (code: 'en' | 'zh-CN'): SpendWords => (code === 'zh-CN' ? zhCN : en);
