import { describe, expect, it } from 'vitest';
import { loadProjectContent } from '../tools/content-dir.ts';
import { contentFingerprint } from './fingerprint.ts';
import type { ContentKey } from './schema.ts';

const loaded = loadProjectContent();
if (!loaded.ok) throw new Error('content must load');
const content = loaded.content;

describe('contentFingerprint', () => {
  const first = content.measures[0];
  if (!first) throw new Error('content has measures');

  it('ignores wording: keys and citations', () => {
    const reworded = {
      ...content,
      measures: [
        { ...first, nameKey: 'measure.other.name' as ContentKey, cites: [1] },
        ...content.measures.slice(1),
      ],
    };
    expect(contentFingerprint(reworded)).toBe(contentFingerprint(content));
  });

  it('changes when the rules change', () => {
    const costlier = {
      ...content,
      measures: [{ ...first, cost: first.cost + 1 }, ...content.measures.slice(1)],
    };
    expect(contentFingerprint(costlier)).not.toBe(contentFingerprint(content));
  });
});
