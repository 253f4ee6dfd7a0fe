import { z } from 'zod';

/** The five playable roles: the report's actors. Students never play perpetrators. */
export const ROLE_IDS = ['government', 'nhri', 'civil_society', 'un_system', 'partners'] as const;
/** A playable role id. */
export type RoleId = (typeof ROLE_IDS)[number];

/** Kinds of measure (¶5 operational, ¶6 structural, ¶7/¶33 guarantees of non-recurrence). */
export const MEASURE_KINDS = ['structural', 'operational', 'non_recurrence'] as const;
/** A measure kind. */
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** What a factor measures: risk (the wood), resilience (mitigating), early-warning capacity. */
export const FACTOR_KINDS = ['risk', 'resilience', 'capacity'] as const;
/** A factor kind. */
export type FactorKind = (typeof FACTOR_KINDS)[number];

/** How a measure depends on the State's consent (¶6 willingness, ¶29 sovereignty concerns). */
export const CONSENT_KINDS = ['domestic', 'consent', 'pressure'] as const;
/** A consent kind. */
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** Pillars: national actors and international actors (for cooperation scoring, ¶23, ¶36). */
export const PILLARS = ['national', 'international'] as const;
/** A pillar. */
export type Pillar = (typeof PILLARS)[number];

/**
 * Wordings a class can choose: `gentle` softens strong words for younger classes. It changes
 * words only, never the model.
 */
export const INTENSITIES = ['standard', 'gentle'] as const;
/** A wording intensity. */
export type Intensity = (typeof INTENSITIES)[number];

/** Number of escalation stages (1 latent risk … 5 atrocity crimes). */
export const STAGE_COUNT = 5;
/** Paragraphs of the report that may be cited. */
export const REPORT_PARAGRAPHS = { min: 1, max: 43 } as const;
/** Risk factors of the UN Framework of Analysis for Atrocity Crimes (2014). */
export const FRAMEWORK_FACTORS = { min: 1, max: 14 } as const;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'expected an id in snake_case (a-z, 0-9, _)' });
const i18nKey = z
  .string()
  .regex(/^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/, { error: 'expected a dotted i18n key' })
  .brand<'ContentKey'>();
/**
 * A key of the `content` namespace read from content data: only the schema makes one, and
 * i18n:check proves every language has it, so the game may translate it without more checks.
 */
export type ContentKey = z.infer<typeof i18nKey>;
const paragraph = z
  .number()
  .int({ error: 'expected a whole paragraph number' })
  .min(REPORT_PARAGRAPHS.min, { error: 'expected a paragraph of the report between 1 and 43' })
  .max(REPORT_PARAGRAPHS.max, { error: 'expected a paragraph of the report between 1 and 43' });
const frameworkFactor = z
  .number()
  .int({ error: 'expected a whole Framework risk factor number' })
  .min(FRAMEWORK_FACTORS.min, { error: 'expected a Framework of Analysis risk factor 1–14' })
  .max(FRAMEWORK_FACTORS.max, { error: 'expected a Framework of Analysis risk factor 1–14' });
/** An indicator of the Framework of Analysis: "<risk factor>.<n>", e.g. "7.4". */
const frameworkIndicator = z.string().regex(/^([1-9]|1[0-4])\.[1-9][0-9]?$/, {
  error: 'expected a Framework of Analysis indicator such as "7.4"',
});
const fraction = z.number().min(0).max(1);
const stageTuple = <T extends z.ZodType>(item: T) => z.tuple([item, item, item, item, item]);

/** A change to one factor, in points on its 0–100 scale. */
export const EffectSchema = z.strictObject({ factor: id, delta: z.number().min(-100).max(100) });
/** A change to one factor. */
export type Effect = z.infer<typeof EffectSchema>;

/** A risk, resilience or early-warning capacity factor (values 0–100). */
export const FactorSchema = z.strictObject({
  id,
  kind: z.enum(FACTOR_KINDS),
  /** Weight in the risk or resilience index (and in policies' estimates). */
  weight: z.number().min(0).max(10).default(1),
  /** For capacity factors: how much a full capacity adds to warning-sign visibility. */
  visibility: fraction.default(0),
  framework: z.array(frameworkFactor).default([]),
  cites: z.array(paragraph).default([]),
  nameKey: i18nKey,
  descriptionKey: i18nKey,
});
/** A factor definition. */
export type Factor = z.infer<typeof FactorSchema>;

/** A role and its capacity per round. */
export const RoleSchema = z.strictObject({
  id: z.enum(ROLE_IDS),
  pillar: z.enum(PILLARS),
  capacity: z.number().int().min(1).max(20),
  cites: z.array(paragraph).default([]),
  nameKey: i18nKey,
  descriptionKey: i18nKey,
  /** The report's words about this actor, with its ¶ in the text (for the printed role card). */
  quoteKey: i18nKey.optional(),
});
/** A role definition. */
export type Role = z.infer<typeof RoleSchema>;

/** A synergy: when `with` has been taken (and not withdrawn), this measure is faster or stronger. */
export const SynergySchema = z.strictObject({
  with: id,
  /** Rounds taken off the delay. */
  speedup: z.number().int().min(0).max(10).default(0),
  /** Extra strength, e.g. 0.5 = +50 % effects while the partner measure is in effect. */
  strength: z.number().min(0).max(5).default(0),
  cites: z.array(paragraph).default([]),
});
/** A synergy between measures. */
export type Synergy = z.infer<typeof SynergySchema>;

/** A measure a role can take. */
export const MeasureSchema = z.strictObject({
  id,
  role: z.enum(ROLE_IDS),
  kind: z.enum(MEASURE_KINDS),
  /**
   * Pillar of the responsibility to protect (2005 World Summit Outcome ¶138–139): 1 the State's own
   * responsibility, 2 international assistance, 3 timely and decisive collective action.
   */
  pillar: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Capacity points of the role spent in the round the measure is taken. */
  cost: z.number().int().min(1).max(20),
  /** Rounds before the measure takes effect (0 = at the end of this round). */
  delay: z.number().int().min(0).max(20),
  /** Rounds in effect; 0 = until the end of the game. */
  duration: z.number().int().min(0).max(20),
  /** Applied once when the measure takes effect. */
  onset: z.array(EffectSchema).default([]),
  /** Applied every round while in effect. */
  effects: z.array(EffectSchema).default([]),
  /** Effectiveness multiplier by stage 1..5. */
  curve: stageTuple(z.number().min(0).max(3)),
  consent: z.enum(CONSENT_KINDS).default('domestic'),
  /** Extra capacity per round for roles while the measure is in effect (e.g. resourcing). */
  capacity: z
    .array(z.strictObject({ role: z.enum(ROLE_IDS), amount: z.number().int().min(1).max(10) }))
    .default([]),
  /** Score value of the measure (multiplied by how early it came). */
  value: z.number().min(0).max(100),
  /** Inclusion points: civil society, women and youth involved (¶38, ¶42). */
  inclusion: z.number().min(0).max(100).default(0),
  /** Hard prerequisites: measures that must have been taken before. */
  requires: z.array(id).default([]),
  /** Soft prerequisite: without any of these in effect, effects are multiplied by `without`. */
  dependsOn: z.strictObject({ anyOf: z.array(id).min(1), without: fraction }).optional(),
  synergies: z.array(SynergySchema).default([]),
  /** Warning signs this measure responds to (besides signs whose factor it lowers). */
  responds: z.array(id).default([]),
  withdrawable: z.boolean().default(true),
  /** Scenarios that offer it, e.g. a tool only one country's past calls for (default: every scenario). */
  scenarios: z.array(id).min(1).optional(),
  cites: z.array(paragraph).min(1, { error: 'expected at least one paragraph of the report' }),
  framework: z.array(frameworkFactor).default([]),
  nameKey: i18nKey,
  descriptionKey: i18nKey,
  /** "From the report": a short quote or paraphrase with its ¶ in the text. */
  quoteKey: i18nKey.optional(),
  /** One line on when the measure works best. */
  hintKey: i18nKey.optional(),
});
/** A measure definition. */
export type Measure = z.infer<typeof MeasureSchema>;

/** A warning sign: an event that reveals and raises risk (the fuel). */
export const WarningSignSchema = z.strictObject({
  id,
  /** The risk factor it reveals; it can occur once this factor reaches `threshold`. */
  factor: id,
  threshold: z.number().min(0).max(100),
  /** Probability per round once the threshold is reached. */
  chance: fraction,
  /** Further conditions that must all hold (e.g. instability ≥ 30 as well). */
  when: z.array(z.strictObject({ factor: id, min: z.number().min(0).max(100) })).default([]),
  /** Only near one of these triggers: scheduled within `before` rounds or fired within `after`. */
  nearTrigger: z
    .strictObject({
      ids: z.array(id).min(1),
      before: z.number().int().min(0).max(30).default(0),
      after: z.number().int().min(0).max(30).default(0),
    })
    .optional(),
  /** Rounds before the same sign can occur again. */
  cooldown: z.number().int().min(1).max(20).default(3),
  effects: z.array(EffectSchema).min(1),
  /** Points for a prompt relevant response. */
  value: z.number().min(0).max(100).default(10),
  framework: z
    .array(frameworkFactor)
    .min(1, { error: 'expected at least one Framework of Analysis risk factor' }),
  /** Framework indicators it stands for: the citation of a sign that no ¶ of the report names. */
  indicators: z.array(frameworkIndicator).default([]),
  cites: z.array(paragraph).default([]),
  /** 1 low, 2 serious, 3 grave (for display; text at `severity.<n>`). */
  severity: z.number().int().min(1).max(3).optional(),
  nameKey: i18nKey,
  descriptionKey: i18nKey,
});
/** A warning sign definition. */
export type WarningSign = z.infer<typeof WarningSignSchema>;

/** Kinds of scheduled trigger (¶8, ¶12). */
export const TRIGGER_KINDS = [
  'election',
  'census',
  'commemoration',
  'economic_shock',
  'epidemic',
  'other',
] as const;

/** A scheduled trigger: the match that falls on fertile ground (¶12). */
export const TriggerSchema = z.strictObject({
  id,
  kind: z.enum(TRIGGER_KINDS),
  effects: z.array(EffectSchema).min(1),
  /** Factors whose accumulated level multiplies the impact (empty = the risk index). */
  amplifiers: z.array(id).default([]),
  /** Measures that soften the impact while in effect: impact × multiplier. */
  dampedBy: z.array(z.strictObject({ measure: id, multiplier: fraction })).default([]),
  framework: z.array(frameworkFactor).default([8]),
  cites: z.array(paragraph).default([]),
  /**
   * True when players know it in advance (scheduled and public: election, census, commemoration);
   * false for surprises (economic shock, epidemic, abrupt change). A scenario's turn may override it.
   */
  announced: z.boolean().optional(),
  nameKey: i18nKey,
  descriptionKey: i18nKey,
  /** The Framework of Analysis indicator (risk factor 8) it stands for, in words. */
  indicatorKey: i18nKey.optional(),
});
/** A trigger definition. */
export type Trigger = z.infer<typeof TriggerSchema>;

const increasing = (values: readonly number[]) =>
  values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0));

/** Model parameters, tunable by content authors (model.json, overridable per scenario). */
export const ModelSchema = z.strictObject({
  /** Threat index at which stages 2, 3, 4 and 5 begin. */
  stageThresholds: z
    .tuple([z.number(), z.number(), z.number(), z.number()])
    .refine(increasing, { error: 'expected increasing thresholds' }),
  /** Threat = risk × (1 − resilienceDamping × resilience/100). */
  resilienceDamping: fraction,
  /** Risk drift × (1 + momentum × threat/100): escalation feeds itself. */
  momentum: z.number().min(0).max(5),
  /** How much resilience slows risk drift. */
  driftDamping: fraction,
  /** Random variation per factor and round, ± points. */
  noise: z.number().min(0).max(20),
  /** Resilience lost per round at threat 100. */
  erosion: z.number().min(0).max(20),
  /** Trigger multiplier = triggerBase + triggerPerRisk × amplifier/100. */
  triggerBase: z.number().min(0).max(5),
  triggerPerRisk: z.number().min(0).max(5),
  /** Trigger impact × (1 − triggerDamping × resilience/100). */
  triggerDamping: fraction,
  /** Visibility of signs without any early-warning capacity. */
  visibilityBase: fraction,
  /** Visibility lost at fully restricted civic space (¶35). */
  visibilityBlur: fraction,
  visibilityMin: fraction,
  /** Rounds an unseen sign can still be detected before it is missed. */
  signMemory: z.number().int().min(0).max(20),
  civicSpaceFactor: id,
  cooperationFactor: id,
  /** Effect multiplier of consent-based measures at zero cooperation. */
  consentFloor: fraction,
  /** Pressure measures backfire when cooperation is below this (¶29). */
  backfireBelow: z.number().min(0).max(100),
  backfire: z.array(EffectSchema),
  /** Earliness multiplier by the stage at which a measure was taken. */
  stageEarliness: stageTuple(fraction),
  /** Earliness lost from the first round to the last. */
  roundEarliness: fraction,
  /** Rounds after which responding to a warning sign scores nothing. */
  signResponseWindow: z.number().int().min(1).max(20),
  earlyActionMax: z.number().min(0).max(10000),
  outcomePeak: stageTuple(z.number().min(0).max(10000)),
  outcomeFinal: stageTuple(z.number().min(0).max(10000)),
  inclusionMax: z.number().min(0).max(10000),
  cooperationMax: z.number().min(0).max(10000),
  /** Points per extra role acting in the same round. */
  teamworkPerRole: z.number().min(0).max(1000),
  /** Points when national and international actors act in the same round. */
  pillarBonus: z.number().min(0).max(1000),
  synergyPoints: z.number().min(0).max(1000),
  /** Unspent capacity a role may carry into the next round (saving for a costlier measure). */
  capacityCarry: z.number().int().min(0).max(10),
  /**
   * Targeting (¶5, ¶12): a measure lowering a risk factor works in proportion to that factor's
   * level (level / targetLevel, within targetMin–targetMax); raising a resilience factor works in
   * proportion to the room left to grow ((100 − level) / targetLevel, same bounds).
   */
  targetLevel: z.number().min(1).max(100),
  targetMin: fraction,
  targetMax: z.number().min(1).max(3),
  /** Weight multiplier in the risk index of the scenario's main risk factors. */
  mainWeight: z.number().min(1).max(10),
  /** Per-seed severity: risk drift, trigger impact and sign effects × a draw in 1 ± severitySpread. */
  severitySpread: fraction,
  /** An unanswered sign keeps pushing: its effects × signPressure each round for signPersistence rounds. */
  signPressure: fraction,
  signPersistence: z.number().int().min(0).max(20),
  /** A measure taken to answer a seen sign works (1 + informedBoost) times as strongly (¶19, ¶42). */
  informedBoost: z.number().min(0).max(5),
  /** Share of a detected sign's rise undone when one of its listed responders answers it. */
  answerRelief: fraction,
  /** A sign answered once recurs with chance and effects × this. */
  answeredSignScale: fraction,
  /** A sign occurring while one of its listed responders is in effect: effects × this. */
  anticipatedSignScale: fraction,
  /** Early-action and inclusion value of a measure aimed at none of the main risks or triggers. */
  offTargetValue: fraction,
});
/** Model parameters. */
export type ModelParams = z.infer<typeof ModelSchema>;

/** One round of a scenario and the triggers scheduled in it. */
export const TurnSchema = z.strictObject({
  triggers: z
    .array(
      z.strictObject({
        id,
        intensity: z.number().min(0).max(5).default(1),
        /** Shown in the calendar in advance (false = a surprise, for the UI only). */
        announced: z.boolean().default(true),
      }),
    )
    .default([]),
});

/** A region of a scenario's country; `exposure` (0.5–1.5) scales how strongly it feels the threat. */
export const RegionSchema = z.strictObject({
  id,
  nameKey: i18nKey,
  exposure: z.number().min(0.5).max(1.5),
});

/** A scenario's country profile: regions, groups and institutions. */
export const ProfileSchema = z.strictObject({
  regions: z.array(RegionSchema).min(1),
  groups: z.array(z.strictObject({ id, nameKey: i18nKey, descriptionKey: i18nKey })).min(1),
  institutions: z.array(z.strictObject({ id, nameKey: i18nKey })).min(1),
});
/** A country profile. */
export type Profile = z.infer<typeof ProfileSchema>;

/** Which profile group and region fill `{{group}}` / `{{region}}` in sign and trigger text. */
export const SignContextSchema = z.strictObject({
  group: id,
  region: id,
  /** Overrides by warning sign or trigger id. */
  bySign: z.record(id, z.strictObject({ group: id.optional(), region: id.optional() })).default({}),
});
/** A sign context. */
export type SignContext = z.infer<typeof SignContextSchema>;

/** A scenario: a fictional country, its starting factors, drift and calendar. */
export const ScenarioSchema = z.strictObject({
  id,
  nameKey: i18nKey,
  briefingKey: i18nKey,
  /** Roles in play by default (a game may choose a subset). */
  roles: z
    .array(z.enum(ROLE_IDS))
    .min(1)
    .default([...ROLE_IDS]),
  /** Role capacity overrides for this scenario. */
  capacity: z.partialRecord(z.enum(ROLE_IDS), z.number().int().min(1).max(20)).default({}),
  /** Measures available (default: all). */
  measures: z.array(id).optional(),
  /** Warning signs that can occur (default: all). */
  signs: z.array(id).optional(),
  /** Starting value of every factor (0–100). */
  initial: z.record(id, z.number().min(0).max(100)),
  /** Drift per round by factor (risk factors rise; resilience may fall). */
  drift: z.record(id, z.number().min(-20).max(20)).default({}),
  turns: z.array(TurnSchema).min(1).max(30),
  /**
   * The two or three risk factors this crisis is about: they weigh `mainWeight` times as much in
   * the risk index, and measures aimed at none of them or at the calendar's triggers are off-target.
   */
  mainFactors: z.array(id).max(4).default([]),
  model: ModelSchema.partial().default({}),
  cites: z.array(paragraph).default([]),
  /** Country name (`scenario.<id>.country`). */
  countryKey: i18nKey.optional(),
  /** Short content note shown before play. */
  contentNoteKey: i18nKey.optional(),
  /** 1 introductory, 2 medium, 3 hard. */
  difficulty: z.number().int().min(1).max(3).optional(),
  /** Themes, as keys (`theme.<id>`). */
  themeKeys: z.array(i18nKey).optional(),
  profile: ProfileSchema.optional(),
  signContext: SignContextSchema.optional(),
  /** One discussion question per stage 1–5. */
  discussionKeys: z.tuple([i18nKey, i18nKey, i18nKey, i18nKey, i18nKey]).optional(),
  /** A debrief line per outcome. */
  debriefKeys: z
    .strictObject({ averted: i18nKey, contained: i18nKey, atrocity: i18nKey })
    .optional(),
  /** Tutorial only: one short instruction per round. */
  tutorialStepKeys: z.array(i18nKey).optional(),
});
/** A scenario definition. */
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Files of a content directory and the schema of each. */
export const CONTENT_FILES = {
  'model.json': ModelSchema,
  'factors.json': z.array(FactorSchema).min(1),
  'roles.json': z.array(RoleSchema).min(1),
  'measures.json': z.array(MeasureSchema).min(1),
  'warning-signs.json': z.array(WarningSignSchema),
  'triggers.json': z.array(TriggerSchema),
} as const;

/** Validated content: every definition, ready for the engine. */
export interface Content {
  readonly model: ModelParams;
  readonly factors: readonly Factor[];
  readonly roles: readonly Role[];
  readonly measures: readonly Measure[];
  readonly signs: readonly WarningSign[];
  readonly triggers: readonly Trigger[];
  readonly scenarios: readonly Scenario[];
}
