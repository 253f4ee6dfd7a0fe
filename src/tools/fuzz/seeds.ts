/**
 * Valid inputs to start the mutations from, made by playing the game: self-paced saves of games
 * played by the built-in policies (finished, and cut at round ends), classroom sessions walked
 * with random facilitator and team intents, and well-formed client messages of the server.
 */
import type { ClassroomIntent, ClassroomState } from '../../classroom/index.ts';
import { createClassroom, defaultSetup, reduceClassroom, toRecord } from '../../classroom/index.ts';
import { contentFingerprint } from '../../content/fingerprint.ts';
import type { Content, Scenario } from '../../content/schema.ts';
import { compileScenario, legalActions, playGame, type Action } from '../../core/index.ts';
import { SAVE_FORMAT_VERSION, type SaveData } from '../../game/session/save.ts';

/** A small deterministic generator (mulberry32), so the seeds are the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items[Math.floor(random() * items.length)];

/** Saves of whole and cut games for every scenario (random, greedy and no-action policies). */
export function saveSeeds(content: Content): SaveData[] {
  const fingerprint = contentFingerprint(content);
  const saves: SaveData[] = [];
  for (const scenario of content.scenarios) {
    const model = compileScenario(content, scenario.id);
    for (const [i, policy] of (['random', 'greedy', 'none'] as const).entries()) {
      const seed = 11 + i * 101;
      const game = playGame(model, seed, policy);
      const ends = game.log.flatMap((action, at) => (action.kind === 'endRound' ? [at + 1] : []));
      for (const cut of [
        0,
        ends[0] ?? 0,
        ends[Math.floor(ends.length / 2)] ?? 0,
        game.log.length,
      ]) {
        const log: Action[] = game.log.slice(0, cut);
        saves.push({
          format: 'act-early-save',
          version: SAVE_FORMAT_VERSION,
          content: fingerprint,
          scenario: scenario.id,
          seed,
          roles: [...game.roles],
          intensity: i === 1 ? 'gentle' : 'standard',
          finished: cut === game.log.length,
          log,
        });
      }
    }
  }
  return saves;
}

function candidates(state: ClassroomState, random: () => number): ClassroomIntent[] {
  const phase = state.phase;
  const out: ClassroomIntent[] = [
    { kind: 'startTurn' },
    { kind: 'continue' },
    { kind: 'tick', ms: 5000 },
    { kind: 'skipTimer' },
    { kind: 'extendTimer' },
  ];
  const team = phase.kind === 'turn' ? state.setup.teams.find((t) => t.id === phase.team) : null;
  if (team) {
    for (const role of team.roles) {
      const take = pick(
        legalActions(state.game, role).filter((a) => a.kind === 'takeMeasure'),
        random,
      );
      if (take?.kind === 'takeMeasure')
        out.push({ ...take, by: team.id }, { ...take, by: team.id });
    }
    out.push({ kind: 'teamDone', team: team.id });
    out.push({ kind: 'note', team: team.id, round: state.game.round, text: 'We waited.' });
  }
  if (random() < 0.02) out.push({ kind: 'pause' }, { kind: 'resume' });
  if (random() < 0.01) out.push({ kind: 'hideRisk', hidden: random() < 0.5 });
  return out;
}

/** Classroom sessions along random walks, recorded every few accepted steps. */
export function classroomSeeds(content: Content, walks = 6): ClassroomState[] {
  const states: ClassroomState[] = [];
  const scenarios: readonly Scenario[] = content.scenarios;
  for (let w = 0; w < walks; w++) {
    const random = generator(1000 + w);
    const scenario = scenarios[w % scenarios.length];
    if (!scenario) continue;
    const setup = {
      ...defaultSetup(scenario, 2 + (w % 3), {
        seed: 40 + w,
        nameOf: (i: number) => `Team ${String(i + 1)}`,
      }),
      preset: w % 2 === 0 ? ('min45' as const) : ('untimed' as const),
    };
    const created = createClassroom(content, setup);
    if (!created.ok)
      throw new Error(`fuzz seed setup refused: ${JSON.stringify(created.problems)}`);
    let state = created.state;
    for (let n = 0; n < 400 && state.phase.kind !== 'debrief'; n++) {
      const intent = pick(candidates(state, random), random);
      if (!intent) break;
      const step = reduceClassroom(state, intent);
      if (step.effects.some((e) => e.kind === 'rejected')) continue;
      state = step.state;
      if (n % 40 === 0) states.push(state);
    }
    states.push(state);
  }
  return states;
}

/** A classroom record and its store entry, as the export and the store write them. */
export function recordSeeds(content: Content, states: readonly ClassroomState[]) {
  const fingerprint = contentFingerprint(content);
  return {
    exports: states.map((state) => toRecord(state, fingerprint, false)),
    entries: states.map((state, i) => ({
      savedAt: 1_700_000_000_000 + i,
      session: toRecord(state, fingerprint),
    })),
  };
}

/** Well-formed client messages of the server, by name, for a session of these teams and roles. */
export function messageSeeds(state: ClassroomState): { type: string; message: unknown }[] {
  const team = state.setup.teams[0];
  const role = team?.roles[0] ?? 'government';
  const measure =
    legalActions(state.game, role).find((a) => a.kind === 'takeMeasure')?.measure ?? 'none';
  const id = team?.id ?? 'team1';
  const pickOf = (kind: 'take' | 'withdraw') => ({ kind, role, measure });
  return [
    { type: 'intent', message: { ref: 1, intent: { kind: 'startTurn' } } },
    { type: 'intent', message: { intent: { kind: 'takeMeasure', by: id, role, measure } } },
    {
      type: 'intent',
      message: { ref: 2, intent: { kind: 'note', team: id, round: 1, text: 'Hi' } },
    },
    { type: 'intent', message: { ref: 3, intent: { kind: 'hideRisk', hidden: true } } },
    { type: 'intent', message: { ref: 4, intent: { kind: 'advanceTrigger', trigger: 'x' } } },
    { type: 'intent', message: { ref: 5, intent: { kind: 'teamDone', team: id } } },
    { type: 'lock', message: { ref: 6, locked: true } },
    { type: 'rename', message: { ref: 7, student: 's1', nickname: 'Ada' } },
    { type: 'remove', message: { ref: 8, student: 's2' } },
    { type: 'place', message: { ref: 9, student: 's3', team: id } },
    { type: 'pickTeam', message: { ref: 10, team: id } },
    { type: 'propose', message: { ref: 11, pick: pickOf('take') } },
    { type: 'propose', message: { ref: 12, team: id, pick: pickOf('withdraw') } },
    { type: 'unpropose', message: { ref: 13, proposal: 1 } },
    { type: 'submit', message: { ref: 14, revision: 0 } },
    { type: 'note', message: { ref: 15, round: 1, text: 'We talked.' } },
    { type: 'sync', message: {} },
    { type: 'unknown', message: { ref: 16 } },
  ];
}
