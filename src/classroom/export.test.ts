import { describe, expect, it } from 'vitest';
import { counterfactual, score, type GameState } from '../core/index.ts';
import { indexOf } from '../core/model.ts';
import { contentFingerprint } from '../content/fingerprint.ts';
import { CSV_BOM, csvField } from './csv.ts';
import { CSV_COLUMNS, classroomCsv, classroomJson, replayClassroomJson } from './export.ts';
import type { ClassroomState } from './state.ts';
import { classroomSummary } from './summary.ts';
import { content, run, setupFor, start } from './test/helpers.ts';

/** A strict RFC 4180 reader, to check what the writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        if (!/^(,|\r\n|$)/.test(text.slice(i + 1, i + 3))) throw new Error(`junk at ${String(i)}`);
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '"' || ch === '\n' || ch === '\r') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${String(i)}`);
    } else field += ch;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

/** Space-separated signs a team answered in a round, from the summary. */
function signsOf(state: ClassroomState, team: string, round: number): string {
  const actor = classroomSummary(state).actors.find((a) => a.actor === team);
  return (actor?.signsResponded ?? [])
    .filter((s) => s.round === round)
    .map((s) => s.sign)
    .join(' ');
}

const NAMES = ['Lions, "the brave"', 'فريق الأمل', 'Line\nbreak'];

/** Three named teams; team 1 answers a warning sign it saw; notes with awkward text. */
function playedSession(): ClassroomState {
  const base = setupFor(3, { mode: 'facilitatorEntry', pin: '1357' }, 21);
  const teams = base.teams.map((t, i) => ({ ...t, name: NAMES[i] ?? t.name }));
  let state = start({ ...base, teams });
  state = run(state, [
    { kind: 'takeMeasure', by: 'team2', role: 'civil_society', measure: 'media_workshops' },
    { kind: 'note', team: 'team2', round: 1, text: '=SUM(A1), "quoted"\nsecond line' },
    { kind: 'advanceTrigger', trigger: 'census' },
    { kind: 'advanceRound' },
  ]).state;
  // Play on until a warning sign has occurred that team 1's roles can answer.
  const index = indexOf(state.game.model);
  for (let guard = 0; guard < 8; guard++) {
    state = run(state, [{ kind: 'continue' }]).state;
    if (state.phase.kind === 'discussion') state = run(state, [{ kind: 'continue' }]).state;
    const answer = answerable(state.game, index);
    if (answer) {
      return run(state, [
        { kind: 'takeMeasure', by: 'team1', role: answer.role, measure: answer.id },
        { kind: 'note', team: 'team1', round: state.game.round, text: 'لأن الخطاب يتصاعد' },
      ]).state;
    }
    state = run(state, [{ kind: 'advanceRound' }]).state;
  }
  throw new Error('no sign to answer');

  function answerable(game: GameState, idx: ReturnType<typeof indexOf>) {
    for (const sign of game.signs) {
      // Only a sign the class has seen can be answered.
      if (sign.response || sign.detectedRound === null || sign.detectedRound >= game.round)
        continue;
      const measure = game.model.measures.find(
        (m) =>
          (m.role === 'government' || m.role === 'nhri') &&
          idx.responders.get(sign.id)?.has(m.id) === true &&
          game.measureStatus[m.id] === undefined &&
          m.requires.length === 0 &&
          m.cost <= (game.capacity[m.role] ?? 0),
      );
      if (measure) return measure;
    }
    return null;
  }
}

describe('classroom summary', () => {
  it("credits each team with its measures and the signs they answered; the class's score", () => {
    const state = playedSession();
    const summary = classroomSummary(state);
    const [t1, t2, t3] = summary.actors;
    expect(summary.actors.map((a) => a.actor)).toEqual(['team1', 'team2', 'team3']);
    expect(t2?.measures).toEqual([
      expect.objectContaining({ measure: 'media_workshops', role: 'civil_society', round: 1 }),
    ]);
    expect(t1?.measures).toHaveLength(1);
    expect(t1?.signsResponded).toHaveLength(1);
    expect(t1?.signsResponded[0]?.measureUid).toBe(t1?.measures[0]?.uid);
    expect(t3?.measures).toEqual([]);
    expect(t2?.notes).toEqual([{ round: 1, text: '=SUM(A1), "quoted"\nsecond line' }]);
    expect(summary.score).toEqual(score(state.game));
    expect(summary.counterfactual).toEqual(counterfactual(state.game));
    expect(summary.triggersAdvanced).toEqual([{ trigger: 'census', from: 5, to: 1 }]);
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and newlines (RFC 4180) and keeps Arabic text intact', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('فريق')).toBe('فريق');
    expect(csvField(3)).toBe('3');

    const state = playedSession();
    const csv = classroomCsv(state);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(classroomCsv(state, { bom: false })).toBe(csv.slice(1));
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const rounds = state.game.round;
    expect(rows).toHaveLength(1 + 3 * rounds);
    const byTeam = (name: string) => rows.filter((r) => r[0] === name);
    expect(byTeam(NAMES[0] ?? '')).toHaveLength(rounds);
    expect(byTeam(NAMES[1] ?? '')[0]?.slice(0, 8)).toEqual([
      'فريق الأمل',
      'civil_society',
      '1',
      String(state.game.history[0]?.stage),
      String(state.game.history[1]?.stage),
      '1',
      'media_workshops',
      // Signs the workshops anticipated (they were pending when the sign occurred).
      signsOf(state, 'team2', 1),
    ]);
    // A note that would start a formula is defused with an apostrophe.
    expect(byTeam(NAMES[1] ?? '')[0]?.[8]).toBe(`'=SUM(A1), "quoted"\nsecond line`);
    const lastOfTeam1 = byTeam(NAMES[0] ?? '').at(-1);
    expect(lastOfTeam1?.[4]).toBe('');
    expect(lastOfTeam1?.[5]).toBe('1');
    expect(lastOfTeam1?.[7]?.length).toBeGreaterThan(0);
    expect(lastOfTeam1?.[8]).toBe('لأن الخطاب يتصاعد');
    expect(byTeam(NAMES[2] ?? '')[0]?.[1]).toBe('un_system partners');
  });
});

describe('JSON export', () => {
  it('replays to the same game and score', () => {
    const state = playedSession();
    const json = classroomJson(state, content);
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data.format).toBe('act-early-classroom');
    expect(data.version).toBe(1);
    expect(data.content).toBe(contentFingerprint(content));
    expect(data.timer).toBeNull();
    expect((data.setup as { pin: unknown }).pin).toBeNull();
    const replayed = replayClassroomJson(content, json);
    if (!replayed.ok) throw new Error(replayed.problem);
    expect(replayed.score).toEqual(score(state.game));
    expect(replayed.game).toEqual(state.game);
    expect(replayed.state.setup).toEqual({ ...state.setup, pin: null });
    expect(replayed.state.attribution).toEqual(state.attribution);
    expect(replayed.state.notes).toEqual(state.notes);
    expect(classroomSummary(replayed.state).actors).toEqual(classroomSummary(state).actors);
  });

  it('refuses other content, other versions, broken logs and garbage', () => {
    const json = classroomJson(start(setupFor(2)), content);
    const data = JSON.parse(json) as Record<string, unknown>;
    const attempt = (patch: Record<string, unknown>) => {
      const result = replayClassroomJson(content, JSON.stringify({ ...data, ...patch }));
      return result.ok ? 'ok' : result.problem;
    };
    expect(attempt({})).toBe('ok');
    expect(attempt({ content: 'deadbeef' })).toBe('otherContent');
    expect(attempt({ version: 2 })).toBe('newerVersion');
    expect(attempt({ version: 0 })).toBe('olderVersion');
    expect(attempt({ log: [{ kind: 'endTurn', role: 'government' }] })).toBe('replayFailed');
    expect(
      attempt({
        log: [{ kind: 'takeMeasure', role: 'nhri', measure: 'mediation' }],
        attribution: ['team1'],
      }),
    ).toBe('replayFailed');
    expect(attempt({ setup: { ...(data.setup as object), pin: 'x' } })).toBe('invalidSetup');
    expect(attempt({ log: 'nope' })).toBe('unreadable');
    expect(attempt({ done: ['stranger'] })).toBe('unreadable');
    expect(attempt({ phase: { kind: 'turn', team: 'stranger' } })).toBe('unreadable');
    const garbage = replayClassroomJson(content, '{"format": "act-early-classroom", oops');
    expect(garbage).toEqual({ ok: false, problem: 'unreadable' });
  });
});
