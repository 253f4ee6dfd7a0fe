import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../tools/content-dir.ts';
import { loadContentOrThrow } from './load.ts';
import { SCENARIO_LIMITS, exportScenario, scenarioBase } from './scenarioFile.ts';
import {
  SCENARIO_LINK_LIMIT,
  decodeScenarioLink,
  deflateRaw,
  encodeScenarioLink,
  inflateRaw,
  fromBase64Url,
  toBase64Url,
} from './scenarioLink.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const locale: unknown = JSON.parse(readFileSync(`${ROOT}locales/en/content.json`, 'utf8'));
const content = loadContentOrThrow(readContentDir(`${ROOT}src/content/data`), locale);
const base = scenarioBase(content, locale);

function election() {
  const file = exportScenario(base, 'election');
  if (!file) throw new Error('no election scenario');
  return file;
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

async function codes(fragment: string): Promise<string[]> {
  const result = await decodeScenarioLink(fragment, base);
  return result.ok ? [] : result.errors.map((e) => e.message.code);
}

describe('base64url', () => {
  it('round-trips every length and byte value, and refuses other characters', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
    expect(fromBase64Url('ab+c')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
  });
});

describe('scenario links', () => {
  it('encode a file into a short fragment and decode it back through the validation', async () => {
    const file = { ...election(), text: { zh: { briefing: '一个虚构国家的危机。' } } };
    const fragment = await encodeScenarioLink(file);
    expect(fragment).toMatch(/^scenario=1\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(JSON.stringify(file).length / 2);
    const result = await decodeScenarioLink(`#${fragment}`, base);
    expect(result).toEqual({ ok: true, file, warnings: [] });
  });

  it('refuses a damaged, foreign or newer link', async () => {
    const fragment = await encodeScenarioLink(election());
    expect(await codes(fragment.slice(0, -20))).toEqual(['badLink']);
    expect(await codes('scenario=1.@@@@')).toEqual(['badLink']);
    expect(await codes('lng=fr')).toEqual(['badLink']);
    expect(await codes('')).toEqual(['badLink']);
    expect(await codes(fragment.replace('scenario=1.', 'scenario=2.'))).toEqual([
      'unsupportedVersion',
    ]);
    expect(await codes(`scenario=1.${await deflate('\uFFFE not json')}`)).toEqual(['notJson']);
  });

  it('refuses what the file decoder refuses, naming the field', async () => {
    const file = { ...election(), text: { fr: { briefing: '<script>alert(1)</script>' } } };
    const result = await decodeScenarioLink(await encodeScenarioLink(file), base);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'text.fr.briefing', message: { code: 'markup', params: {} } },
    ]);
    const polluted = JSON.stringify(election()).replace(/^{/, '{"__proto__":{"x":1},');
    expect(await codes(`scenario=1.${await deflate(polluted)}`)).toEqual(['forbiddenKey']);
  });

  it('stops decompressing a bomb at the size limit, and refuses an over-long fragment', async () => {
    const bomb = await deflate(' '.repeat(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(60_000);
    expect(await codes(`scenario=1.${bomb}`)).toEqual(['tooLarge']);
    const packed = fromBase64Url(bomb) ?? new Uint8Array();
    expect(await inflateRaw(packed, SCENARIO_LIMITS.bytes)).toBe('tooLarge');
    const small = await deflateRaw(new Uint8Array(5000).fill(32));
    expect(await inflateRaw(small, 5000)).toEqual(new Uint8Array(5000).fill(32));
    expect(await inflateRaw(small, 4999)).toBe('tooLarge');
    expect(await codes(`scenario=1.${'A'.repeat(SCENARIO_LINK_LIMIT)}`)).toEqual(['tooLarge']);
  });
});
