/**
 * One classroom server process for the Redis test: `PORT`, `REDIS_URL` and `PUBLIC_ADDRESS`
 * from the environment, no files served. Prints `listening` once it accepts connections.
 */
import { startServer } from '../server.ts';
import { content } from './harness.ts';

const port = Number(process.env.PORT);
const server = await startServer({
  content,
  port,
  host: '127.0.0.1',
  distDir: null,
  redisUrl: process.env.REDIS_URL ?? '',
  publicAddress: `127.0.0.1:${String(port)}`,
});
console.log('listening');
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
