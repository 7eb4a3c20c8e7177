import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, type RedisServer, startRedis } from './redis-server.ts';

const run = promisify(execFile);

/** A real Redis Cluster of Debian's `redis-server` on loopback: three masters, one replica each. */
export interface RedisCluster {
  /** Every node, masters and replicas. */
  nodes: RedisServer[];
  /** `{ host, port }` of every node, as ioredis's `Cluster` takes them. */
  startupNodes: { host: string; port: number }[];
  /** Runs `redis-cli` against one node: `cli(port, 'CLUSTER', 'NODES')`. */
  cli(port: number, ...args: string[]): Promise<string>;
  /** The port of the master that serves `key`'s slot, and of its replica. */
  ownersOf(key: string): Promise<{ master: number; replica: number }>;
  /** Stops every node and removes their cluster files. */
  stop(): Promise<void>;
}

/**
 * One node in cluster mode. Its data and bus ports are found free, but another process can take
 * one before redis-server binds it: then the node starts again on other ports.
 */
async function startNode(dir: string): Promise<RedisServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    // The bus port is the data port + 10,000 unless given: above 55,535 that does not exist.
    const busPort = await freePort();
    const args = ['--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`)];
    try {
      return await startRedis(
        [...args, '--cluster-port', String(busPort), '--cluster-node-timeout', '3000', '--dir', dir],
        port,
      );
    } catch (error) {
      if (attempt === 5 || !String(error).includes('Address already in use')) throw error;
    }
  }
}

/**
 * Starts six nodes in cluster mode and joins them with `redis-cli --cluster create`; resolves when
 * every node reports `cluster_state:ok` and knows its replicas.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'mmk-cluster-'));
  const nodes = await Promise.all(Array.from({ length: 6 }, () => startNode(dir)));
  const ports = nodes.map((node) => node.port);
  const cli = async (port: number, ...args: string[]) =>
    (await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args])).stdout;
  await run('redis-cli', [
    '--cluster',
    'create',
    ...ports.map((port) => `127.0.0.1:${port}`),
    '--cluster-replicas',
    '1',
    '--cluster-yes',
  ]);
  // Joined when every node sees the cluster ok, with three masters that each have a replica.
  for (;;) {
    const views = await Promise.all(ports.map((port) => cli(port, 'CLUSTER', 'NODES')));
    const infos = await Promise.all(ports.map((port) => cli(port, 'CLUSTER', 'INFO')));
    const replicas = views.map(
      (view) => view.split('\n').filter((line) => line.split(' ')[2]?.includes('slave')).length,
    );
    if (infos.every((info) => info.includes('cluster_state:ok')) && replicas.every((n) => n === 3)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    nodes,
    startupNodes: ports.map((port) => ({ host: '127.0.0.1', port })),
    cli,
    async ownersOf(key) {
      // Asked of any node that answers (a test may have killed some).
      const ask = async (...args: string[]) => {
        for (const port of ports) {
          const answer = await cli(port, ...args).catch(() => '');
          if (answer.trim() !== '') return answer;
        }
        throw new Error('no node of the cluster answers');
      };
      const slot = Number((await ask('CLUSTER', 'KEYSLOT', key)).trim());
      const lines = (await ask('CLUSTER', 'NODES')).trim().split('\n');
      const fields = lines.map((line) => line.split(' '));
      const master = fields.find(
        (f) =>
          f[2]?.includes('master') &&
          f.slice(8).some((range) => {
            const [from, to = from] = range.split('-').map(Number) as [number, number?];
            return slot >= from && slot <= (to as number);
          }),
      );
      const replica = fields.find((f) => f[3] === master?.[0]);
      const portOf = (f: string[] | undefined) => Number(f?.[1]?.split(':')[1]?.split('@')[0]);
      return { master: portOf(master), replica: portOf(replica) };
    },
    async stop() {
      await Promise.all(nodes.map((node) => node.kill()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
