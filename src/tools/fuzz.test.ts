import { describe, expect, it } from 'vitest';
import { decoderTable } from './fuzz/decoders.ts';
import { MemoryStorage } from './fuzz/memoryStorage.ts';
import { decoder } from './fuzz/outcome.ts';
import { fuzzDecoder, messageExists } from './fuzz/run.ts';
import { projectBase } from './scenario-report.ts';
import fc from 'fast-check';

const table = decoderTable(projectBase());

describe('fuzzing every decoder (short run; npm run fuzz runs 100,000 cases each)', () => {
  it('covers the saves, settings, classroom records, server messages and scenario files', () => {
    expect(table.map((d) => d.name)).toEqual([
      'save',
      'settings',
      'classroomImport',
      'classroomStore',
      'serverMessages',
      'scenarioFile',
    ]);
  });

  for (const target of table) {
    it(`${target.name}: no crash, every refusal explained, nothing stored lost`, () => {
      const { figures, examples } = fuzzDecoder(target, 2000, 7);
      expect(examples).toEqual([]);
      expect(figures).toMatchObject({ cases: 2000, crashes: 0, unclear: 0, notKeptAside: 0 });
      expect(figures.accepted).toBeGreaterThan(0);
      expect(figures.refused).toBeGreaterThan(0);
    }, 60_000);
  }
});

describe('the fuzz harness', () => {
  it('counts throws, unknown messages and lost inputs', () => {
    const inputs = fc.constantFrom(0, 1, 2, 3);
    const broken = decoder('broken', inputs, (n) => {
      if (n === 0) throw new Error('boom');
      if (n === 1) return { accepted: true };
      return {
        accepted: false,
        reason: 'x',
        message: n === 2 ? { ns: 'ui', key: 'save.problem.nothing' } : 'silent',
        keptAside: n === 2,
      };
    });
    const { figures } = fuzzDecoder(broken, 400, 1);
    expect(figures.crashes).toBeGreaterThan(0);
    expect(figures.unclear).toBeGreaterThan(0);
    expect(figures.notKeptAside).toBe(figures.refused - figures.unclear);
    expect(figures.cases).toBe(figures.accepted + figures.refused + figures.crashes);
  });

  it('finds messages in the English locale only where a string is', () => {
    expect(messageExists({ ns: 'ui', key: 'save.problem.unreadable' })).toBe(true);
    expect(messageExists({ ns: 'ui', key: 'save.problem' })).toBe(false);
    expect(messageExists({ ns: 'classroom', key: 'setup.loadProblem.replayFailed' })).toBe(true);
  });

  it('keeps an in-memory Storage like Web Storage', () => {
    const storage = new MemoryStorage({ a: '1' });
    storage.setItem('b', '2');
    storage.removeItem('a');
    expect([storage.length, storage.key(0), storage.getItem('a'), storage.getItem('b')]).toEqual([
      1,
      'b',
      null,
      '2',
    ]);
  });
});
