/** The longest timer the platforms keep: Node fires longer ones after 1 ms. */
export const maxTimerMs = 2 ** 31 - 1;

/**
 * Why a number option is unusable, or `undefined` when it is fine: a finite number within
 * [`min`, `max`] (and an integer when asked).
 */
export function numberProblem(
  value: unknown,
  { min = 0, max = maxTimerMs, integer = false }: { min?: number; max?: number; integer?: boolean } = {},
): string | undefined {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value));
  if (ok) return undefined;
  const shown = typeof value === 'number' ? String(value) : typeof value;
  return `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, not ${shown}`;
}
