import type { infer as Infer } from 'zod/mini';
import { enum as enumOf } from 'zod/mini';

/** The plan tiers MiniMax sells. High-speed plans add MiniMax-M*-highspeed. */
export const planTierSchema = enumOf(['starter', 'plus', 'max', 'ultra']);
export type PlanTier = Infer<typeof planTierSchema>;
