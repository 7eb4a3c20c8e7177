import { type CountingRedis, commandsRun, sentCommands } from './counting-redis.js';

/** A contender's speed at one level of concurrency. */
export interface Speed {
  rate: number;
  sent: number;
  ran: number;
}

interface Round {
  rate: number;
  decided: number;
  sent: number;
  ran: number;
}

/** One round of about `roundMs` with `inFlight` at once: decisions per second, and the commands it took. */
async function round(
  client: CountingRedis,
  roundMs: number,
  cycle: () => Promise<unknown>,
  inFlight: number,
): Promise<Round> {
  const before = await commandsRun(client);
  const sentBefore = sentCommands();
  const started = performance.now();
  let decided = 0;
  while (performance.now() - started < roundMs) {
    const batch = Math.max(96, inFlight);
    for (let i = 0; i < batch; i += inFlight) await Promise.all(Array.from({ length: inFlight }, cycle));
    decided += batch;
  }
  const rate = decided / ((performance.now() - started) / 1000);
  const sentNow = sentCommands();
  return { rate, decided, sent: sentNow - sentBefore, ran: (await commandsRun(client)) - before };
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The median rate of some rounds, and the commands sent and run per decision over all of them. */
function speedOf(rounds: Round[]): Speed {
  const decided = rounds.reduce((sum, r) => sum + r.decided, 0);
  return {
    rate: median(rounds.map((r) => r.rate)),
    sent: rounds.reduce((sum, r) => sum + r.sent, 0) / decided,
    ran: rounds.reduce((sum, r) => sum + r.ran, 0) / decided,
  };
}

/**
 * Each contender's speed at each number in flight, from `roundCount` rounds of about `roundMs`
 * after a warm-up. Rounds go round-robin over the contenders (a busy machine slows them alike);
 * medians per level.
 */
export async function decisionSpeeds(
  client: CountingRedis,
  contenders: [string, () => Promise<unknown>][],
  levels: number[],
  { roundMs, roundCount }: { roundMs: number; roundCount: number },
) {
  const rounds = contenders.map(() => levels.map(() => [] as Round[]));
  for (const [, cycle] of contenders) await round(client, roundMs, cycle, 8); // warm-up
  for (let n = 0; n < roundCount; n++)
    for (const [i, [, cycle]] of contenders.entries())
      for (const [j, inFlight] of levels.entries())
        rounds[i]?.[j]?.push(await round(client, roundMs, cycle, inFlight));
  return contenders.map(([name], i) => [name, levels.map((_, j) => speedOf(rounds[i]?.[j] ?? []))] as const);
}
