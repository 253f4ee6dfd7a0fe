import type { i18n } from 'i18next';
import type { Scenario } from '../content/schema.ts';
import { contentText, type Intensity } from './text.ts';

/**
 * Turns a scenario's content keys into words, filling `{{group}}` and `{{region}}` in warning
 * signs and triggers from the scenario's sign context (its default, or a per-sign override).
 */
export class ScenarioWords {
  private readonly i18n: i18n;
  private readonly scenario: Scenario | undefined;
  readonly intensity: Intensity;

  constructor(i18nInstance: i18n, scenario: Scenario | undefined, intensity: Intensity) {
    this.i18n = i18nInstance;
    this.scenario = scenario;
    this.intensity = intensity;
  }

  /** Plain content text. */
  text(key: string, values: Record<string, unknown> = {}): string {
    return contentText(this.i18n, key, this.intensity, values);
  }

  /** Text of a sign or trigger key, with its group and region filled in. */
  about(id: string, key: string, values: Record<string, unknown> = {}): string {
    return this.text(key, { ...this.placeFor(id), ...values });
  }

  /** The group and region a sign or trigger is about, as names. */
  placeFor(id: string): { group: string; region: string } {
    const context = this.scenario?.signContext;
    const profile = this.scenario?.profile;
    if (!context || !profile) return { group: '', region: '' };
    const override = context.bySign[id];
    const groupId = override?.group ?? context.group;
    const regionId = override?.region ?? context.region;
    const group = profile.groups.find((g) => g.id === groupId);
    const region = profile.regions.find((r) => r.id === regionId);
    return {
      group: group ? this.text(group.nameKey) : '',
      region: region ? this.text(region.nameKey) : '',
    };
  }
}
