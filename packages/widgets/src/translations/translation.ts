/** Every word the widgets show, typed once; `en` and `zh-CN` implement it. */
export interface Translation {
  $code: 'en' | 'zh-CN';
  // Cost calculator
  costCalculator: string;
  region: string;
  regions: { cn: string; global: string };
  kinds: { text: string; speech: string; video: string; image: string; music: string; voice: string };
  model: string;
  inputTokens: string;
  outputTokens: string;
  cacheReadTokens: string;
  cacheWriteTokens: string;
  speechMode: string;
  speechModes: { sync: string; async: string };
  speechInput: string;
  speechInputs: { text: string; characters: string };
  speechText: string;
  characters: string;
  billingCharacters: (total: number, chinese: number) => string;
  videoMode: string;
  videoModes: { 'text-to-video': string; 'image-to-video': string };
  resolution: string;
  duration: string;
  seconds: (n: number) => string;
  count: string;
  voiceOperation: string;
  voiceOperations: { clone: string; design: string };
  previewCharacters: string;
  previewModel: string;
  lineItems: string;
  /** Words of a cost line's label, e.g. "MiniMax-M2 input". */
  lineWords: {
    input: string;
    output: string;
    'cache-read': string;
    'cache-write': string;
    sync: string;
    async: string;
    'text-to-video': string;
    'image-to-video': string;
    clone: string;
    design: string;
    preview: string;
    lyrics: string;
    vlm: string;
  };
  total: string;
  perUnit: (price: string, per: string, unit: string) => string;
  units: { token: string; character: string; clip: string; image: string; song: string; voice: string };
  planRequests: (n: string) => string;
  planNotCovered: string;
  noPrices: (kind: string, region: string) => string;
  voiceNote: string;
  source: (date: string) => string;
  fieldErrors: {
    wholeNumber: string;
    atLeastOne: string;
    tooLarge: string;
    empty: string;
  };
  cannotPrice: string;
  // Quota meter
  quotaMeter: string;
  window: string;
  weekly: string;
  daily: string;
  unlimited: string;
  notInPlan: string;
  noQuota: string;
  usedOf: (used: string, total: string) => string;
  /** When MiniMax reports only a percentage: `11% used`. */
  percentUsed: (used: string) => string;
  quotaPercentText: (used: string, remaining: string, resetsIn: string) => string;
  resetsIn: (time: string) => string;
  quotaValueText: (used: string, total: string, remaining: string, resetsIn: string) => string;
  burnRate: (perHour: string) => string;
  exhaustsAt: (time: string) => string;
  lastsUntilReset: string;
  levels: { warning: string; critical: string };
  usedUp: string;
  // Rate gauge
  rateGauge: string;
  noLimiter: string;
  dimensions: { rpm: string; tpm: string; conn: string; plan: string; daily: string };
  queued: (n: string) => string;
  pausedFor: (time: string) => string;
  rateValueText: (used: string, limit: string) => string;
  durations: { days: string; hours: string; minutes: string; seconds: string };
}
