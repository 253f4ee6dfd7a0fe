import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../', import.meta.url));
/** The browser side: everything but the Node tools and server. */
const BROWSER_DIRS = ['game', 'audio', 'i18n', 'classroom', 'core', 'content'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Sinks that parse a string as HTML or script. */
const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|parseFromString|srcdoc|document\.write(ln)?|eval|Function)\s*[=(]|setAttribute\(\s*['"]on|\.on[a-z]+\s*=\s*['"`]/g;
/** Sinks that load or navigate to a URL; each use is listed with where its value comes from. */
const URL_SINKS = /\.(href|src|action|formAction)\s*=[^=]|setAttribute\(\s*['"](href|src|action)/g;
const KNOWN_URL_SINKS = new Map([
  // A blob: URL made by URL.createObjectURL for a download.
  ['game/ui/download.ts', 1],
  // The emblem, a file bundled by Vite.
  ['game/scenes/TitleScene.ts', 1],
]);

function find(pattern: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const dir of BROWSER_DIRS) {
    for (const path of sources(join(SRC, dir))) {
      const code = readFileSync(path, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
      const hits = [...code.matchAll(pattern)].map((m) => m[0]);
      if (hits.length > 0) found.set(relative(SRC, path).split('\\').join('/'), hits);
    }
  }
  return found;
}

describe('text from files, links and the network reaches the DOM as text only', () => {
  it('no browser module uses an HTML or script sink (text goes through el, textContent, append)', () => {
    expect(find(HTML_SINKS)).toEqual(new Map());
  });

  it('URL sinks are only the known ones (a download blob and a bundled image)', () => {
    const found = new Map([...find(URL_SINKS)].map(([file, hits]) => [file, hits.length]));
    expect(found).toEqual(KNOWN_URL_SINKS);
  });

  it('the patterns catch what they are meant to', () => {
    const sample = [
      'node.innerHTML = text;',
      "node.insertAdjacentHTML('beforeend', text);",
      "button.setAttribute('onclick', text);",
      "link.onclick = 'go()';",
      "new Function('x');",
    ].join('\n');
    expect([...sample.matchAll(HTML_SINKS)]).toHaveLength(5);
    expect([...'a.href = x; img.src = y;'.matchAll(URL_SINKS)]).toHaveLength(2);
    expect([...'node.textContent = text; a.href === b'.matchAll(URL_SINKS)]).toHaveLength(0);
  });
});
