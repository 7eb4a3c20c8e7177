export * from './cost-calculator/index.js';
export type { DimensionUse, LimiterSnapshotLike, ObservableLimiter } from './internal/observed.js';
export * from './quota-meter/index.js';
export * from './rate-gauge/index.js';
export * from './spend-meter/index.js';
export { en } from './translations/en.js';
export type { Translation } from './translations/translation.js';
export { zhCN } from './translations/zh-cn.js';
