import type { PlanMiss, PlanTier } from '@minimax-kit/core';
import { englishCount } from '../translations/english-count.js';

/** The words of the calculator's plan comparison, in both languages. */
export interface PlanWords {
  perDay: string;
  heading: (perDay: string) => string;
  option: string;
  fits: string;
  perMonth: string;
  payAsYouGo: string;
  tiers: Record<PlanTier, string>;
  yes: string;
  no: string;
  cheapest: string;
  miss: (miss: PlanMiss, number: (n: number) => string) => string;
  /** The overflow beside the plan price; either part is absent when it is 0. */
  overflow: (credits: string | undefined, payAsYouGo: string | undefined) => string;
  price: (price: string) => string;
  unpriced: (region: string) => string;
  refused: string;
  assumptions: string;
}

const en: PlanWords = {
  perDay: 'Times a day (plan comparison)',
  heading: (perDay) => `Plan or pay-as-you-go, at ${perDay} a day`,
  option: 'Option',
  fits: 'Fits the plan',
  perMonth: 'A month',
  payAsYouGo: 'Pay-as-you-go',
  tiers: { starter: 'Starter', plus: 'Plus', max: 'Max', ultra: 'Ultra' },
  yes: 'Yes',
  no: 'No',
  cheapest: 'cheapest',
  miss: (miss, n) => {
    switch (miss.limit) {
      case 'window':
        return `5-hour window: needs ${n(miss.needed)} of ${englishCount(n(miss.quota), 'request', 'requests')}`;
      case 'weekly':
        return `weekly cap: needs ${n(miss.needed)} of ${englishCount(n(miss.quota), 'request', 'requests')}`;
      case 'daily':
        return `daily ${miss.bucket}: needs ${n(miss.needed)} of ${n(miss.quota)}`;
      case 'coverage':
        return `${miss.item} is not in the plan`;
    }
  },
  overflow: (credits, payAsYouGo) =>
    ['plan price', credits && `${credits} Credits`, payAsYouGo && `${payAsYouGo} pay-as-you-go`]
      .filter(Boolean)
      .join(' + '),
  price: (price) => `plan price ${price}`,
  unpriced: (region) => `No Token Plan prices are known for ${region} today.`,
  refused: 'This workload cannot be compared.',
  assumptions:
    'A month is 30 days; the work spreads evenly over the day; overflow is priced at pay-as-you-go rates.',
};

const zhCN: PlanWords = {
  perDay: '每天次数（套餐对比）',
  heading: (perDay) => `套餐还是按量付费（每天 ${perDay} 次）`,
  option: '方案',
  fits: '套餐够用',
  perMonth: '每月',
  payAsYouGo: '按量付费',
  tiers: { starter: 'Starter', plus: 'Plus', max: 'Max', ultra: 'Ultra' },
  yes: '是',
  no: '否',
  cheapest: '最省',
  miss: (miss, n) => {
    switch (miss.limit) {
      case 'window':
        return `5 小时窗口：需要 ${n(miss.needed)} 次，额度 ${n(miss.quota)} 次`;
      case 'weekly':
        return `每周上限：需要 ${n(miss.needed)} 次，额度 ${n(miss.quota)} 次`;
      case 'daily':
        return `每日额度 ${miss.bucket}：需要 ${n(miss.needed)}，额度 ${n(miss.quota)}`;
      case 'coverage':
        return `${miss.item} 不在套餐内`;
    }
  },
  overflow: (credits, payAsYouGo) =>
    ['套餐价', credits && `Credits ${credits}`, payAsYouGo && `按量 ${payAsYouGo}`]
      .filter(Boolean)
      .join(' + '),
  price: (price) => `套餐价 ${price}`,
  unpriced: (region) => `暂无${region}的 Token Plan 价格。`,
  refused: '无法对比这个用量。',
  assumptions: '每月按 30 天计；用量在一天内均匀分布；超出部分按按量价格计。',
};

/** The plan comparison's words for a dictionary code. */
export const planWords = (code: 'en' | 'zh-CN'): PlanWords => (code === 'zh-CN' ? zhCN : en);
