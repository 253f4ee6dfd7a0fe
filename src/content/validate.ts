import { type ContentError, formatPath, unknownIdMessage } from './errors.ts';
import type { Content, Effect, FactorKind, Scenario } from './schema.ts';
import { ROLE_IDS } from './schema.ts';

type Path = readonly PropertyKey[];

/** Where each scenario came from (defaults to `scenarios/<id>.json`). */
export type ScenarioFiles = readonly string[];

class Collector {
  readonly errors: ContentError[] = [];
  add(file: string, path: Path, message: string): void {
    this.errors.push({ file, path: formatPath(path), message });
  }
}

/** Look up a dotted key in a nested (or flat) i18next dictionary. */
export function hasLocaleKey(locale: unknown, key: string): boolean {
  if (typeof locale !== 'object' || locale === null) return false;
  const dictionary = locale as Record<string, unknown>;
  if (typeof dictionary[key] === 'string') return true;
  let node: unknown = locale;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

function duplicates(
  out: Collector,
  file: string,
  items: readonly { id: string }[],
  what: string,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) out.add(file, [index, 'id'], `duplicate ${what} id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

function checkKeys(out: Collector, file: string, base: Path, item: object, locale: unknown): void {
  for (const [field, value] of Object.entries(item)) {
    if (field.endsWith('Key') && typeof value === 'string' && !hasLocaleKey(locale, value)) {
      out.add(file, [...base, field], `i18n key "${value}" is missing from locales/en`);
    }
  }
}

function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Cross-reference validation of parsed content: unknown ids, prerequisite cycles, factor kinds,
 * scenario completeness and i18n keys missing from the English locale.
 */
export function validateContent(
  content: Content,
  englishLocale: unknown,
  scenarioFiles: ScenarioFiles = content.scenarios.map((s) => `scenarios/${s.id}.json`),
): ContentError[] {
  const out = new Collector();
  const factorIds = duplicates(out, 'factors.json', content.factors, 'factor');
  const roleIds = duplicates(out, 'roles.json', content.roles, 'role');
  const measureIds = duplicates(out, 'measures.json', content.measures, 'measure');
  const signIds = duplicates(out, 'warning-signs.json', content.signs, 'warning sign');
  const triggerIds = duplicates(out, 'triggers.json', content.triggers, 'trigger');
  const kinds = new Map<string, FactorKind>(content.factors.map((f) => [f.id, f.kind]));

  const factor = (file: string, path: Path, value: string, kind?: FactorKind): void => {
    const actual = kinds.get(value);
    if (actual === undefined) out.add(file, path, unknownIdMessage('factor', value, factorIds));
    else if (kind !== undefined && actual !== kind) {
      out.add(file, path, `factor "${value}" is a ${actual} factor, expected a ${kind} factor`);
    }
  };
  const ref = (file: string, path: Path, value: string, what: string, ids: Set<string>): void => {
    if (!ids.has(value)) out.add(file, path, unknownIdMessage(what, value, ids));
  };
  const effects = (file: string, base: Path, list: readonly Effect[]): void => {
    list.forEach((e, i) => {
      factor(file, [...base, i, 'factor'], e.factor);
    });
  };

  for (const role of ROLE_IDS) {
    if (!roleIds.has(role)) out.add('roles.json', [], `missing role "${role}"`);
  }
  content.factors.forEach((f, i) => {
    checkKeys(out, 'factors.json', [i], f, englishLocale);
  });
  content.roles.forEach((r, i) => {
    checkKeys(out, 'roles.json', [i], r, englishLocale);
  });

  const checkModel = (file: string, base: Path, model: Partial<Content['model']>): void => {
    if (model.civicSpaceFactor !== undefined) {
      factor(file, [...base, 'civicSpaceFactor'], model.civicSpaceFactor, 'risk');
    }
    if (model.cooperationFactor !== undefined) {
      factor(file, [...base, 'cooperationFactor'], model.cooperationFactor, 'resilience');
    }
    if (model.backfire) effects(file, [...base, 'backfire'], model.backfire);
  };
  checkModel('model.json', [], content.model);

  const requires = new Map<string, readonly string[]>();
  const knownScenarios = new Set(content.scenarios.map((s) => s.id));
  content.measures.forEach((m, i) => {
    const file = 'measures.json';
    requires.set(m.id, m.requires);
    effects(file, [i, 'onset'], m.onset);
    effects(file, [i, 'effects'], m.effects);
    m.requires.forEach((r, j) => {
      ref(file, [i, 'requires', j], r, 'measure', measureIds);
    });
    m.dependsOn?.anyOf.forEach((r, j) => {
      ref(file, [i, 'dependsOn', 'anyOf', j], r, 'measure', measureIds);
    });
    m.synergies.forEach((s, j) => {
      ref(file, [i, 'synergies', j, 'with'], s.with, 'measure', measureIds);
      if (s.with === m.id)
        out.add(file, [i, 'synergies', j, 'with'], 'a measure cannot synergise with itself');
    });
    m.capacity.forEach((c, j) => {
      ref(file, [i, 'capacity', j, 'role'], c.role, 'role', roleIds);
    });
    m.responds.forEach((s, j) => {
      ref(file, [i, 'responds', j], s, 'warning sign', signIds);
    });
    m.scenarios?.forEach((s, j) => {
      ref(file, [i, 'scenarios', j], s, 'scenario', knownScenarios);
    });
    checkKeys(out, file, [i], m, englishLocale);
  });
  const cycle = findCycle(requires);
  if (cycle) {
    const index = content.measures.findIndex((m) => m.id === cycle[0]);
    out.add('measures.json', [index, 'requires'], `prerequisite cycle: ${cycle.join(' → ')}`);
  }

  content.signs.forEach((s, i) => {
    factor('warning-signs.json', [i, 'factor'], s.factor, 'risk');
    s.when.forEach((w, j) => {
      factor('warning-signs.json', [i, 'when', j, 'factor'], w.factor);
    });
    s.nearTrigger?.ids.forEach((t, j) => {
      ref('warning-signs.json', [i, 'nearTrigger', 'ids', j], t, 'trigger', triggerIds);
    });
    effects('warning-signs.json', [i, 'effects'], s.effects);
    checkKeys(out, 'warning-signs.json', [i], s, englishLocale);
  });
  content.triggers.forEach((t, i) => {
    effects('triggers.json', [i, 'effects'], t.effects);
    t.amplifiers.forEach((a, j) => {
      factor('triggers.json', [i, 'amplifiers', j], a);
    });
    t.dampedBy.forEach((d, j) => {
      ref('triggers.json', [i, 'dampedBy', j, 'measure'], d.measure, 'measure', measureIds);
    });
    checkKeys(out, 'triggers.json', [i], t, englishLocale);
  });

  const scenarioIds = new Set<string>();
  content.scenarios.forEach((s, i) => {
    const file = scenarioFiles[i] ?? `scenarios/${s.id}.json`;
    if (scenarioIds.has(s.id)) out.add(file, ['id'], `duplicate scenario id "${s.id}"`);
    scenarioIds.add(s.id);
    const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (expected !== s.id) out.add(file, ['id'], `expected the id "${expected}" (the file name)`);
    validateScenario(out, file, s, {
      factor,
      ref,
      checkModel,
      measureIds,
      signIds,
      triggerIds,
      roleIds,
    });
    checkKeys(out, file, [], s, englishLocale);
    validateScenarioText(out, file, s, englishLocale);
    for (const f of content.factors) {
      if (!(f.id in s.initial))
        out.add(file, ['initial'], `missing a starting value for factor "${f.id}"`);
    }
    const listed = new Set(s.measures ?? measureIds);
    const offered = (m: Content['measures'][number]) =>
      listed.has(m.id) && (m.scenarios?.includes(s.id) ?? true);
    const available = new Set(content.measures.filter(offered).map((m) => m.id));
    content.measures.forEach((m) => {
      if (!available.has(m.id)) return;
      m.requires.forEach((r) => {
        if (measureIds.has(r) && !available.has(r)) {
          out.add(file, ['measures'], `measure "${m.id}" requires "${r}", which is not available`);
        }
      });
    });
  });
  return out.errors;
}

interface ScenarioChecks {
  factor: (file: string, path: Path, value: string) => void;
  ref: (file: string, path: Path, value: string, what: string, ids: Set<string>) => void;
  checkModel: (file: string, base: Path, model: Partial<Content['model']>) => void;
  measureIds: Set<string>;
  signIds: Set<string>;
  triggerIds: Set<string>;
  roleIds: Set<string>;
}

function validateScenario(out: Collector, file: string, s: Scenario, c: ScenarioChecks): void {
  s.roles.forEach((r, j) => {
    c.ref(file, ['roles', j], r, 'role', c.roleIds);
  });
  s.measures?.forEach((m, j) => {
    c.ref(file, ['measures', j], m, 'measure', c.measureIds);
  });
  s.signs?.forEach((m, j) => {
    c.ref(file, ['signs', j], m, 'warning sign', c.signIds);
  });
  const initial = new Set(Object.keys(s.initial));
  for (const key of initial) c.factor(file, ['initial', key], key);
  for (const key of Object.keys(s.drift)) c.factor(file, ['drift', key], key);
  c.checkModel(file, ['model'], s.model);
  s.turns.forEach((turn, t) => {
    turn.triggers.forEach((trigger, j) => {
      c.ref(file, ['turns', t, 'triggers', j, 'id'], trigger.id, 'trigger', c.triggerIds);
    });
  });
}

/** Nested i18n keys of a scenario (profile, discussion, debrief, tutorial, themes) and sign context ids. */
function validateScenarioText(out: Collector, file: string, s: Scenario, locale: unknown): void {
  const key = (path: Path, value: string): void => {
    if (!hasLocaleKey(locale, value)) {
      out.add(file, path, `i18n key "${value}" is missing from locales/en`);
    }
  };
  const profile = s.profile;
  if (profile) {
    for (const part of ['regions', 'groups', 'institutions'] as const) {
      profile[part].forEach((item, j) => {
        checkKeys(out, file, ['profile', part, j], item, locale);
      });
    }
  }
  s.discussionKeys?.forEach((k, j) => {
    key(['discussionKeys', j], k);
  });
  if (s.debriefKeys) {
    for (const [outcome, k] of Object.entries(s.debriefKeys)) key(['debriefKeys', outcome], k);
  }
  s.tutorialStepKeys?.forEach((k, j) => {
    key(['tutorialStepKeys', j], k);
  });
  s.themeKeys?.forEach((k, j) => {
    key(['themeKeys', j], k);
  });
  const context = s.signContext;
  if (context) {
    const groups = new Set(profile?.groups.map((g) => g.id));
    const regions = new Set(profile?.regions.map((r) => r.id));
    const check = (path: Path, group: string | undefined, region: string | undefined): void => {
      if (group !== undefined && !groups.has(group)) {
        out.add(file, [...path, 'group'], unknownIdMessage('profile group', group, groups));
      }
      if (region !== undefined && !regions.has(region)) {
        out.add(file, [...path, 'region'], unknownIdMessage('profile region', region, regions));
      }
    };
    check(['signContext'], context.group, context.region);
    for (const [id, o] of Object.entries(context.bySign)) {
      check(['signContext', 'bySign', id], o.group, o.region);
    }
  }
}
