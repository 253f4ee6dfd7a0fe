import type { Stage } from '../../core/index.ts';

/** Tension levels a region can show; each has a colour, a dot pattern and a word. */
export const TENSION_LEVELS = ['calm', 'watch', 'tense', 'critical'] as const;
export type TensionLevel = (typeof TENSION_LEVELS)[number];

/** Okabe–Ito colours by level: bluish green, yellow, orange, vermillion. */
export const TENSION_COLOURS: Record<TensionLevel, number> = {
  calm: 0x009e73,
  watch: 0xf0e442,
  tense: 0xe69f00,
  critical: 0xd55e00,
};

/** A region's tension from the national threat (0–100) and how exposed the region is. */
export function regionTension(threat: number, exposure: number): TensionLevel {
  const felt = threat * exposure;
  if (felt >= 60) return 'critical';
  if (felt >= 42) return 'tense';
  if (felt >= 26) return 'watch';
  return 'calm';
}

/** Stage colours for the meter, from calm to crisis; the meter also prints the number and name. */
export const STAGE_COLOURS: Record<Stage, number> = {
  1: 0x009e73,
  2: 0x56b4e9,
  3: 0xf0e442,
  4: 0xe69f00,
  5: 0xd55e00,
};
