/** The name the mock and older answers of `/v1/token_plan/remains` give the shared text pool. */
export const textQuotaBucket = 'MiniMax-M*';

/** Every name `/v1/token_plan/remains` has given the shared text pool: `general` today, `MiniMax-M*` before. */
export const textQuotaBuckets = /* @__PURE__ */ Object.freeze(['general', textQuotaBucket] as const);

/** Whether a `/v1/token_plan/remains` quota is the shared text pool rather than a model's daily quota. */
export function isTextQuotaBucket(name: string): boolean {
  return (textQuotaBuckets as readonly string[]).includes(name);
}
