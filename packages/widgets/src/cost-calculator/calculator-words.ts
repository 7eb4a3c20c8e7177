import type { SourceKind } from '@minimax-kit/core';
import { englishCount } from '../translations/english-count.js';

/** The calculator's own words beyond the shared dictionary: its newer tabs, tiers and sources. */
export interface CalculatorWords {
  kinds: { lyrics: string; vlm: string };
  /** A kind the region does not price; `other` names a region that does, when one does. */
  noPrices: (kind: string, region: string, other: string | undefined) => string;
  request: string;
  serviceTier: string;
  standard: string;
  priority: (multiplier: string) => string;
  /** A line priced at the priority tier, or above a prompt-length threshold. */
  priorityLine: string;
  aboveLine: (threshold: string) => string;
  /** Which prompt-length tier the prompt falls in. */
  promptTier: (prompt: string, threshold: string, upper: boolean) => string;
  sourceKinds: Record<SourceKind, string>;
  read: (date: string) => string;
  prices: string;
}

const en: CalculatorWords = {
  kinds: { lyrics: 'Lyrics', vlm: 'Understanding' },
  noPrices: (kind, region, other) =>
    `MiniMax publishes no ${region} price for ${kind}.${other ? ` Switch the region to ${other} to see it.` : ''}`,
  request: 'request',
  serviceTier: 'Service tier',
  standard: 'Standard',
  priority: (multiplier) => `Priority (${multiplier}× the price)`,
  priorityLine: 'priority',
  aboveLine: (threshold) => `prompt > ${threshold}`,
  promptTier: (prompt, threshold, upper) =>
    upper
      ? `Prompt of ${englishCount(prompt, 'token', 'tokens')}: above ${threshold}, so every token of the request pays the upper tier.`
      : `Prompt of ${englishCount(prompt, 'token', 'tokens')}: ${threshold} or fewer, the lower tier. Above ${threshold}, every token of the request pays the upper tier.`,
  sourceKinds: {
    official: 'Official: MiniMax’s own page',
    cited: 'Cited: MiniMax’s page as a third party read it',
    observed: 'Observed: what clients of the API read',
  },
  read: (date) => `read ${date}`,
  prices: 'Where these prices come from',
};

const zhCN: CalculatorWords = {
  kinds: { lyrics: '歌词', vlm: '理解' },
  noPrices: (kind, region, other) =>
    `MiniMax 未公布${region}的${kind}价格。${other ? `请切换到${other}查看。` : ''}`,
  request: '次',
  serviceTier: '服务等级',
  standard: '标准',
  priority: (multiplier) => `优先（价格 ×${multiplier}）`,
  priorityLine: '优先',
  aboveLine: (threshold) => `输入 > ${threshold}`,
  promptTier: (prompt, threshold, upper) =>
    upper
      ? `输入 ${prompt} token，超过 ${threshold}：本次请求的全部 token 按高档计价。`
      : `输入 ${prompt} token，不超过 ${threshold}：按低档计价。超过 ${threshold} 时，本次请求的全部 token 按高档计价。`,
  sourceKinds: {
    official: '官方：MiniMax 自己的页面',
    cited: '转引：第三方读取的 MiniMax 页面',
    observed: '实测：接口客户端读到的数据',
  },
  read: (date) => `读取于 ${date}`,
  prices: '价格来源',
};

/** The calculator's words for a dictionary code. */
export const calculatorWords = (code: 'en' | 'zh-CN'): CalculatorWords => (code === 'zh-CN' ? zhCN : en);
