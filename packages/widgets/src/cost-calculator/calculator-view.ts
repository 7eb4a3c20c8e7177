import type { Formatter } from '../internal/localize.js';
import type { Translation } from '../translations/translation.js';
import type { CalculatorResult } from './calculate.js';
import type { CalculatorInput, CalculatorKind } from './calculator-input.js';
import type { CalculatorWords } from './calculator-words.js';

/** What the calculator's view parts read from the element, and how they change it. */
export interface CalculatorView {
  readonly input: CalculatorInput;
  readonly result: CalculatorResult;
  readonly t: Translation;
  readonly words: CalculatorWords;
  readonly format: Formatter;
  set(key: keyof CalculatorInput, value: string): void;
}

/** A tab's name in the view's language. */
export const kindName = ({ t, words }: CalculatorView, kind: CalculatorKind): string =>
  kind === 'lyrics' || kind === 'vlm' ? words.kinds[kind] : t.kinds[kind];
