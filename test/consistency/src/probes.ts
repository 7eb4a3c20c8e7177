import type { ParamRule } from '@minimax-kit/core';

/** A value to try for a parameter, and whether core's rule allows it. */
export interface Probe {
  value: unknown;
  allowed: boolean;
}

/** Values at and just beyond each bound of a rule, every choice and one that is not. */
export function probesOf(rule: ParamRule): Probe[] {
  if (rule.kind === 'choice') {
    const outside = typeof rule.values[0] === 'number' ? 12_345 : 'not-a-choice';
    return [...rule.values.map((value) => ({ value, allowed: true })), { value: outside, allowed: false }];
  }
  if (rule.kind === 'text') {
    const probes: Probe[] = [];
    if (rule.max !== undefined) {
      probes.push({ value: 'a'.repeat(rule.max), allowed: true });
      probes.push({ value: 'a'.repeat(rule.max + 1), allowed: false });
    }
    if (rule.min !== undefined && rule.min > 0) {
      probes.push({ value: 'a'.repeat(rule.min), allowed: true });
      probes.push({ value: 'a'.repeat(rule.min - 1), allowed: false });
    }
    return probes;
  }
  const step = rule.integer ? 1 : 0.5;
  const probes: Probe[] = [];
  if (rule.min !== undefined)
    probes.push({ value: rule.min, allowed: true }, { value: rule.min - step, allowed: false });
  if (rule.max !== undefined)
    probes.push({ value: rule.max, allowed: true }, { value: rule.max + step, allowed: false });
  if (rule.above !== undefined) probes.push({ value: rule.above, allowed: false });
  if (rule.integer) {
    const low = rule.min ?? rule.above ?? 0;
    probes.push({ value: low + 0.5, allowed: false });
  }
  return probes;
}

/** A copy of `body` with `value` at the dotted `field`. */
export function withField(
  body: Record<string, unknown>,
  field: string,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = field.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    at[key] ??= {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys.at(-1) as string] = value;
  return copy;
}
