// reserved-collision: the first cycle (per host and engine model) on which a Docker network would
// overlap a reserved range — a peered VPC, a database network, a VPN — that the host reaches through
// its default gateway. Docker cannot see such networks and takes the range; the host loses them.
import { findingAt, type Finding, type SourcePos } from '../model.js';
import { formatPrefix, overlaps } from '../net/prefix.js';
import { firstCycleWhere, type NetworkAllocation } from '../simulate/host.js';
import { modelLabel, reservedLabel, type HostCheck, type ParsedReserved, type Rule, type RuleContext } from './rule.js';

export interface Collision {
  cycle: number;
  allocation: NetworkAllocation;
  subnet: string;
  reserved: ParsedReserved;
}

/** The first collision of a simulated host with any reserved range, or null. */
export function firstCollision(hc: HostCheck, reserved: ParsedReserved[]): Collision | null {
  if (reserved.length === 0) return null;
  let hit: { r: ParsedReserved; subnet: string } | null = null;
  const found = firstCycleWhere(hc.sim, (a) => {
    for (const p of a.subnets) {
      const r = reserved.find((rr) => overlaps(rr.prefix, p));
      if (r) {
        hit = { r, subnet: formatPrefix(p) };
        return true;
      }
    }
    return false;
  });
  if (!found || !hit) return null;
  const h = hit as { r: ParsedReserved; subnet: string };
  return { cycle: found.state.cycle, allocation: found.allocation, subnet: h.subnet, reserved: h.r };
}

function where(hc: HostCheck, a: NetworkAllocation): SourcePos | undefined {
  if (a.source) return a.source.pos;
  return hc.daemon.bip?.pos ?? hc.host.pos;
}

function when(cycle: number): string {
  return cycle === 0 ? 'At daemon start' : `On redeploy ${cycle.toLocaleString('en-US')}`;
}

export const reservedCollision: Rule = {
  id: 'reserved-collision',
  defaultSeverity: 'error',
  shortDescription: 'A redeploy puts a Docker network on a reserved range',
  fullDescription:
    'Docker picks subnets for networks created without one by itself and only avoids the host\'s on-link routes. ' +
    'Networks reached through the default gateway (peered VPCs, cloud databases, VPNs) are invisible to it. ' +
    'On Engine ≤ 26 every `docker compose down && up` moves a project to the next pool, so after enough redeploys a bridge ' +
    'covers such a network and the host silently loses its route to it.',
  help:
    'Pin the project\'s subnets outside every reserved range (`networks: <name>: ipam: config: - subnet: …`) or give the daemon ' +
    '`default-address-pools` that avoid them (subnet-guard prints a proven block), then restart dockerd.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of ctx.hosts) {
      const c = firstCollision(hc, ctx.reserved);
      if (!c) continue;
      const a = c.allocation;
      const who = a.project === null ? 'docker0 (the default bridge)' : `network ${a.network} of project ${a.project}`;
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        message:
          `${when(c.cycle)}, ${who} gets ${c.subnet}, which overlaps reserved ${reservedLabel(c.reserved.range)} ` +
          `on host ${hc.host.name} (${modelLabel(hc.behaviour.model)}). From then on the host routes that range into the bridge ` +
          `and can no longer reach it.`,
        ...findingAt(where(hc, a)),
        host: hc.host.name,
        model: hc.behaviour.model,
        cycle: c.cycle,
      });
    }
    return out;
  },
};
