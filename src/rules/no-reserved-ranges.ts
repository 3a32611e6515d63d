// no-reserved-ranges: a host with no reserved range at all. Without one, the main question — does a
// redeploy put a bridge on a network the team must keep reaching — cannot be asked: only pool
// exhaustion, pinned-subnet races and MTU were checked. A "not checked" state (report/not-checked.ts):
// the verdict, the badge, the outputs and the exit code never call such a run safe.
import { findingAt, type Finding, type HostSpec, type SourcePos } from '../model.js';
import { reservedOn, type Rule, type RuleContext } from './rule.js';

/** the README section that explains the inventory (where reserved ranges are declared) */
export const INVENTORY_DOCS = 'https://github.com/subnet-guard/subnet-guard#the-inventory';

function whereFor(ctx: RuleContext, host: HostSpec): Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  // the host's entry when the inventory has one, else the inventory's first line; no inventory: the repository root
  if (host.pos) return findingAt(host.pos);
  const file = ctx.inventory.file;
  if (!file) return {};
  const first: SourcePos = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return findingAt(first);
}

export function noReservedMessage(ctx: RuleContext, host: string): string {
  const where = ctx.inventory.file
    ? `Declare them under \`reserved:\` in ${ctx.inventory.file} (top level, or per host)`
    : 'Declare them in a `network-inventory.yaml` at the repository root (`reserved:` with a `cidr` and a `name` each, or a `preset:`)';
  return (
    `No reserved ranges declared for ${host}: only pool exhaustion, races and MTU were checked. Whether a redeploy ` +
    'puts a bridge on a network the host must keep reaching (a peered VPC, a database, a VPN, the office LAN) was not. ' +
    `${where}; see ${INVENTORY_DOCS}.`
  );
}

export const noReservedRanges: Rule = {
  id: 'no-reserved-ranges',
  defaultSeverity: 'warning',
  shortDescription: 'No reserved ranges are declared for a host, so collisions were not checked',
  fullDescription:
    'subnet-guard compares every subnet Docker would hand out with the networks the host must keep reaching. With no reserved ' +
    'range declared (no inventory, or one without `reserved:`), that comparison has nothing to compare with: the run checked pool ' +
    'exhaustion, pinned-subnet races and MTU only, and its verdict is "not checked", never "safe".',
  help:
    'Add a `network-inventory.yaml` at the repository root listing the ranges a bridge must never cover: `reserved: - cidr: 172.31.0.0/16` ' +
    '`name: ops VPC`, or a shipped `preset:` (see the README section "The inventory"). To accept a repository with nothing to protect, ' +
    'put the finding in the baseline (`--write-baseline`).',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const hc of ctx.hosts) {
      // one finding per host, whatever the number of engine models it is checked under
      if (seen.has(hc.host.name)) continue;
      seen.add(hc.host.name);
      if (reservedOn(ctx, hc).length > 0) continue;
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        message: noReservedMessage(ctx, hc.host.name),
        ...whereFor(ctx, hc.host),
        host: hc.host.name,
      });
    }
    return out;
  },
};
