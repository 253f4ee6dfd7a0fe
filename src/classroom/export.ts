/**
 * Results to keep: a CSV (one row per team and round) for spreadsheets, and a JSON of the whole
 * session that replays to the same game and score.
 */
import type { Content } from '../content/schema.ts';
import { score, type GameState, type ScoreResult } from '../core/index.ts';
import { CSV_BOM, csvText, toCsv } from './csv.ts';
import { parseRecord, restoreClassroom, toRecord, type RecordProblem } from './record.ts';
import type { ClassroomState } from './state.ts';
import { actorSummaries } from './summary.ts';

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'team',
  'roles',
  'round',
  'stage_start',
  'stage_end',
  'measures',
  'measure_ids',
  'signs_responded',
  'note',
] as const;

/**
 * The CSV: one row per team (then the facilitator, if it played) and round reached. `team` is
 * the team's name as typed (`facilitator` for the facilitator); `roles`, `measure_ids` and
 * `signs_responded` are space-separated ids; `stage_end` is empty for a round not yet resolved.
 * With `bom` (default) it starts with a byte order mark so spreadsheets read it as UTF-8.
 */
export function classroomCsv(state: ClassroomState, options: { bom?: boolean } = {}): string {
  const { game } = state;
  const lastRound = game.finished ? game.model.rounds : game.round;
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const actor of actorSummaries(state)) {
    for (let round = 1; round <= lastRound; round++) {
      const measures = actor.measures.filter((m) => m.round === round);
      const signs = actor.signsResponded.filter((s) => s.round === round);
      const note = actor.notes.find((n) => n.round === round)?.text ?? '';
      rows.push([
        csvText(actor.team ? actor.team.name : actor.actor),
        actor.roles.join(' '),
        round,
        game.history[round - 1]?.stage ?? '',
        game.history[round]?.stage ?? '',
        measures.length,
        measures.map((m) => m.measure).join(' '),
        signs.map((s) => s.sign).join(' '),
        csvText(note),
      ]);
    }
  }
  return (options.bom === false ? '' : CSV_BOM) + toCsv(rows);
}

/**
 * The whole session as JSON (format `act-early-classroom`, version, content fingerprint, setup,
 * core log with attribution, notes, discussions, phase): everything but the timers.
 */
export function classroomJson(state: ClassroomState, content: Content): string {
  return JSON.stringify(toRecord(state, content, false), null, 2);
}

/** Result of replaying an exported session. */
export type ReplayedClassroom =
  | {
      readonly ok: true;
      readonly state: ClassroomState;
      readonly game: GameState;
      readonly score: ScoreResult;
    }
  | { readonly ok: false; readonly problem: RecordProblem };

/** Replay an exported JSON session against the running content: the game and its score. */
export function replayClassroomJson(content: Content, json: string): ReplayedClassroom {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const parsed = parseRecord(data);
  if (!parsed.ok) return parsed;
  const restored = restoreClassroom(content, parsed.record);
  if (!restored.ok) return restored;
  const { state } = restored;
  return { ok: true, state, game: state.game, score: score(state.game) };
}
