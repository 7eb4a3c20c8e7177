import { estimateTokens } from '@minimax-kit/core';
import type { Random } from '../util/random.js';

const english = (
  'the mock answers offline with the same wire format limits and errors as MiniMax so every test ' +
  'runs without a key a network or a bill while streams usage and trace ids behave like the real ' +
  'service does for text speech video image and music'
).split(' ');
const chinese =
  '离线模拟服务按照真实接口返回同样的格式限流与错误让测试无需密钥网络或费用即可运行流式输出用量与追踪编号都与真实服务一致'.split(
    '',
  );

/** A generated chat answer: the model's thinking, its reply, and whether `maxTokens` cut it short. */
export interface GeneratedReply {
  thinking: string;
  text: string;
  /** Output tokens by core's estimator: thinking + reply, never more than `maxTokens`. */
  outputTokens: number;
  reasoningTokens: number;
  finishReason: 'stop' | 'length';
}

function sentence(words: readonly string[], random: Random, count: number, joiner: string): string {
  return Array.from({ length: count }, () => random.pick(words)).join(joiner);
}

/** The longest prefix of `text` that core's estimator counts as at most `tokens` tokens. */
export function clipTokens(text: string, tokens: number): string {
  if (estimateTokens(text) <= tokens) return text;
  const chars = [...text];
  let [low, high] = [0, chars.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimateTokens(chars.slice(0, mid).join('')) <= tokens) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('');
}

/**
 * Writes a deterministic answer (Chinese for a Chinese prompt) of a seeded length, or the given
 * `answer` (a tool call's arguments, a JSON document). `maxTokens` is a hard ceiling on thinking +
 * reply, as counted by core's estimator; an answer cut by it finishes with `length`.
 */
export function generateReply(
  prompt: string,
  maxTokens: number,
  random: Random,
  withThinking: boolean,
  answer?: string,
): GeneratedReply {
  const zh = /\p{Script=Han}/u.test(prompt);
  const [words, joiner] = zh ? [chinese, ''] : [english, ' '];
  const target = answer === undefined ? Math.min(maxTokens, random.int(24, 96)) : maxTokens;
  const thinkingBudget = withThinking ? Math.min(Math.floor(Math.min(target, 96) / 3), 24) : 0;
  let thinking = '';
  if (thinkingBudget > 0) {
    while (estimateTokens(thinking) < thinkingBudget)
      thinking += `${sentence(words, random, 4, joiner)}${zh ? '，' : ', '}`;
    thinking = clipTokens(`${thinking.replace(/[,，]\s?$/, '')}${zh ? '。' : '.'}`, thinkingBudget);
  }
  const budget = target - estimateTokens(thinking);
  let text = answer ?? '';
  while (answer === undefined && budget > 0) {
    const next = `${sentence(words, random, random.int(5, 9), joiner)}${zh ? '。' : '. '}`;
    if (estimateTokens(text + next) > budget) {
      if (text === '') text = next;
      break;
    }
    text += next;
  }
  const full = answer === undefined ? text.trimEnd() : text;
  text = clipTokens(full, budget);
  const reasoningTokens = estimateTokens(thinking);
  const outputTokens = reasoningTokens + estimateTokens(text);
  const cut = answer === undefined ? target === maxTokens : text !== full;
  return { thinking, text, outputTokens, reasoningTokens, finishReason: cut ? 'length' : 'stop' };
}

/** Splits a text into stream deltas of a few words (or characters). */
export function deltas(text: string): string[] {
  return (
    text
      .match(/[\p{Script=Han}\p{P}]\s*|[^\s\p{Script=Han}]+\s*|\s+/gu)
      ?.reduce<string[]>((out, word, index) => {
        if (index % 3 === 0) out.push(word);
        else out[out.length - 1] += word;
        return out;
      }, []) ?? []
  );
}
