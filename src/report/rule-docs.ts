// What each rule means, for the formats that explain rules (SARIF rule descriptors). The texts live
// with each rule in src/rules/ (one source); an id no rule has gets a generic entry.
// Every rule id has a section in the README ("#### <rule-id>") so that `helpUri` lands on it.
import type { Severity } from '../model.js';
import { RULES } from '../rules/index.js';
import { invalidSuppression } from '../rules/suppress.js';

/** The project's home page; the README's rule sections hang off it. */
export const HOME_URL = 'https://github.com/subnet-guard/subnet-guard';

export interface RuleDoc {
  id: string;
  /** PascalCase name (SARIF reportingDescriptor.name) */
  name: string;
  defaultSeverity: Severity;
  /** one sentence */
  short: string;
  /** what happens on the host, in plain words */
  full: string;
  /** how to fix it (markdown) */
  fix: string;
}

/** every rule a finding can name: the model rules and the suppression check */
export const DOCUMENTED_RULES = [...RULES, invalidSuppression] as const;

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** fixed, rule-independent texts: format tests pin the SARIF shape without pinning the rules' wording */
export function fixedRuleDoc(id: string, severity: Severity = 'warning'): RuleDoc {
  return genericDoc(id, severity);
}

function genericDoc(id: string, severity: Severity): RuleDoc {
  return {
    id,
    name: pascal(id) || 'Rule',
    defaultSeverity: severity,
    short: `subnet-guard rule ${id}.`,
    full: `A finding of the subnet-guard rule "${id}". The message of each result says what happens on the host and where.`,
    fix: 'See the message of the result and the README.',
  };
}

/** the documentation of a rule: its own texts, else this table, else a generic entry */
export function ruleDoc(id: string, severity: Severity = 'warning'): RuleDoc {
  const rule = DOCUMENTED_RULES.find((r) => r.id === id);
  if (rule) {
    return {
      id,
      name: pascal(id) || 'Rule',
      defaultSeverity: rule.defaultSeverity,
      short: rule.shortDescription,
      full: rule.fullDescription,
      fix: rule.help,
    };
  }
  return genericDoc(id, severity);
}

/** the README section of a rule */
export function ruleHelpUri(id: string): string {
  return `${HOME_URL}#${id.toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
}
