/**
 * `npm run audio:build`: renders every sound from src/audio/soundDesign.ts with the seeded
 * synthesiser, encodes Opus (opusenc) and MP3 (lame), and writes them to assets/audio together
 * with the sprite map. Deterministic: the same design gives the same WAV data, and the encoders
 * are run with fixed settings (fixed Ogg serial). Needs Debian's opus-tools and lame.
 *
 *   node src/tools/audio-build.ts            build everything
 *   node src/tools/audio-build.ts --wav DIR  also keep the WAV files in DIR (for listening)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CUES, MUSIC, MUSIC_KEYS } from '../audio/soundDesign.ts';
import { buildSprite, encodeWav, peakOf, renderLoop, SAMPLE_RATE } from '../audio/synth.ts';

const OUT_DIR = resolve(import.meta.dirname, '../../assets/audio');
/** The budget for all committed audio. */
const BUDGET_BYTES = 600 * 1024;

const OPUS_ARGS = [
  '--quiet',
  '--bitrate',
  '32',
  '--comp',
  '10',
  '--serial',
  '1',
  '--discard-comments',
];
const MP3_ARGS = ['--quiet', '-m', 'm', '--cbr', '-b', '32', '--resample', '24', '-q', '2'];

function requireTool(name: string, hint: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (found.status !== 0) {
    console.error(`${name} is missing. Install it with: apt-get install -y ${hint}`);
    process.exit(1);
  }
}

function encode(wavPath: string, name: string): void {
  execFileSync('opusenc', [...OPUS_ARGS, wavPath, join(OUT_DIR, `${name}.opus`)]);
  execFileSync('lame', [...MP3_ARGS, wavPath, join(OUT_DIR, `${name}.mp3`)]);
}

function main(): void {
  requireTool('opusenc', 'opus-tools');
  requireTool('lame', 'lame');
  const keepIndex = process.argv.indexOf('--wav');
  const keepDir = keepIndex >= 0 ? process.argv[keepIndex + 1] : undefined;
  const work = mkdtempSync(join(tmpdir(), 'act-early-audio-'));
  mkdirSync(OUT_DIR, { recursive: true });
  const rendered: { name: string; samples: Float32Array }[] = [];

  try {
    const sprite = buildSprite(CUES);
    rendered.push({ name: 'sfx', samples: sprite.samples });
    writeFileSync(join(OUT_DIR, 'sfx.sprite.json'), `${JSON.stringify(sprite.map, null, 2)}\n`);
    for (const key of MUSIC_KEYS) {
      rendered.push({ name: `music-${key}`, samples: renderLoop(MUSIC[key]) });
    }
    for (const { name, samples } of rendered) {
      const wav = encodeWav(samples);
      const wavPath = join(work, `${name}.wav`);
      writeFileSync(wavPath, wav);
      encode(wavPath, name);
      if (keepDir) {
        mkdirSync(keepDir, { recursive: true });
        copyFileSync(wavPath, join(keepDir, `${name}.wav`));
      }
      const hash = createHash('sha256').update(wav).digest('hex').slice(0, 16);
      const seconds = (samples.length / SAMPLE_RATE).toFixed(2);
      console.log(
        `${name.padEnd(14)} ${seconds.padStart(6)} s  peak ${peakOf(samples).toFixed(3)}  wav sha256 ${hash}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  let total = 0;
  for (const file of readdirSync(OUT_DIR).sort()) {
    if (!/\.(opus|mp3|json)$/.test(file)) continue;
    const size = statSync(join(OUT_DIR, file)).size;
    total += size;
    console.log(`  ${file.padEnd(22)} ${(size / 1024).toFixed(1).padStart(7)} kB`);
  }
  console.log(`Total audio: ${(total / 1024).toFixed(1)} kB (budget ${BUDGET_BYTES / 1024} kB)`);
  if (total > BUDGET_BYTES) {
    console.error('Over the audio budget: lower the bitrates or shorten the loops.');
    process.exit(1);
  }
}

main();
