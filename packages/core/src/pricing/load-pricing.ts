import { InvalidTableError } from '../errors/invalid-table-error.js';
import { type PricingTable, pricingTableSchema } from './pricing-schema.js';

/**
 * Validates a price table (for instance a newer one fetched by the application) and returns it for
 * `estimateCost(usage, { pricing })`. Accepts the parsed object or its JSON text. Throws
 * `InvalidTableError` listing every problem; nothing of an invalid table is used.
 */
export function loadPricing(json: unknown): PricingTable {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new InvalidTableError('pricing', [`not JSON: ${(error as Error).message}`]);
    }
  }
  const result = pricingTableSchema.safeParse(input);
  if (!result.success) {
    throw new InvalidTableError(
      'pricing',
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return deepFreeze(result.data);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
