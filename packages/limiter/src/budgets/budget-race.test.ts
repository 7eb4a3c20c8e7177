import { describe, expect, it } from 'vitest';
import { memoryStore } from '../stores/memory-store.js';
import { race, room } from './__fixtures__/budget-race.js';

describe('the LiteLLM budget race: 20 concurrent calls, room for 4', () => {
  it('spends at most the budget and at least 80 % of it, in memory', async () => {
    const { served, spent, limit } = await race([memoryStore()]);
    expect(served).toEqual({ 0: room });
    expect(spent).toBeLessThanOrEqual(limit);
    expect(spent).toBeGreaterThanOrEqual(0.8 * limit);
  });
});
