/**
 * `npm run serve`: build the game if `dist/` is missing, then serve it and the classroom server
 * from one process on `PORT` (default 8080), sharing rooms through `REDIS_URL` when set. Prints
 * the address devices on the local network open, on one line beginning `Join: `.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { formatContentError } from '../content/errors.ts';
import { ROOT, loadProjectContent } from '../tools/content-dir.ts';
import { startServer } from './server.ts';

/** The first IPv4 address of this machine on a local network, else loopback. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) return entry.address;
    }
  }
  return '127.0.0.1';
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${name} must be a positive whole number, not "${raw}".`);
    process.exit(2);
  }
  return value;
}

const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.log('dist/ is missing: building the game first.');
  const vite = join(ROOT, 'node_modules/.bin/vite');
  const built = spawnSync(vite, ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const loaded = loadProjectContent();
if (!loaded.ok) {
  console.error(loaded.errors.map(formatContentError).join('\n'));
  process.exit(1);
}
const port = positiveInteger('PORT', 8080);
const redisUrl = process.env.REDIS_URL === '' ? undefined : process.env.REDIS_URL;
const publicAddress = process.env.PUBLIC_ADDRESS === '' ? undefined : process.env.PUBLIC_ADDRESS;
const server = await startServer({
  content: loaded.content,
  port,
  host: process.env.HOST,
  distDir: dist,
  ...(redisUrl === undefined ? {} : { redisUrl }),
  ...(publicAddress === undefined ? {} : { publicAddress }),
  retentionMinutes: positiveInteger('ROOM_RETENTION_MINUTES', 120),
});
console.log(`Join: http://${lanAddress()}:${String(server.port)}/`);
if (redisUrl !== undefined) console.log('Rooms are shared through Redis.');
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
