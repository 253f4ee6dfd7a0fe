import * as z from 'zod';
import type { Action } from '../core/types.ts';
import { ROLE_IDS } from './schema.ts';

const roleId = z.enum(ROLE_IDS);

/**
 * A core `Action` as stored in saves and classroom records. It lives here, not in src/core, so
 * the core (and its what-if worker) stays free of zod.
 */
export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('takeMeasure'), role: roleId, measure: z.string() }),
  z.strictObject({ kind: z.literal('withdrawMeasure'), role: roleId, measure: z.string() }),
  z.strictObject({ kind: z.literal('endTurn'), role: roleId }),
  z.strictObject({ kind: z.literal('endRound') }),
  z.strictObject({ kind: z.literal('advanceTrigger'), trigger: z.string() }),
]);
