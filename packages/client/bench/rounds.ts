// Runs peers in interleaved rounds (the order rotating each round) and reports each one's median
// cost per operation: on a shared machine a peer measured in the same rounds is the only fair scale.

/** One caller to measure: `run` does one operation (a request, a whole stream). */
export interface Peer {
  name: string;
  run: () => Promise<unknown>;
}

/** Options of `measureRounds`. */
export interface RoundOptions {
  /** Measured rounds; a warm-up round runs first and is discarded. */
  rounds: number;
  /** How long each peer runs in each round, in ms. */
  ms: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * A round's figures per operation: the median wall-clock ms of its calls (a stall of the machine
 * in the middle of a round moves it little), and this process's CPU ms per call (the caller's own
 * work, collecting its garbage included).
 */
interface Sample {
  ms: number;
  cpu: number;
}

async function timeOne(peer: Peer, ms: number): Promise<Sample> {
  const calls: number[] = [];
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let now = start; now - start < ms; ) {
    await peer.run();
    const after = performance.now();
    calls.push(after - now);
    now = after;
  }
  const used = process.cpuUsage(cpu);
  return { ms: median(calls), cpu: (used.user + used.system) / 1000 / calls.length };
}

/** A peer's medians over the rounds, and each round's wall-clock figure. */
export interface PeerResult {
  median: number;
  cpu: number;
  rounds: number[];
}

/** Each peer's median ms and CPU ms per operation, and every round's figure. */
export async function measureRounds(
  peers: Peer[],
  { rounds, ms }: RoundOptions,
): Promise<Map<string, PeerResult>> {
  const samples = new Map(peers.map((peer) => [peer.name, [] as Sample[]]));
  for (let round = -1; round < rounds; round++) {
    const shift = Math.max(round, 0) % peers.length;
    const order = [...peers.slice(shift), ...peers.slice(0, shift)];
    for (const peer of order) {
      const perOp = await timeOne(peer, round < 0 ? ms / 2 : ms);
      if (round >= 0) samples.get(peer.name)?.push(perOp);
    }
  }
  return new Map(
    [...samples].map(([name, values]) => {
      const wall = values.map((value) => value.ms);
      return [name, { median: median(wall), cpu: median(values.map((value) => value.cpu)), rounds: wall }];
    }),
  );
}
