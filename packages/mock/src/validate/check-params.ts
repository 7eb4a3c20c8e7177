import { type ParamRule, requestParams } from '@minimax-kit/core';
import type { Ctx } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';
import { numberField, oneOf, stringField } from '../util/fields.js';

const valueAt = (body: Record<string, unknown>, field: string): unknown =>
  field.split('.').reduce<unknown>((value, key) => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) invalidParams(`${field} must be inside an object`);
    return (value as Record<string, unknown>)[key];
  }, body);

// The field checks every handler uses, applied to one present value under its dotted name.
function check(field: string, rule: ParamRule, value: unknown): void {
  if (rule.kind === 'choice') oneOf({ [field]: value }, field, rule.values, value as string | number);
  else if (rule.kind === 'text') stringField({ [field]: value }, field, rule);
  else numberField({ [field]: value }, field, rule);
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
