// unset-variable: a subnet, a network name or an MTU depends on a variable that is unset in this check,
// so the value checked (the default after `:-`, or the empty string) may not be the one deployed — CI
// rarely sees the production `.env` (compose-networks.md §7).
import { findingAt, type ComposeNetwork, type ComposeProject, type Finding, type SourcePos, type VariableOrigin } from '../model.js';
import { createdNetworks, hostsOnce } from './facts.js';
import type { Rule, RuleContext } from './rule.js';

interface Use {
  /** "the subnet 172.22.1.0/24 of network x" */
  what: string;
  pos?: SourcePos;
  /** the unset variables, and whether a default was used */
  vars: { variable: string; usedDefault: boolean }[];
}

function samePos(a: SourcePos | undefined, b: SourcePos | undefined): boolean {
  return !!a && !!b && a.file === b.file && a.line === b.line && a.column === b.column;
}

function unsetOf(origin: VariableOrigin[] | undefined): Use['vars'] {
  const out: Use['vars'] = [];
  for (const o of origin ?? []) {
    if (!o.unset && !o.usedDefault) continue;
    if (out.some((v) => v.variable === o.variable)) continue;
    out.push({ variable: o.variable, usedDefault: o.usedDefault });
  }
  return out;
}

/** Every subnet, name and MTU of the project's networks that depends on an unset variable. */
export function unsetUses(p: ComposeProject): Use[] {
  const out: Use[] = [];
  const warned = p.warnings.filter((w) => w.code === 'unset-variable' && w.variable);
  // the loader drops an MTU option that interpolated to "" and says so with a warning at the same place
  const emptyMtu = p.warnings.filter((w) => w.code === 'other' && /the MTU option is empty/.test(w.message));
  for (const n of createdNetworks(p.networks)) {
    for (const s of n.subnets) {
      const vars = unsetOf(s.origin);
      if (vars.length) out.push({ what: `the subnet ${s.cidr} of network ${n.name}`, pos: s.pos ?? n.pos, vars });
    }
    const nameVars = unsetOf(n.nameOrigin);
    if (nameVars.length) out.push({ what: `the name ${n.name} of network ${n.key}`, pos: n.namePos ?? n.pos, vars: nameVars });
    const mtuPos = n.mtu?.pos;
    for (const w of warned) {
      if (samePos(w.pos, mtuPos) || emptyMtu.some((e) => samePos(e.pos, w.pos) && belongsTo(e.message, n))) {
        out.push({ what: `the MTU of network ${n.name}`, pos: w.pos, vars: [{ variable: w.variable!, usedDefault: false }] });
      }
    }
  }
  return out;
}

function belongsTo(message: string, n: ComposeNetwork): boolean {
  return message.startsWith(`networks.${n.key}:`);
}

function describe(v: Use['vars'][number]): string {
  return v.usedDefault
    ? `${v.variable} is not set (or empty), so its default was used`
    : `${v.variable} is not set, so Compose substituted an empty string`;
}

function names(u: Use): string {
  return u.vars.map((v) => v.variable).join(', ');
}

export const unsetVariable: Rule = {
  id: 'unset-variable',
  defaultSeverity: 'warning',
  shortDescription: 'A subnet, network name or MTU depends on an unset variable',
  fullDescription:
    'Compose interpolates `${VAR}` from the environment and `.env`; an unset variable becomes its default (`${VAR:-default}`) or an ' +
    'empty string. CI rarely sees the production `.env`, so the subnet, network name or MTU checked here may not be the one ' +
    'deployed, and the check says nothing about the real one.',
  help:
    'Set the variable for this host in the inventory (`env:` or `env-file:`), or write the value into the compose file. A variable ' +
    "of the environment the check runs in is read only when allowed by name (`--env NAME` on the command line, the action's `env` input); " +
    'any other is unset here.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of hostsOnce(ctx)) {
      for (const hp of hc.projects) {
        for (const u of unsetUses(hp.project)) {
          out.push({
            rule: this.id,
            severity: this.defaultSeverity,
            message:
              `On host ${hc.host.name}, ${u.what} (project ${hp.project.name}) depends on ${u.vars.map((v) => '$' + v.variable).join(', ')}: ` +
              `${u.vars.map(describe).join('; ')}. If the server's environment sets it, the deployed value differs from the one checked. ` +
              `Fix: set ${names(u)} for host ${hc.host.name} in the inventory (env: or env-file:), or, to read it from the environment ` +
              `the check runs in, allow it by name (${u.vars.map((v) => `--env ${v.variable}`).join(' ')} on the command line, ` +
              `or ${u.vars.length === 1 ? 'the line' : 'the lines'} ${names(u)} in the action's env input): no other variable of that environment is read.`,
            ...findingAt(u.pos),
            host: hc.host.name,
          });
        }
      }
    }
    return out;
  },
};
