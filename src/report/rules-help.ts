// --list-rules and --explain RULE: the rules' own texts (src/rules/), for a terminal.
import { DOCUMENTED_RULES, ruleDoc, ruleHelpUri } from './rule-docs.js';

/** every rule id a finding can name, in the order the rules run */
export function ruleIds(): string[] {
  return DOCUMENTED_RULES.map((r) => r.id);
}

/** one line per rule: id, default severity, what it detects */
export function formatRuleList(): string {
  const width = Math.max(...DOCUMENTED_RULES.map((r) => r.id.length));
  const lines = DOCUMENTED_RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.shortDescription}`);
  return (
    [
      `${'rule'.padEnd(width)}  ${'default'.padEnd(7)}  detects`,
      ...lines,
      '',
      'Change a severity or turn a rule off in the inventory: rules: { public-range: off, unset-variable: error }',
      "subnet-guard --explain RULE prints a rule's full help.",
    ].join('\n') + '\n'
  );
}

/** a rule's full help; the id must be one of ruleIds() */
export function formatRuleHelp(id: string): string {
  const doc = ruleDoc(id);
  return (
    [
      `${doc.id} (default severity: ${doc.defaultSeverity})`,
      '',
      doc.short,
      '',
      doc.full,
      '',
      `How to fix: ${doc.fix}`,
      '',
      `Turn it off or change its severity in the inventory: rules: { ${doc.id}: off | note | warning | error }`,
      `Documentation: ${ruleHelpUri(doc.id)}`,
    ].join('\n') + '\n'
  );
}
