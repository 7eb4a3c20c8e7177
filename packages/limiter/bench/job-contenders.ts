// The ways of keeping a job of chat calls inside MiniMax's limits that the job bench compares: this
// limiter and the peers a user would reach for, each configured as its documentation says.

import { createLimiter } from '@minimax-kit/limiter';
import Bottleneck from 'bottleneck';
import type OpenAI from 'openai';
import PQueue from 'p-queue';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

export const model = 'MiniMax-M2';
export const maxTokens = 16;

/** The limits one job runs under, on the scaled clock. */
export interface JobLimits {
  rpm: number;
  tpm: number;
  /** One MiniMax minute, in real milliseconds. */
  windowMs: number;
  /** How many times faster than real time the clock runs. */
  speed: number;
  /**
   * Tokens a peer books per call: the prompt's tokens (as the answer reports them; a tokenizer
   * counts the same) plus `max_tokens`, since a call's output is known only once it is answered.
   * Peers that count tokens book this, and those that can give points back return what went unused.
   */
  weight: number;
}

export interface Run {
  /** Sends one call through the contender; resolves once it was answered. */
  send(openai: OpenAI): Promise<unknown>;
  /** openai-node's own retries (only for openai-node alone). */
  maxRetries?: number;
  /** Wraps the fetch openai-node uses (our limiter), when the contender works at that level. */
  wrap?(fetch: typeof globalThis.fetch): typeof globalThis.fetch;
}

export interface Contender {
  name: string;
  create(limits: JobLimits): Run;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const ask = (openai: OpenAI) =>
  openai.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'Hi' }],
    max_tokens: maxTokens,
  });

// Booked tokens an answer did not use.
const unusedOf = (answer: OpenAI.ChatCompletion, weight: number) =>
  weight - (answer.usage?.total_tokens ?? weight);

// Calls a window's tokens allow when each books `weight`, and never more than the RPM.
const callsPerWindow = ({ rpm, tpm, weight }: JobLimits) => Math.min(rpm, Math.floor(tpm / weight));

export const contenders: Contender[] = [
  {
    // Given the limits only: it reads each call's tokens from the request and settles to the answer's.
    name: '@minimax-kit/limiter (limiter.wrap)',
    create({ rpm, tpm, speed }) {
      // The default 500 ms guard, scaled with everything else.
      const limiter = createLimiter({
        region: 'global',
        timeScale: 1 / speed,
        guardMs: 500 / speed,
        limits: { [`text:${model}`]: { rpm, tpm } },
      });
      return { send: ask, wrap: (fetch) => limiter.wrap(fetch) };
    },
  },
  {
    name: 'openai-node alone (maxRetries 20, its own backoff)',
    create: () => ({ send: ask, maxRetries: 20 }),
  },
  {
    // No notion of tokens: as many calls a window as both limits allow at the booked weight.
    name: 'p-queue 9.3.5 (strict interval)',
    create(limits) {
      const queue = new PQueue({
        intervalCap: callsPerWindow(limits),
        interval: limits.windowMs,
        strict: true,
      });
      return { send: (openai) => queue.add(() => ask(openai)) };
    },
  },
  {
    // One reservoir: of tokens when TPM binds before RPM, each call weighing its booking, and what
    // its answer did not use put back.
    name: 'bottleneck 2.19.5 (reservoir)',
    create(limits) {
      const tokens = callsPerWindow(limits) < limits.rpm;
      const reservoir = tokens ? limits.tpm : limits.rpm;
      const bottleneck = new Bottleneck({
        reservoir,
        reservoirRefreshAmount: reservoir,
        reservoirRefreshInterval: limits.windowMs,
      });
      if (!tokens) return { send: (openai) => bottleneck.schedule(() => ask(openai)) };
      return {
        async send(openai) {
          const answer = await bottleneck.schedule({ weight: limits.weight }, () => ask(openai));
          const unused = unusedOf(answer, limits.weight);
          if (unused > 0) await bottleneck.incrementReservoir(unused);
          return answer;
        },
      };
    },
  },
  {
    // Two counters, RPM and TPM; a call refused on tokens gets its request point back, and an
    // answered one the tokens it did not use.
    name: 'rate-limiter-flexible 11.4.0 (memory, RPM + TPM)',
    create({ rpm, tpm, windowMs, weight }) {
      const duration = windowMs / 1000;
      const requests = new RateLimiterMemory({ points: rpm, duration });
      const tokens = new RateLimiterMemory({ points: tpm, duration });
      return {
        async send(openai) {
          for (;;) {
            try {
              await requests.consume('key', 1);
              try {
                await tokens.consume('key', weight);
              } catch (refusal) {
                await requests.reward('key', 1);
                throw refusal;
              }
              const answer = await ask(openai);
              const unused = unusedOf(answer, weight);
              if (unused > 0) await tokens.reward('key', unused);
              return answer;
            } catch (refusal) {
              if (refusal instanceof Error) throw refusal;
              await sleep((refusal as RateLimiterRes).msBeforeNext);
            }
          }
        },
      };
    },
  },
];
