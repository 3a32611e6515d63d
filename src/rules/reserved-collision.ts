// reserved-collision: the first cycle (per host and engine model) on which a Docker network would
// overlap a reserved range — a peered VPC, a database network, a VPN — that the host reaches through
// its default gateway. Docker cannot see such networks and takes the range; the host loses them.
// Swarm overlay networks draw from the swarm pools (10.0.0.0/8 by default) and skip even the host-route
// check, so for them the host's own on-link routes and nameservers count as reserved too.
import { findingAt, type ComposeNetwork, type ComposeProject, type Finding, type SourcePos } from '../model.js';
import { equal, formatPrefix, overlaps, parsePrefix, type Prefix } from '../net/prefix.js';
import { PrefixSet } from '../net/prefix-set.js';
import { firstCycleWhere, type CycleState, type NetworkAllocation } from '../simulate/host.js';
import {
  createdNetworks,
  hostPrefixes,
  hostPrefixLabel,
  inUnknownUla,
  networkText,
  showSubnet,
  spaceOf,
  whenText,
  type Space,
} from './facts.js';
import { modelLabel, reservedLabel, reservedOn, type HostCheck, type ParsedReserved, type Rule, type RuleContext } from './rule.js';

export interface Collision {
  cycle: number;
  allocation: NetworkAllocation;
  subnet: string;
  reserved: ParsedReserved;
  /** how to name what was hit: "reserved 172.31.0.0/16 (ops VPC)" or "the on-link route … of host …" */
  label: string;
}

export interface CollisionOptions {
  /** only subnets Docker chose (pinned ones are pinned-reserved-overlap's) */
  dynamicOnly?: boolean;
  /** only networks of this address space */
  space?: Space;
}

export function allocationSpace(a: NetworkAllocation): Space {
  if (a.source) return spaceOf(a.source);
  return a.swarm === 'ingress' ? 'global' : 'local';
}

/** true when this subnet of the allocation was written by hand (compose ipam.config, or bip for docker0) */
export function isPinnedSubnet(a: NetworkAllocation, p: Prefix, bipPinned: boolean): boolean {
  if (!a.source) return a.swarm ? a.pinned : bipPinned;
  if (!a.pinned) return false;
  return a.source.subnets.some((s) => {
    const w = parsePrefix(s.cidr);
    return !('error' in w) && equal(w.prefix, p);
  });
}

/**
 * What a subnet must not overlap. Local networks: the reserved ranges (the engine already avoids on-link
 * routes and nameservers). Overlay networks: those plus the host's routes and nameservers.
 */
interface Target extends ParsedReserved {
  label: string;
}

/**
 * The reserved ranges as a set to probe in O(log n) (an inventory may list 100,000 of them, and every
 * subnet of every stored cycle is probed), worked out once per list: the check, the rule (per address
 * space) and every fix proof ask again with the same list.
 */
const reservedSets = new WeakMap<readonly ParsedReserved[], { length: number; set: PrefixSet }>();

function reservedSet(reserved: readonly ParsedReserved[]): PrefixSet {
  const hit = reservedSets.get(reserved);
  if (hit && hit.length === reserved.length) return hit.set;
  const set = new PrefixSet(reserved.map((r) => r.prefix));
  reservedSets.set(reserved, { length: reserved.length, set });
  return set;
}

/** The first collisions of one simulated host, found in one pass over its stored cycles. */
interface Collisions {
  /** any subnet, pinned or not, in any address space (what the host report shows) */
  any: Collision | null;
  /** subnets Docker chose, per address space (what reserved-collision reports) */
  local: Collision | null;
  global: Collision | null;
}

/**
 * By simulation: the reserved list asked about and the answer. The rule asks once per address space
 * and the host report once more; each question used to be a walk over every stored cycle.
 */
const collisionMemo = new WeakMap<
  HostCheck['sim'],
  { reserved: readonly ParsedReserved[]; length: number; hc: HostCheck; found: Collisions }
>();

function collisionsOf(hc: HostCheck, reserved: ParsedReserved[]): Collisions {
  const known = collisionMemo.get(hc.sim);
  if (known && known.reserved === reserved && known.length === reserved.length && known.hc.host === hc.host) return known.found;
  const found: Collisions = { any: null, local: null, global: null };
  collisionMemo.set(hc.sim, { reserved, length: reserved.length, hc, found });
  const bipPinned = !!hc.sim.input.setup.bip;
  // overlay networks must also stay clear of the host's own routes and nameservers (after the reserved ranges)
  const hostTargets = hostPrefixes(hc);
  if (reserved.length === 0 && hostTargets.length === 0) return found;
  const set = reservedSet(reserved);
  /** the first target (reserved ranges, then for overlays the host's prefixes) that p overlaps */
  const targetOf = (p: Prefix, space: Space): Target | undefined => {
    if (set.overlapsAny(p)) {
      const r = reserved.find((rr) => overlaps(rr.prefix, p))!;
      return { ...r, label: `reserved ${reservedLabel(r.range)}` };
    }
    if (space === 'local') return undefined;
    const h = hostTargets.find((hh) => overlaps(hh.prefix, p));
    if (!h) return undefined;
    const name = hostPrefixLabel(h, hc.host.name);
    return { range: { cidr: h.text, name, pos: h.pos }, prefix: h.prefix, label: name };
  };
  const hasGlobal =
    !!hc.sim.input.setup.swarm || hc.sim.input.projects.some((hp) => hp.project.networks.some((n) => spaceOf(n) === 'global'));
  const collision = (state: CycleState, a: NetworkAllocation, p: Prefix, t: Target): Collision => ({
    cycle: state.cycle,
    allocation: a,
    subnet: showSubnet(hc, p, formatPrefix(p)),
    reserved: { range: t.range, prefix: t.prefix },
    label: t.label,
  });
  firstCycleWhere(
    hc.sim,
    (a, state) => {
      const space = allocationSpace(a);
      // an allocation can answer only what is still open (the walk goes on to the end for an address
      // space that never collides, and most allocations of a colliding walk hit a range again)
      if (found.any !== null && found[space] !== null) return false;
      for (let k = 0; k < a.subnets.length; k++) {
        const p = a.subnets[k];
        if (found.any !== null && isPinnedSubnet(a, p, bipPinned)) continue;
        // a /64 of a ULA /48 the check does not know (Engine ≥ 27 without engine-id): where it lies is unknown
        if (inUnknownUla(hc, p)) continue;
        const t = targetOf(p, space);
        if (!t) continue;
        if (!found.any) found.any = collision(state, a, p, t);
        if (!found[space] && !isPinnedSubnet(a, p, bipPinned)) found[space] = collision(state, a, p, t);
      }
      // done when every question has its answer (a host without overlay networks has no global one)
      return found.any !== null && found.local !== null && (found.global !== null || !hasGlobal);
      // (on a ring, later cycles hold only local networks: the reserved ranges are the whole question)
    },
    reserved.map((r) => r.prefix),
  );
  return found;
}

/**
 * The first collision of a simulated host with any reserved range, or null: of any subnet in any
 * address space, or (dynamicOnly) of the subnets Docker chose in one address space.
 */
export function firstCollision(hc: HostCheck, reserved: ParsedReserved[], opts: CollisionOptions = {}): Collision | null {
  const found = collisionsOf(hc, reserved);
  if (opts.dynamicOnly && opts.space) return found[opts.space];
  if (!opts.dynamicOnly && !opts.space) return found.any;
  throw new Error('firstCollision: dynamicOnly and space go together');
}

/**
 * The networks of the allocation's project that could have received its subnet: under Compose v2 the
 * project's networks are created in random order, so any network of the same `up` that draws from the
 * same pools (same address space, no subnet written for that family) may get it. One network, or an
 * order that is known (docker-compose 1.x, one file), leaves just the allocation's own network.
 */
export function possibleReceivers(
  hc: HostCheck,
  a: NetworkAllocation,
  family: 4 | 6,
): { project?: ComposeProject; networks: ComposeNetwork[] } {
  if (!a.source || a.pinned) return { networks: a.source ? [a.source] : [] };
  const project = hc.projects.find((hp) => hp.project.name === a.project)?.project;
  if (!project || project.creationOrder === 'first-use') return { project, networks: [a.source] };
  const space = spaceOf(a.source);
  const dynamic = createdNetworks(project.networks).filter(
    (n) =>
      spaceOf(n) === space &&
      n.ipamDriver === 'default' &&
      (family === 4 ? n.enableIpv4 : n.enableIpv6) &&
      !n.subnets.some((sn) => sn.cidr.includes(':') === (family === 6)),
  );
  return { project, networks: dynamic.some((n) => n.name === a.source!.name) && dynamic.length > 1 ? dynamic : [a.source] };
}

function where(hc: HostCheck, c: Collision): SourcePos | undefined {
  const a = c.allocation;
  if (a.source) {
    const r = possibleReceivers(hc, a, c.subnet.includes(':') ? 6 : 4);
    // several candidates: the project's top-level networks: (or the first of them), not one as if certain
    if (r.networks.length > 1) return r.project?.networksPos ?? r.networks[0].pos;
    return a.source.pos;
  }
  if (a.network !== 'bridge') {
    const declared = hc.host.networks.find((n) => n.name === a.network);
    if (declared?.pos) return declared.pos;
  }
  if (a.swarm) return hc.host.swarm?.pos ?? hc.host.pos;
  return hc.daemon.defaultAddressPools?.pos ?? hc.host.pos;
}

export const reservedCollision: Rule = {
  id: 'reserved-collision',
  defaultSeverity: 'error',
  shortDescription: 'A redeploy puts a Docker network on a reserved range',
  fullDescription:
    "Docker picks subnets for networks created without one by itself and only avoids the host's on-link routes. " +
    'Networks reached through the default gateway (peered VPCs, cloud databases, VPNs) are invisible to it. ' +
    'On Engine ≤ 26 every `docker compose down && up` moves a project to the next pool, so after enough redeploys a bridge ' +
    'covers such a network and the host silently loses its route to it. Swarm overlay networks take /24s from the swarm ' +
    "pool (10.0.0.0/8 by default) without even checking the host's own routes and nameservers.",
  help:
    "Pin the project's subnets outside every reserved range (`networks: <name>: ipam: config: - subnet: …`) or give the daemon " +
    '`default-address-pools` that avoid them (subnet-guard prints a proven block), then restart dockerd. For overlay networks, ' +
    'pin the subnet or re-create the swarm with `docker swarm init --default-addr-pool <free range>`.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of ctx.hosts) {
      for (const space of ['local', 'global'] as const) {
        const c = firstCollision(hc, reservedOn(ctx, hc), { dynamicOnly: true, space });
        if (!c) continue;
        out.push({
          rule: this.id,
          severity: this.defaultSeverity,
          message: space === 'local' ? localMessage(hc, c) : overlayMessage(hc, c),
          ...findingAt(where(hc, c)),
          host: hc.host.name,
          model: hc.behaviour.model,
          cycle: c.cycle,
        });
      }
    }
    return out;
  },
};

function localMessage(hc: HostCheck, c: Collision): string {
  const a = c.allocation;
  const receivers = possibleReceivers(hc, a, c.subnet.includes(':') ? 6 : 4).networks;
  const who =
    a.swarm === 'gwbridge'
      ? 'docker_gwbridge (made when the host joined the swarm)'
      : a.project === null
        ? a.network === 'bridge'
          ? 'docker0 (the default bridge)'
          : `host network ${a.network}`
        : receivers.length > 1
          ? `one of ${receivers.map((n) => n.name).join(', ')} (project ${a.project} — Compose v2 creates them in random order, so which one is not known)`
          : networkText(a.project, a.network, a.source);
  return (
    `${whenText(c.cycle)}, ${who} gets ${c.subnet}, which overlaps ${c.label} ` +
    `on host ${hc.host.name} (${modelLabel(hc.behaviour.model)}). From then on the host routes that range into the bridge ` +
    `and can no longer reach it.${cursorNote(hc)} Fix: pin this network's subnet outside the reserved ranges, or apply the proven ` +
    '`default-address-pools` block for this host.'
  );
}

/** what a snapshot without a known round-robin cursor means for the cycle named */
export function cursorNote(hc: HostCheck): string {
  const w = hc.worstCursor;
  if (!w) return '';
  const tried = w.positions === w.of ? `all ${w.of} cursor positions` : `${w.positions} of the ${w.of} cursor positions`;
  return (
    ` The snapshot of this host could not tell where Docker's round-robin walk stood (cursor: unknown), so this is the ` +
    `earliest redeploy over ${tried} (worst: position ${w.cursor}); from its real position it may come later or not at all.`
  );
}

function overlayMessage(hc: HostCheck, c: Collision): string {
  const a = c.allocation;
  const receivers = possibleReceivers(hc, a, c.subnet.includes(':') ? 6 : 4).networks;
  const who =
    a.swarm === 'ingress'
      ? "the swarm's ingress network (made by `docker swarm init`)"
      : receivers.length > 1
        ? `one of the overlay networks ${receivers.map((n) => n.name).join(', ')} (project ${a.project} — Compose v2 creates them in random order)`
        : `overlay network ${a.network} of project ${a.project}`;
  return (
    `${whenText(c.cycle)}, ${who} gets ${c.subnet} from the swarm pool, ` +
    `which overlaps ${c.label} ` +
    `on host ${hc.host.name} (${modelLabel(hc.behaviour.model)}). Containers on that network can no longer reach it: swarm ` +
    "overlays skip Docker's host-route check. Fix: pin the subnet under `ipam.config`, or re-create the swarm with " +
    '`docker swarm init --default-addr-pool <free private range>` (daemon.json `default-address-pools` does not apply to overlays).'
  );
}
