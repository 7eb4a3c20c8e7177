import { stringArgument } from '../errors/check-argument.js';

const chineseCharacter = /\p{Script=Han}/u;

/**
 * The characters MiniMax bills for speech: each Chinese character counts 2, every other character
 * (letters, digits, punctuation including full-width, spaces, newlines) counts 1.
 *
 * Source: https://platform.minimaxi.com/docs/guides/pricing-paygo ("1个汉字算2个字符"). A real
 * speech-2.8-hd response billed `今天是不是很开心呀(laughs)，当然了！` as 34 characters.
 */
export function billingCharacters(text: string): number {
  let count = 0;
  for (const character of stringArgument(text, 'text', 'pass the text to bill, a string'))
    count += chineseCharacter.test(character) ? 2 : 1;
  return count;
}
