import type { i18n } from 'i18next';
import type { Intensity, Scenario } from '../content/schema.ts';
import { contentText } from './text.ts';

/** A line in the second language, tagged so screen readers and fonts handle it. */
export interface SecondText {
  readonly lang: string;
  readonly text: string;
}

/**
 * Turns a scenario's content keys into words, filling `{{group}}` and `{{region}}` in warning
 * signs and triggers from the scenario's sign context (its default, or a per-sign override).
 */
export class ScenarioWords {
  private readonly i18n: i18n;
  private readonly scenario: Scenario | undefined;
  readonly intensity: Intensity;
  /** The dual-language view's second language, if it is on and differs from the first. */
  readonly second: string | null;

  constructor(
    i18nInstance: i18n,
    scenario: Scenario | undefined,
    intensity: Intensity,
    second: string | null = null,
  ) {
    this.i18n = i18nInstance;
    this.scenario = scenario;
    this.intensity = intensity;
    this.second = second && second !== i18nInstance.resolvedLanguage ? second : null;
  }

  /** Plain content text. */
  text(key: string, values: Record<string, unknown> = {}): string {
    return contentText(this.i18n, key, this.intensity, values);
  }

  /** Text of a sign or trigger key, with its group and region filled in. */
  about(id: string, key: string, values: Record<string, unknown> = {}): string {
    return this.text(key, { ...this.placeFor(id), ...values });
  }

  /** The same text in the second language, or null when the dual view is off. */
  secondText(key: string, values: Record<string, unknown> = {}, id?: string): SecondText | null {
    if (!this.second) return null;
    const lng = this.second;
    const place = id === undefined ? {} : this.placeFor(id, lng);
    return {
      lang: lng,
      text: contentText(this.i18n, key, this.intensity, { ...place, ...values, lng }),
    };
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
}
