/**
 * bench:load (issue #19): builds the game and a bare one-scene Phaser 4 page (bench/baseline),
 * serves both gzip-compressed like a static host, and measures them side by side in headless
 * Chromium on the school-Chromebook profile (4× CPU, 1.6 Mbit/s, 150 ms), Canvas renderer,
 * 1366×768, median of 3 runs: load, idle frame rate and CPU, interactions, long tasks and heap;
 * then the WebGL path once. Prints a table, or JSON with --json. `--runs N` changes the count.
 * It never fails on the figures: timings on a shared machine are not pass/fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { SLOW, fps, idleCpu, load, longTasks, open, rendererOf } from './bench-load/page.ts';
import { enterRoom, play } from './bench-load/play.ts';
import {
  median,
  summarise,
  targetRows,
  waterfallRows,
  type PageRun,
  type Target,
} from './bench-load/report.ts';
import { serveStatic } from './bench-load/serve.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const BASELINE_MARK = 'baseline:ready';
/** The game's User Timing mark at the moment `__actEarly.ready` turns true (src/game/keys.ts). */
const TITLE_READY_MARK = 'act-early:title-ready';
const SCENARIO = 'election';
const args = process.argv.slice(2);
const json = args.includes('--json');
const runIndex = args.indexOf('--runs');
const RUNS = runIndex >= 0 ? Number(args[runIndex + 1]) : 3;
const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

interface Subject {
  name: 'game' | 'baseline';
  url: string;
  mark: string;
}

async function measure(subject: Subject, renderer = '?renderer=canvas'): Promise<PageRun> {
  const slow = await open(true);
  const url = `${subject.url}${renderer}${subject.name === 'game' ? '&lng=en' : ''}`;
  const run: Partial<PageRun> = {};
  try {
    run.load = await load(slow.page, url, subject.mark);
    await slow.page.waitForTimeout(1000);
    run.idleFps = await fps(slow.page, 3000);
    if (subject.name === 'game') {
      run.play = await play(slow.page, slow.cdp, SCENARIO);
      run.longTasks = await longTasks(slow.page, run.load.readyMs);
    }
  } finally {
    await slow.browser.close();
  }
  const fast = await open(false);
  try {
    run.readyUnthrottledMs = (await load(fast.page, url, subject.mark)).readyMs;
    await fast.page.waitForTimeout(3000);
    run.idleCpu = await idleCpu(fast.cdp, 5000);
    if (subject.name === 'game') {
      await enterRoom(fast.page, SCENARIO);
      await fast.page.waitForTimeout(3000);
      run.roomIdleCpu = await idleCpu(fast.cdp, 5000);
    }
  } finally {
    await fast.browser.close();
  }
  return run as PageRun;
}

/** The WebGL path once on the slow profile: which renderer Phaser chose, ready and idle fps. */
async function measureWebgl(subject: Subject): Promise<Record<string, number | string>> {
  const slow = await open(true);
  try {
    const figures = await load(slow.page, `${subject.url}?lng=en`, subject.mark);
    await slow.page.waitForTimeout(1000);
    return {
      renderer: await rendererOf(slow.page),
      readyMs: Math.round(figures.readyMs),
      idleFps: Math.round(await fps(slow.page, 3000)),
    };
  } finally {
    await slow.browser.close();
  }
}

const load0 = loadavg();
log('Building the game…');
// Built apart from dist/, so browser tests can use dist/ meanwhile.
const buildDir = mkdtempSync(join(tmpdir(), 'act-early-bench-'));
const gameDir = join(buildDir, 'game');
const baselineDir = join(buildDir, 'baseline');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', gameDir, '--emptyOutDir'], {
  cwd: ROOT,
  stdio: 'inherit',
});
log('Building the baseline…');
await build({
  configFile: false,
  root: join(ROOT, 'bench/baseline'),
  base: './',
  logLevel: 'warn',
  build: { outDir: baselineDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
const server = await serveStatic({ game: gameDir, baseline: baselineDir }, PORT);
const game: Subject = {
  name: 'game',
  url: `http://127.0.0.1:${String(PORT)}/game/`,
  mark: TITLE_READY_MARK,
};
const baseline: Subject = {
  name: 'baseline',
  url: `http://127.0.0.1:${String(PORT)}/baseline/`,
  mark: BASELINE_MARK,
};

interface Measured {
  runs: { game: PageRun[]; baseline: PageRun[] };
  webgl: Record<string, Record<string, number | string>>;
}

/** The runs of both pages, interleaved so both see the same machine load, then WebGL once. */
async function measureAll(): Promise<Measured> {
  const measured: Measured = { runs: { game: [], baseline: [] }, webgl: {} };
  for (let index = 0; index < RUNS; index++) {
    log(`Run ${String(index + 1)} of ${String(RUNS)}…`);
    measured.runs.baseline.push(await measure(baseline));
    measured.runs.game.push(await measure(game));
  }
  log('WebGL path…');
  measured.webgl = { game: await measureWebgl(game), baseline: await measureWebgl(baseline) };
  return measured;
}

const { runs, webgl } = await measureAll().finally(() => {
  server.close();
  rmSync(buildDir, { recursive: true, force: true });
});

const summary = { game: summarise(runs.game), baseline: summarise(runs.baseline) };
const ratio = (key: string): number | undefined => {
  const a = summary.game[key];
  const b = summary.baseline[key];
  return a === undefined || b === undefined ? undefined : Number((a / b).toFixed(2));
};
/** The run whose ready time is the median: its waterfall shows a typical load. */
const typical = (list: PageRun[]): PageRun | undefined => {
  const mid = median(list.map((run) => run.load.readyMs));
  return list.find((run) => run.load.readyMs === mid) ?? list[0];
};
const g = summary.game;
const b = summary.baseline;
const targets: Target[] = [
  { name: 'ready ÷ baseline ready', value: ratio('readyMs'), limit: 1.15, atMost: true },
  { name: 'idle fps on the title, 4× CPU', value: g.idleFps, limit: 58, atMost: false },
  { name: 'idle fps in the room, 4× CPU', value: g.roomIdleFps, limit: 58, atMost: false },
  { name: 'fps of the round result, 4× CPU', value: g.resultFps, limit: 58, atMost: false },
  {
    name: 'title idle CPU ÷ baseline (cores)',
    value: ratio('idleBrowserCores'),
    limit: 1,
    atMost: true,
  },
  {
    name: 'room idle CPU ÷ baseline (cores)',
    value:
      g.roomIdleBrowserCores !== undefined && b.idleBrowserCores !== undefined
        ? Number((g.roomIdleBrowserCores / b.idleBrowserCores).toFixed(2))
        : undefined,
    limit: 1,
    atMost: true,
  },
  { name: 'INP take a card p75 (ms)', value: g.inpTakeCardP75, limit: 100, atMost: true },
  { name: 'INP role tab p75 (ms)', value: g.inpRoleTabP75, limit: 100, atMost: true },
  { name: 'INP end round p75 (ms)', value: g.inpEndRoundP75, limit: 100, atMost: true },
  { name: 'long tasks > 200 ms after ready', value: g.longTasksOver200, limit: 0, atMost: true },
  {
    name: 'initial JS (kB gzip)',
    value: g.initialJsBytes === undefined ? undefined : Math.round(g.initialJsBytes / 1000),
    limit: 330,
    atMost: true,
  },
  { name: 'heap after a scenario (MB)', value: g.heapAfterScenarioMB, limit: 25, atMost: true },
  {
    name: 'loading indicator ÷ baseline first frame',
    value:
      g.firstPaintMs !== undefined && b.firstFrameMs !== undefined
        ? Number((g.firstPaintMs / b.firstFrameMs).toFixed(2))
        : undefined,
    limit: 1.5,
    atMost: true,
  },
];
const machine = {
  cpus: cpus().length,
  loadAverageBefore: load0.map((value) => Number(value.toFixed(2))),
  loadAverageAfter: loadavg().map((value) => Number(value.toFixed(2))),
};
const profile = `${String(SLOW.cpu)}× CPU, ${String(SLOW.downMbit)} Mbit/s, ${String(SLOW.latencyMs)} ms; Canvas; 1366×768; median of ${String(RUNS)}`;
const waterfall = {
  game: waterfallRows(typical(runs.game)?.load.waterfall ?? []),
  baseline: waterfallRows(typical(runs.baseline)?.load.waterfall ?? []),
};

if (json) {
  console.log(
    JSON.stringify(
      {
        profile,
        machine,
        summary,
        ratio: { readyMs: ratio('readyMs') },
        targets: targetRows(targets),
        webgl,
        waterfall,
        runs,
      },
      null,
      2,
    ),
  );
} else {
  console.log(`Profile: ${profile}`);
  console.log(
    `Machine: ${String(machine.cpus)} cores, load average ${machine.loadAverageBefore.join(' ')} before, ${machine.loadAverageAfter.join(' ')} after`,
  );
  const keys = Object.keys(g);
  console.table(
    Object.fromEntries(
      keys.map((key) => [
        key,
        { game: g[key] ?? '', baseline: b[key] ?? '', ratio: ratio(key) ?? '' },
      ]),
    ),
  );
  console.log('Targets (issue #19):');
  console.table(targetRows(targets));
  console.log('WebGL path (slow profile, once):');
  console.table(webgl);
  console.log('Requests before the title is ready (ms since navigation, typical run):');
  console.table(waterfall.game);
  console.log('Baseline requests before ready:');
  console.table(waterfall.baseline);
}
