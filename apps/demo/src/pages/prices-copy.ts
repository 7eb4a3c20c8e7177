import type { SourceKind } from '@minimax-kit/core';

/** The price table's words for sources, dates and history (the rest is in the demo's copy). */
export interface PricesCopy {
  inForce: string;
  source: string;
  sourceKinds: Record<SourceKind, string>;
  read(date: string): string;
  since(date: string): string;
  until(date: string): string;
  between(from: string, until: string): string;
  always: string;
  earlier(item: string): string;
  above(tokens: string, price: string): string;
  priority(multiplier: string): string;
  historyNote: string;
}

const en: PricesCopy = {
  inForce: 'In force',
  source: 'Source',
  sourceKinds: { official: 'official', cited: 'cited', observed: 'observed' },
  read: (date) => `read ${date}`,
  since: (date) => `from ${date}`,
  until: (date) => `until ${date}`,
  between: (from, until) => `${from} to ${until}`,
  always: 'undated (current)',
  earlier: (item) => `${item} — earlier price`,
  above: (tokens, price) => `; above ${tokens} prompt tokens every token ${price}`,
  priority: (multiplier) => `; priority service tier ${multiplier}×`,
  historyNote:
    'Source kinds: official is MiniMax’s own page or code, cited a third party quoting it, observed what clients of the API read. ' +
    'Earlier prices stay in the table with the dates they applied, so a quote can be asked for any day.',
};

const zhCN: PricesCopy = {
  inForce: '有效期',
  source: '来源',
  sourceKinds: { official: '官方', cited: '转引', observed: '实测' },
  read: (date) => `读取于 ${date}`,
  since: (date) => `自 ${date}`,
  until: (date) => `至 ${date}`,
  between: (from, until) => `${from} 至 ${until}`,
  always: '未注明日期（当前）',
  earlier: (item) => `${item}（此前价格）`,
  above: (tokens, price) => `；输入超过 ${tokens} token 时全部 token ${price}`,
  priority: (multiplier) => `；优先服务等级 ×${multiplier}`,
  historyNote:
    '来源类型：官方为 MiniMax 自己的页面或代码，转引为第三方引用，实测为接口客户端读到的数据。' +
    '此前的价格连同适用日期保留在表中，因此可以按任意日期报价。',
};

/** The copy for the page's language now: Chinese for any `zh` tag, English otherwise. */
export const pricesCopy = (): PricesCopy =>
  document.documentElement.lang.toLowerCase().startsWith('zh') ? zhCN : en;
