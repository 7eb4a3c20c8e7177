// Only the type-only framework entries may name React or Vue: the root entry and the widgets'
// declarations must type-check for a consumer who has neither installed.
import { readdirSync, readFileSync } from 'node:fs';

const dist = new URL('dist/', import.meta.url);
const allowed = new Set(['frameworks/react.d.ts', 'frameworks/vue.d.ts']);
const framework = /from ['"](react|vue)(\/[^'"]*)?['"]|reference types=['"](react|vue)/;
const offenders = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.d.ts') && !allowed.has(file))
  .filter((file) => framework.test(readFileSync(new URL(file, dist), 'utf8')));
if (offenders.length) {
  console.error(
    `These declarations name React or Vue, which not every consumer has: ${offenders.join(', ')}`,
  );
  process.exit(1);
}
console.log(`declarations: React and Vue are named only by ${[...allowed].join(' and ')}`);
