import { type ParamRule, requestParams } from '@minimax-kit/core';
import type { Ctx } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';

const valueAt = (body: Record<string, unknown>, field: string): unknown =>
  field.split('.').reduce<unknown>((value, key) => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) invalidParams(`${field} must be inside an object`);
    return (value as Record<string, unknown>)[key];
  }, body);

function check(field: string, rule: ParamRule, value: unknown): void {
  if (rule.kind === 'choice') {
    if (!rule.values.includes(value as string | number))
      invalidParams(`${field} must be one of ${rule.values.join(', ')}`);
    return;
  }
  if (rule.kind === 'text') {
    if (typeof value !== 'string') invalidParams(`${field} must be a string`);
    const length = [...value].length;
    if (rule.min !== undefined && length < rule.min)
      invalidParams(`${field} must be at least ${rule.min} characters`);
    if (rule.max !== undefined && length > rule.max)
      invalidParams(`${field} must be at most ${rule.max} characters`);
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) invalidParams(`${field} must be a number`);
  if (rule.integer && !Number.isInteger(value)) invalidParams(`${field} must be an integer`);
  if (rule.min !== undefined && value < rule.min) invalidParams(`${field} must be ≥ ${rule.min}`);
  if (rule.above !== undefined && value <= rule.above) invalidParams(`${field} must be > ${rule.above}`);
  if (rule.max !== undefined && value > rule.max) invalidParams(`${field} must be ≤ ${rule.max}`);
}

/**
 * Checks every parameter core knows a range for on this request's endpoint (2013 naming the field
 * when one is out of range) and returns a reader of parameter values, with core's defaults.
 */
export function checkParams(ctx: Ctx): <T extends string | number>(field: string) => T {
  const rules = new Map<string, ParamRule>();
  for (const param of requestParams) {
    if (param.path !== ctx.description.path) continue;
    rules.set(param.field, param.rule);
    const value = valueAt(ctx.body, param.field);
    if (value !== undefined && value !== null) check(param.field, param.rule, value);
  }
  return <T extends string | number>(field: string) => {
    const value = valueAt(ctx.body, field);
    if (value !== undefined && value !== null) return value as T;
    const rule = rules.get(field);
    return (rule && 'default' in rule ? rule.default : undefined) as T;
  };
}
