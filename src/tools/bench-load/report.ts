import type { IdleCpu, LoadFigures, Request } from './page.ts';
import type { PlayFigures } from './play.ts';

/** One run of one page: its load on the slow profile, idle frame rate and idle CPU unthrottled. */
export interface PageRun {
  load: LoadFigures;
  idleFps: number;
  readyUnthrottledMs: number;
  idleCpu: IdleCpu;
  roomIdleCpu?: IdleCpu;
  play?: PlayFigures;
  longTasks?: { over200: number; maxMs: number };
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The 75th percentile, as web-vitals takes it over a page's interactions. */
export function p75(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.75))] ?? Number.NaN;
}

const round = (value: number, digits = 0): number => Number(value.toFixed(digits));

/** Medians over the runs of one page. */
export function summarise(runs: readonly PageRun[]): Record<string, number | undefined> {
  const m = (pick: (run: PageRun) => number | undefined): number | undefined => {
    const values = runs.map(pick).filter((value): value is number => value !== undefined);
    return values.length ? median(values) : undefined;
  };
  const plays = runs.flatMap((run) => (run.play ? [run.play] : []));
  const all = (pick: (play: PlayFigures) => number[]): number[] => plays.flatMap(pick);
  return {
    bytes: m((run) => run.load.bytes),
    requests: m((run) => run.load.requests),
    initialJsBytes: m((run) => run.load.jsBytes),
    domContentLoadedMs: m((run) => round(run.load.domContentLoadedMs)),
    firstPaintMs: m((run) => round(run.load.firstPaintMs)),
    firstFrameMs: m((run) => round(run.load.firstFrameMs)),
    readyMs: m((run) => round(run.load.readyMs)),
    readyUnthrottledMs: m((run) => round(run.readyUnthrottledMs)),
    idleFps: m((run) => round(run.idleFps, 1)),
    idleBrowserCores: m((run) => round(run.idleCpu.browserCores, 3)),
    idleMainThread: m((run) => round(run.idleCpu.mainThread, 3)),
    roomIdleBrowserCores: m((run) =>
      run.roomIdleCpu ? round(run.roomIdleCpu.browserCores, 3) : undefined,
    ),
    roomIdleMainThread: m((run) =>
      run.roomIdleCpu ? round(run.roomIdleCpu.mainThread, 3) : undefined,
    ),
    roomIdleFps: m((run) => (run.play ? round(run.play.roomIdleFps, 1) : undefined)),
    resultFps: plays.length ? round(median(all((play) => play.resultFps)), 1) : undefined,
    inpTakeCardP75: plays.length ? p75(all((play) => play.inp.takeCard)) : undefined,
    inpRoleTabP75: plays.length ? p75(all((play) => play.inp.roleTab)) : undefined,
    inpEndRoundP75: plays.length ? p75(all((play) => play.inp.endRound)) : undefined,
    longTasksOver200: m((run) => run.longTasks?.over200),
    longestTaskMs: m((run) => (run.longTasks ? round(run.longTasks.maxMs) : undefined)),
    heapAfterScenarioMB: m((run) => (run.play ? round(run.play.heapMB, 1) : undefined)),
  };
}

/** The waterfall as rows: what started when, how long it took, and its size. */
export function waterfallRows(waterfall: readonly Request[]): Record<string, string | number>[] {
  return waterfall.map((request) => ({
    start: round(request.startMs),
    end: round(request.endMs),
    kB: round(request.bytes / 1000, 1),
    type: request.type,
    path: request.path.replace(/^.*\/assets\//, 'assets/'),
  }));
}

export interface Target {
  name: string;
  value: number | undefined;
  limit: number;
  /** True when the value must stay at or below the limit, false when at or above. */
  atMost: boolean;
}

export function targetRows(targets: readonly Target[]): Record<string, string | number>[] {
  return targets.map((target) => ({
    target: target.name,
    value: target.value ?? Number.NaN,
    limit: `${target.atMost ? '≤' : '≥'} ${String(target.limit)}`,
    met:
      target.value === undefined
        ? '?'
        : (target.atMost ? target.value <= target.limit : target.value >= target.limit)
          ? 'yes'
          : 'no',
  }));
}
