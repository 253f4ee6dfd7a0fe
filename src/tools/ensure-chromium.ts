/**
 * Runs before the browser tests: makes sure Debian's Chromium and the Noto fonts (Arabic, CJK)
 * are present. As root it installs them with apt-get; otherwise it says exactly what to install.
 * Playwright never downloads a browser of its own here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const APT_PACKAGES = ['chromium', 'fonts-noto-core', 'fonts-noto-cjk'];
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function hasFont(family: string): boolean {
  const result = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes(family);
}

function missingPieces(): string[] {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) missing.push(`Chromium at ${chromiumPath}`);
  if (!hasFont('Noto Sans Arabic')) missing.push('the Noto Arabic font');
  if (!hasFont('Noto Sans CJK')) missing.push('the Noto CJK font');
  return missing;
}

if (missingPieces().length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const canApt = existsSync('/usr/bin/apt-get');
if (isRoot && canApt && !process.env.CHROMIUM_PATH) {
  console.log(
    `Installing ${APT_PACKAGES.join(', ')} with apt-get (missing: ${missingPieces().join(', ')})…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES], { stdio: 'inherit', env });
  if (missingPieces().length === 0) process.exit(0);
}

const missing = missingPieces();
console.error(
  [
    `The browser tests need ${missing.join(', ')}.`,
    `Install them with:  sudo apt-get install ${APT_PACKAGES.join(' ')}`,
    'or point CHROMIUM_PATH at an existing Chromium (the fonts are still needed for Arabic and Chinese).',
    'Playwright must not download a browser of its own.',
  ].join('\n'),
);
process.exit(1);
