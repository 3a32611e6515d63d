// The inventory's `rules:` — a severity or off per rule id — applied to what the rules found. An off
// rule is not run; a changed severity replaces the one each finding of that rule carries, before the
// fail level is decided. The report lists the changed rules so that a reader sees why a finding is
// missing or milder than the documentation says.
import type { Finding, Inventory, RuleSettingReport, Severity } from '../model.js';
import { RULES } from './index.js';
import type { Rule } from './rule.js';
import type { RuleSetting } from './ids.js';
import { invalidSuppression } from './suppress.js';

/** every rule a finding can name, with its default severity */
export function ruleDefaults(): Map<string, Severity> {
  return new Map([...RULES.map((r) => [r.id, r.defaultSeverity] as const), [invalidSuppression.id, invalidSuppression.defaultSeverity]]);
}

function settingsOf(inventory: Inventory): Map<string, RuleSetting> {
  return new Map(Object.entries(inventory.rules ?? {}).map(([id, s]) => [id, s.value]));
}

/** the rules to run: every rule not set to off */
export function enabledRules(inventory: Inventory): Rule[] {
  const settings = settingsOf(inventory);
  return RULES.filter((r) => settings.get(r.id) !== 'off');
}

/** findings of off rules dropped, the severity of changed rules replaced */
export function applyRuleSettings(findings: Finding[], inventory: Inventory): Finding[] {
  const settings = settingsOf(inventory);
  if (settings.size === 0) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const s = settings.get(f.rule);
    if (s === 'off') continue;
    out.push(s === undefined || s === f.severity ? f : { ...f, severity: s });
  }
  return out;
}

/** the rules whose setting differs from their default, by id; undefined when none does */
export function ruleSettingsReport(inventory: Inventory): RuleSettingReport[] | undefined {
  const defaults = ruleDefaults();
  const out: RuleSettingReport[] = [];
  for (const [rule, setting] of settingsOf(inventory)) {
    const def = defaults.get(rule);
    if (def !== undefined && setting !== def) out.push({ rule, setting, default: def });
  }
  out.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return out.length > 0 ? out : undefined;
}
