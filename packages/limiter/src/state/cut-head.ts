// Entries that stopped counting are cut off once there are this many and they outnumber the rest:
// O(1) amortised.
const compactAt = 64;

/**
 * Records that `log`'s first `head` entries stopped counting, cutting them off in bulk when they
 * are most of it. Plain JSON logs (window and budget alike) keep their stopped entries this way.
 */
export function cutHead<Log extends { entries: unknown[]; head?: number }>(log: Log, head: number): Log {
  const entries = log.entries;
  if (head >= compactAt && head * 2 >= entries.length) {
    entries.copyWithin(0, head);
    entries.length -= head;
    head = 0;
  }
  if (head > 0) log.head = head;
  else delete log.head;
  return log;
}
