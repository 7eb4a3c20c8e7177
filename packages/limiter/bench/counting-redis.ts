import { Redis } from 'ioredis';

let sent = 0;

/** A client that counts the commands it sends; every contender's connections are of this kind. */
export class CountingRedis extends Redis {
  override sendCommand(...args: Parameters<Redis['sendCommand']>) {
    sent += 1;
    return super.sendCommand(...args);
  }
}

/** The commands sent so far over every `CountingRedis` connection. */
export const sentCommands = () => sent;

/** Every command the server ran so far (scripts' own calls included), but INFO itself. */
export async function commandsRun(client: CountingRedis): Promise<number> {
  const stats = await client.info('commandstats');
  sent -= 1;
  let total = 0;
  for (const [, name, calls] of stats.matchAll(/cmdstat_([^:]+):calls=(\d+)/g))
    if (name !== 'info') total += Number(calls);
  return total;
}
