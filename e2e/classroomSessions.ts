/** Finished classroom sessions built with the pure model, to save in the browser's storage. */
import {
  createClassroom,
  reduceClassroom,
  toRecord,
  type ClassroomSetup,
  type ClassroomState,
} from '../src/classroom/index.ts';
import { loadProjectContent } from '../src/tools/content-dir.ts';

/** The crowded session's team names: short ones and one of exactly forty characters. */
export const CROWDED_NAMES = [
  'Blue',
  'Orange',
  'Green',
  'Red',
  'Sky',
  'A name of exactly forty characters, long',
] as const;

/**
 * A finished 12-round session of six teams (by default one with a 40-character name) and a
 * facilitator who plays a role: most act most rounds, team 1 twice a round when it can, team 4
 * never.
 */
export function crowdedSession(
  names: readonly string[] = CROWDED_NAMES,
): ReturnType<typeof toRecord> {
  const loaded = loadProjectContent();
  if (!loaded.ok) throw new Error('content');
  const content = loaded.content;
  const roles = [
    ['government'],
    ['nhri'],
    ['civil_society'],
    ['un_system'],
    ['government'],
    ['civil_society'],
  ] as const;
  const setup: ClassroomSetup = {
    scenario: 'unhealed_past',
    intensity: 'standard',
    seed: 77,
    teams: roles.map((r, i) => ({
      id: `team${String(i + 1)}`,
      name: names[i] ?? '',
      colour: i,
      roles: r,
    })),
    facilitatorRoles: ['partners'],
    mode: 'facilitatorEntry',
    preset: 'untimed',
    pin: null,
  };
  const created = createClassroom(content, setup);
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  let state: ClassroomState = created.state;
  const actors = [
    ...setup.teams.map((t) => ({ by: t.id, roles: t.roles })),
    { by: 'facilitator', roles: setup.facilitatorRoles },
  ];
  const tryIntent = (intent: Parameters<typeof reduceClassroom>[1]): boolean => {
    const result = reduceClassroom(state, intent);
    if (result.effects.some((e) => e.kind === 'rejected')) return false;
    state = result.state;
    return true;
  };
  for (let guard = 0; guard < 100 && state.phase.kind !== 'debrief'; guard++) {
    if (state.phase.kind !== 'entry') {
      tryIntent({ kind: 'continue' });
      continue;
    }
    actors.forEach(({ by, roles: own }, i) => {
      if (by === 'team4' || (state.game.round + i) % 4 === 0) return;
      let wanted = by === 'team1' ? 2 : 1;
      for (const measure of state.game.model.measures) {
        if (wanted === 0 || !own.includes(measure.role)) continue;
        const intent = {
          kind: 'takeMeasure',
          by,
          role: measure.role,
          measure: measure.id,
        } as const;
        if (tryIntent(intent)) wanted--;
      }
    });
    tryIntent({ kind: 'advanceRound' });
  }
  return toRecord(state, content);
}
