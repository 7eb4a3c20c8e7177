import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';

/** Something that validates a parsed body (a zod/mini schema fits). */
export interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Turns schema issues into validation issues. */
export const issuesOf = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): ValidationIssue[] =>
  issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/** Validates request parameters before anything is sent; a bad one fails here and costs nothing. */
export function checkRequest<T>(schema: Schema<T>, params: unknown): T {
  const result = schema.safeParse(params);
  if (!result.success) throw new ValidationError('request', issuesOf(result.error.issues));
  return result.data;
}
