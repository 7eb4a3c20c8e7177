import { stringArgument } from '../errors/check-argument.js';

const eastAsian = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// Weights in fortieths of a token, so the sum stays an exact integer.
const eastAsianWeight = 25; // 1,600 Chinese characters ≈ 1,000 tokens (MiniMax pricing page)
const asciiWeight = 10; // ≈ 4 characters per token, the usual rate of English text in BPE tokenizers
const otherWeight = 20; // ≈ 2 characters per token for other scripts (Cyrillic, Arabic, emoji …)

/**
 * Estimates how many tokens MiniMax counts for `text`, rounding up.
 *
 * - Chinese, Japanese kana and Korean hangul: 0.625 tokens each. MiniMax states "1600 中文字符约消耗
 *   1000 tokens" (https://platform.minimaxi.com/docs/guides/pricing-paygo); kana and hangul are assumed alike.
 * - ASCII (English letters, digits, punctuation, spaces): 0.25 tokens each.
 * - Any other character: 0.5 tokens each.
 *
 * It is an estimate for reserving TPM before a call; the usage a response reports is the truth.
 */
export function estimateTokens(text: string): number {
  let fortieths = 0;
  for (const character of stringArgument(text, 'text', 'pass the text to estimate, a string')) {
    if (character.charCodeAt(0) < 0x80) fortieths += asciiWeight;
    else fortieths += eastAsian.test(character) ? eastAsianWeight : otherWeight;
  }
  return Math.ceil(fortieths / 40);
}
