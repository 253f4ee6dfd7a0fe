import { describe, expect, it } from 'vitest';
import { findProblems } from './i18n-rules.ts';

const code = ["t('greeting.hello')", "t('count.items', { count })", "t('kind.a.name')"];

function english(): Record<string, unknown> {
  return {
    ui: {
      greeting: { hello: 'Hello, {{name}}!' },
      count: { items_one: '{{count}} item', items_other: '{{count}} items' },
      kind: { a: { name: 'Kind A' } },
    },
  };
}

function french(): Record<string, unknown> {
  return {
    ui: {
      greeting: { hello: 'Bonjour, {{name}}\u00a0!' },
      count: {
        items_one: '{{count}} élément',
        items_many: '{{count}} d’éléments',
        items_other: '{{count}} éléments',
      },
      kind: { a: { name: 'Genre A' } },
    },
  };
}

describe('i18n:check rules', () => {
  it('pass when every language agrees', () => {
    expect(findProblems({ en: english(), fr: french() }, code, [])).toEqual([]);
  });

  it('catch a missing key and an extra key', () => {
    const fr = french() as { ui: { greeting: Record<string, string> } };
    delete fr.ui.greeting.hello;
    fr.ui.greeting.bye = 'Au revoir';
    expect(findProblems({ en: english(), fr }, code, [])).toEqual([
      'fr/ui: greeting.hello: missing',
      'fr/ui: greeting.bye: not in English',
    ]);
  });

  it('catch missing or impossible plural forms, from Intl.PluralRules', () => {
    const fr = french() as { ui: { count: Record<string, string> } };
    delete fr.ui.count.items_many;
    const ru = french() as { ui: { count: Record<string, string> } };
    ru.ui.count = { items_one: '{{count}} предмет', items_other: '{{count}} предмета' };
    const problems = findProblems({ en: english(), fr, ru }, code, []);
    expect(problems).toContain('fr/ui: count.items: missing plural forms many');
    expect(problems).toContain('ru/ui: count.items: missing plural forms few, many');
  });

  it('catch a plain space before French punctuation', () => {
    const fr = french() as { ui: { greeting: Record<string, string> } };
    fr.ui.greeting.hello = 'Bonjour, {{name}} !';
    expect(findProblems({ en: english(), fr }, code, [])).toEqual([
      'fr/ui: greeting.hello: a plain space before punctuation (use a no-break space)',
    ]);
  });

  it('catch interpolation variables that differ', () => {
    const fr = french() as { ui: { greeting: Record<string, string> } };
    fr.ui.greeting.hello = 'Bonjour, {{nom}}\u00a0!';
    expect(findProblems({ en: english(), fr }, code, [])).toEqual([
      'fr/ui: greeting.hello: variables {nom} differ from English {name}',
    ]);
  });

  it('catch keys that no code or content uses', () => {
    expect(findProblems({ en: english() }, ["t('greeting.hello')"], [])).toEqual([
      'en/ui: kind.a.name: never used by code or content',
      'en/ui: count.items: never used by code or content',
    ]);
    expect(
      findProblems({ en: english() }, ["t('greeting.hello')"], [{ key: 'count.items' }]),
    ).toEqual(['en/ui: kind.a.name: never used by code or content']);
  });

  it('count a key built at run time as unused', () => {
    const built = ["t('greeting.hello')", "t('count.items', { count })", 't(`kind.${kind}.name`)'];
    expect(findProblems({ en: english() }, built, [])).toEqual([
      'en/ui: kind.a.name: never used by code or content',
    ]);
  });

  it('catch values left in English, but allow brand, acronyms and invented names', () => {
    const fr = french() as { ui: { kind: { a: { name: string } } } };
    fr.ui.kind.a.name = 'Kind A';
    expect(findProblems({ en: english(), fr }, code, [])).toEqual([
      'fr/ui: kind.a.name: identical to English ("Kind A")',
    ]);
    const en = { ui: { ...(english().ui as object), app: { name: 'Act Early' } } };
    const frBrand = { ui: { ...(french().ui as object), app: { name: 'Act Early' } } };
    expect(findProblems({ en, fr: frBrand }, [...code, "t('app.name')"], [])).toEqual([]);
  });
});
