// compose-warning: what the loader met and Compose warns about (a deprecated `yes`/`no` boolean, a
// deprecated `external.name`, an unknown top-level key, an empty MTU option, a project at the
// repository root named after an unknown checkout directory, a variable that is unset where no
// network value depends on it). Every warning of the load reaches the report through this rule or,
// for an unset variable a subnet, network name or MTU depends on, through unset-variable.
import { findingAt, type Finding, type LoadWarning } from '../model.js';
import { hostsOnce } from './facts.js';
import type { Rule, RuleContext } from './rule.js';
import { unsetUses } from './unset-variable.js';

function key(w: LoadWarning): string {
  return `${w.pos?.file ?? ''}:${w.pos?.line ?? 0}:${w.pos?.column ?? 0}:${w.message}`;
}

export const composeWarning: Rule = {
  id: 'compose-warning',
  defaultSeverity: 'note',
  shortDescription: 'Compose would print a warning about this compose file',
  fullDescription:
    'The compose file uses something Compose accepts with a warning (a `yes`/`no` boolean, `external.name`, an unset variable) or ' +
    'something the check had to assume (the checkout directory that names a project at the repository root). Nothing here changes ' +
    'the predicted subnets by itself, but the warning says what Compose would say, or what the prediction rests on.',
  help: 'Do what the message says (for example write `true` instead of `yes`, or set the variable for the host in the inventory).',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const hc of hostsOnce(ctx)) {
      for (const hp of hc.projects) {
        const p = hp.project;
        // the unset variables unset-variable already reports (its finding names the variable at the same place)
        const covered = new Set<string>();
        for (const u of unsetUses(p)) for (const v of u.vars) covered.add(`${u.pos?.file}:${u.pos?.line}:${v.variable}`);
        for (const w of p.warnings) {
          if (w.code === 'unset-variable' && w.variable && covered.has(`${w.pos?.file}:${w.pos?.line}:${w.variable}`)) continue;
          if (
            w.code === 'other' &&
            /the MTU option is empty/.test(w.message) &&
            unsetUses(p).some((u) => u.pos?.file === w.pos?.file && u.pos?.line === w.pos?.line)
          )
            continue;
          const k = key(w);
          if (seen.has(k)) continue;
          seen.add(k);
          out.push({
            rule: this.id,
            severity: this.defaultSeverity,
            message: `Project ${p.name}: ${w.message}`,
            ...findingAt(w.pos),
            host: hc.host.name,
          });
        }
      }
    }
    return out;
  },
};
