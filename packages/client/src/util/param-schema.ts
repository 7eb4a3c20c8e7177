import { type ParamRule, requestParam } from '@minimax-kit/core';
import {
  gt,
  gte,
  int,
  lte,
  maxLength,
  minLength,
  number,
  optional,
  refine,
  string,
  union,
  type ZodMiniType,
} from 'zod/mini';

const numberOf = (rule: Extract<ParamRule, { kind: 'number' }>) => {
  const checks = [
    ...(rule.min === undefined ? [] : [gte(rule.min, `must be ≥ ${rule.min}`)]),
    ...(rule.above === undefined ? [] : [gt(rule.above, `must be > ${rule.above}`)]),
    ...(rule.max === undefined ? [] : [lte(rule.max, `must be ≤ ${rule.max}`)]),
  ];
  return (rule.integer ? int() : number()).check(...checks);
};

const textOf = (rule: Extract<ParamRule, { kind: 'text' }>, tooLong?: string) =>
  string().check(
    ...(rule.min === undefined ? [] : [minLength(rule.min, 'is required')]),
    ...(rule.max === undefined
      ? []
      : [maxLength(rule.max, tooLong ?? `must be at most ${rule.max} characters`)]),
  );

const choiceOf = (rule: Extract<ParamRule, { kind: 'choice' }>) => {
  const values = rule.values;
  const message = `must be one of ${values.join(', ')}`;
  return union([string(), number()]).check(
    refine((value: string | number) => values.includes(value), message),
  );
};

/**
 * The zod schema of one request parameter, built from core's table of ranges (`requestParam`).
 * `T` is the parameter's type as callers see it (`number`, `string`, or a union of the choices).
 */
export function paramSchema<T extends string | number>(
  path: string,
  field: string,
  messages: { tooLong?: string } = {},
): ZodMiniType<T, T> {
  const rule = requestParam(path, field);
  if (rule.kind === 'number') return numberOf(rule) as unknown as ZodMiniType<T, T>;
  const schema = rule.kind === 'text' ? textOf(rule, messages.tooLong) : choiceOf(rule);
  return schema as unknown as ZodMiniType<T, T>;
}

/** `paramSchema`, optional. */
export const optionalParam = <T extends string | number>(path: string, field: string) =>
  optional(paramSchema<T>(path, field));
