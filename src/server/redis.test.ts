/**
 * Two server processes sharing rooms through a real redis-server on loopback: a student joins,
 * through the second process, a room the first one holds. Skipped only when redis-server is
 * not installed (`apt-get install redis-server`; `.ci/run` installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ColyseusSDK } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOM_NAME, UNKNOWN_ROOM_CODE } from './protocol.ts';
import { Device, TEACHER_KEY, joinError, legalPick, setup } from './test/harness.ts';

const REDIS_PORT = 4275;
const PORTS = [4273, 4274] as const;
const hasRedis = spawnSync('sh', ['-c', 'command -v redis-server']).status === 0;
if (!hasRedis) {
  console.warn(
    'Skipping the Redis test: redis-server is not on PATH (apt-get install redis-server).',
  );
}

/** Spawn a process (kept in `children`) and wait until it prints `ready` on stdout. */
function start(
  children: ChildProcess[],
  command: string,
  args: string[],
  ready: string,
  env = {},
): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'pipe' });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${command} did not start`));
    }, 15_000);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${String(code)}): ${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

describe.skipIf(!hasRedis)('rooms over Redis', () => {
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await start(
      children,
      'redis-server',
      ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      'Ready to accept connections',
    );
    const entry = fileURLToPath(new URL('./test/serverProcess.ts', import.meta.url));
    const redisUrl = `redis://127.0.0.1:${String(REDIS_PORT)}`;
    await Promise.all(
      PORTS.map((port) =>
        start(children, process.execPath, [entry], 'listening', {
          PORT: String(port),
          REDIS_URL: redisUrl,
        }),
      ),
    );
  }, 30_000);

  afterAll(async () => {
    for (const child of children.reverse()) await stop(child);
  }, 20_000);

  it('accepts on the second process a join for a room the first one holds', async () => {
    const [first, second] = PORTS.map((port) => new ColyseusSDK(`ws://127.0.0.1:${String(port)}`));
    if (!first || !second) throw new Error('two processes');
    const teacher = new Device(
      await first.create(ROOM_NAME, { setup: setup(), teacherKey: TEACHER_KEY }),
    );
    const code = (await teacher.until(() => teacher.view)).code;
    const student = new Device(await second.joinById(code, { nickname: 'Ana', team: 'team1' }));
    await student.until(() => student.view);
    expect(student.view?.code).toBe(code);
    // Both devices reach the one process that holds the room, though they asked different ones.
    const portOf = (device: Device) => new URL(device.room.connection.url ?? '').port;
    expect(portOf(student)).toBe(portOf(teacher));
    expect(PORTS.map(String)).toContain(portOf(student));
    const pick = legalPick(student.session(), 'team1');
    expect(await student.ask('propose', { pick })).toBeNull();
    await teacher.until(() => teacher.view?.proposals.team1?.proposals.length === 1);
    expect(teacher.view?.roster.map((r) => r.nickname)).toEqual(['Ana']);
    const unknown = await joinError(second.joinById('ZZZZZZ', { nickname: 'Bo' }));
    expect(unknown.code).toBe(UNKNOWN_ROOM_CODE);
    await student.room.leave(true);
    await teacher.room.leave(true);
  }, 20_000);
});
