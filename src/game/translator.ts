import type { i18n, ParseKeys } from 'i18next';
import type { ContentKey as DataKey, Intensity, Scenario } from '../content/schema.ts';
import { formatNumber } from './text.ts';

/** A key of the `ui` namespace, checked against the English file at compile time. */
export type UiKey = ParseKeys;
/** A key of the `classroom` namespace. */
export type ClassroomKey = ParseKeys<'classroom'>;
/** A key of the `guide` namespace (teacher materials). */
export type GuideKey = ParseKeys<'guide'>;
/** A key of the `balance` namespace (the scenario editor's balance preview). */
export type BalanceKey = ParseKeys<'balance'>;
/**
 * A key of the `content` namespace: written in code (checked against the English content file)
 * or read from content data (checked by the content schema, and by i18n:check in every language).
 */
export type ContentKey = ParseKeys<'content'> | DataKey;
/** Values a translation interpolates (`{{name}}`), `count` for plurals. */
export type TextValues = Readonly<Record<string, unknown>>;

/** A line in the second language, tagged so screen readers and fonts handle it. */
export interface SecondText {
  readonly lang: string;
  readonly text: string;
}

/**
 * The one way a key becomes text. Every namespace has its own method, typed by its keys, so a
 * missing key is a compile error; a key is never built at run time (lint-enforced), runtime
 * reasons and ids map to keys through typed tables (`textKeys.ts`). Content text follows the
 * class's wording intensity (`_gentle` variants), and `{{group}}`/`{{region}}` in signs and
 * triggers are filled from the scenario's sign context.
 */
export class Translator {
  readonly i18n: i18n;
  private readonly scenario: Scenario | undefined;
  readonly intensity: Intensity;
  /** The dual-language view's second language, if it is on and differs from the first. */
  readonly second: string | null;

  constructor(
    i18nInstance: i18n,
    scenario?: Scenario,
    intensity: Intensity = 'standard',
    second: string | null = null,
  ) {
    this.i18n = i18nInstance;
    this.scenario = scenario;
    this.intensity = intensity;
    this.second = second && second !== i18nInstance.resolvedLanguage ? second : null;
  }

  /** The same translator for a scenario, a wording intensity and a second language. */
  forScenario(
    scenario: Scenario | undefined,
    intensity: Intensity,
    second: string | null = null,
  ): Translator {
    return new Translator(this.i18n, scenario, intensity, second);
  }

  /** The language text is shown in. */
  get language(): string {
    return this.i18n.resolvedLanguage ?? this.i18n.language;
  }

  // The translating members are arrow functions, so a caller may take one alone (`const t = words.ui`).

  /** Whether the language is written right to left. */
  get rtl(): boolean {
    return this.i18n.dir() === 'rtl';
  }

  /** Text of the `ui` namespace. */
  readonly ui = (key: UiKey, values: TextValues = {}): string => this.i18n.t(key, { ...values });

  /** Text of the `classroom` namespace (loaded when the classroom is entered). */
  readonly classroom = (key: ClassroomKey, values: TextValues = {}): string =>
    this.i18n.t(key, { ...values, ns: 'classroom' });

  /** Text of the `guide` namespace (loaded when a print view opens). */
  readonly guide = (key: GuideKey, values: TextValues = {}): string =>
    this.i18n.t(key, { ...values, ns: 'guide' });

  /** Text of the `balance` namespace (loaded with the balance preview). */
  readonly balance = (key: BalanceKey, values: TextValues = {}): string =>
    this.i18n.t(key, { ...values, ns: 'balance' });

  /** Content text in the class's wording; a key missing everywhere shows itself. */
  readonly text = (key: ContentKey, values: TextValues = {}): string =>
    this.i18n.t(key, {
      ns: 'content',
      // Content keys come from data too, so i18next cannot type them; this is its own fallback.
      defaultValue: key,
      ...(this.intensity === 'gentle' ? { context: 'gentle' } : {}),
      ...values,
    });

  /** Text of a sign or trigger key, with its group and region filled in. */
  about(id: string, key: ContentKey, values: TextValues = {}): string {
    return this.text(key, { ...this.placeFor(id), ...values });
  }

  /** The same content text in the second language, or null when the dual view is off. */
  secondText(key: ContentKey, values: TextValues = {}, id?: string): SecondText | null {
    if (!this.second) return null;
    const lng = this.second;
    const place = id === undefined ? {} : this.placeFor(id, lng);
    return { lang: lng, text: this.text(key, { ...place, ...values, lng }) };
  }

  /** The group and region a sign or trigger is about, as names. */
  placeFor(id: string, lng?: string): { group: string; region: string } {
    const context = this.scenario?.signContext;
    const profile = this.scenario?.profile;
    if (!context || !profile) return { group: '', region: '' };
    const override = context.bySign[id];
    const groupId = override?.group ?? context.group;
    const regionId = override?.region ?? context.region;
    const group = profile.groups.find((g) => g.id === groupId);
    const region = profile.regions.find((r) => r.id === regionId);
    const options = lng === undefined ? {} : { lng };
    return {
      group: group ? this.text(group.nameKey, options) : '',
      region: region ? this.text(region.nameKey, options) : '',
    };
  }

  /** A number in the reader's conventions, with Latin digits (see `formatNumber`). */
  readonly number = (value: number, maximumFractionDigits = 0): string =>
    formatNumber(this.i18n, value, maximumFractionDigits);

  /** Items joined as a list the reader's way: "A, B and C", or with `or`, "A, B or C". */
  readonly list = (items: readonly string[], or?: 'or'): string =>
    new Intl.ListFormat(this.language, { type: or ? 'disjunction' : 'conjunction' }).format(items);
}
