import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second, as /proc/<pid>/stat counts CPU time (USER_HZ on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

function readStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may itself contain spaces and parentheses.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return stats;
}

/** CPU seconds used so far by every descendant of `root` (the browsers this process started). */
export function descendantCpuSeconds(root: number): number {
  const stats = readStats();
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let ticks = 0;
  const queue = [...(children.get(root) ?? [])];
  for (let next = queue.pop(); next; next = queue.pop()) {
    ticks += next.ticks;
    queue.push(...(children.get(next.pid) ?? []));
  }
  return ticks / TICKS_PER_SECOND;
}
