import { describe, expect, it } from 'vitest';
import { SceneKey } from '../keys.ts';
import { UpdateGate } from './updateGate.ts';

function gate(): { gate: UpdateGate; shown: boolean[] } {
  const shown: boolean[] = [];
  return { gate: new UpdateGate((visible) => shown.push(visible)), shown };
}

describe('UpdateGate', () => {
  it('never offers a new version during a round; it waits for the debrief', () => {
    const { gate: g, shown } = gate();
    g.sceneEntered(SceneKey.Play);
    g.versionWaiting();
    expect(g.visible).toBe(false);
    g.sceneEntered(SceneKey.ClassroomPlay);
    expect(g.visible).toBe(false);
    g.sceneEntered(SceneKey.Debrief);
    expect(g.visible).toBe(true);
    expect(shown.at(-1)).toBe(true);
    g.sceneEntered(SceneKey.ScenarioSelect);
    expect(g.visible).toBe(false);
  });

  it('offers on the title once a version waits, and hides it when the player leaves', () => {
    const { gate: g } = gate();
    g.sceneEntered(SceneKey.Title);
    expect(g.visible).toBe(false);
    g.versionWaiting();
    expect(g.visible).toBe(true);
    g.sceneEntered(SceneKey.Briefing);
    expect(g.visible).toBe(false);
  });

  it('"Later" hides the offer until the next safe moment, not for a rebuild of the same scene', () => {
    const { gate: g } = gate();
    g.versionWaiting();
    g.sceneEntered(SceneKey.Title);
    g.later();
    expect(g.visible).toBe(false);
    // A language change rebuilds the title: still dismissed.
    g.sceneEntered(SceneKey.Title);
    expect(g.visible).toBe(false);
    g.sceneEntered(SceneKey.Play);
    g.sceneEntered(SceneKey.Debrief);
    expect(g.visible).toBe(true);
  });
});
