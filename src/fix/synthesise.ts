// Synthesis of fixes for one host, from what the rules found:
//   - default-address-pools (when a finding is about where Docker allocates): one private block (a /16 split into /24s when it fits) that avoids every
//     reserved range, host route, nameserver and pinned subnet (and the swarm pool when overlays are
//     used), with room for twice the networks alive at once (at least 16 spare);
//   - bip (and fixed-cidr) moved to a free /24 when docker0's pinned subnet is part of the problem;
//   - mtu / default-network-opts set to the underlay MTU; ip-forward / iptables turned back on;
//   - pinned compose subnets that are themselves the problem moved to free subnets of the same size;
//   - as an alternative, every network of the host pinned outside the pools Docker allocates from.
// Nothing here decides whether a fix is good: prove.ts re-runs the simulation for that.
import { createHash } from 'node:crypto';
import type { ComposeNetworkFix, Finding, HostFix, HostSpec } from '../model.js';
import { formatAddress, formatPrefix, type Prefix, type Prefix4 } from '../net/prefix.js';
import {
  createdNetworks,
  hostPrefixes,
  pinnedSubnets,
  poolBases,
  poolSpecs,
  spaceOf,
  usesOverlay,
  type PinnedSubnet,
} from '../rules/facts.js';
import { MTU_OPTION, networksOverMtu, supportsDefaultNetworkOpts } from '../rules/mtu-exceeds-underlay.js';
import { reservedOn, type HostCheck, type RuleContext } from '../rules/rule.js';
import type { DaemonJsonPatch } from './patch.js';
import { FreeSpace4 } from './space.js';

/** Rules whose findings new default-address-pools address. */
const POOL_RULES = new Set(['reserved-collision', 'pinned-pool-race', 'pool-exhaustion', 'daemon-pool-reserved']);
/** Rules reported on a pinned compose subnet that moving it to a free subnet cures. */
const REPIN = new Set(['pinned-reserved-overlap', 'pinned-conflict', 'public-range']);

/** Size of every network a suggested pool hands out. */
export const FIX_SIZE = 24;
/** The largest block suggested as one pool base (256 networks of /24). */
export const PREFERRED_BASE_BITS = 16;

export interface Plan {
  daemonJson: DaemonJsonPatch;
  /** compose changes needed together with daemonJson */
  compose: ComposeNetworkFix[];
}

function samePos(f: Finding, pos: { file: string; line: number; column: number } | undefined): boolean {
  return !!pos && f.file === pos.file && f.line === pos.line && f.column === pos.column;
}

/** IPv4 networks Docker allocates from the local pools when everything on the host is up (docker0 included). */
export function localDemand(hc: HostCheck): number {
  const names = new Set<string>();
  for (const hp of hc.projects) {
    for (const n of createdNetworks(hp.project.networks)) {
      if (spaceOf(n) !== 'local' || n.ipamDriver !== 'default' || !n.enableIpv4) continue;
      if (n.subnets.some((s) => !s.cidr.includes(':'))) continue; // an IPv4 subnet is pinned
      names.add(n.name);
    }
  }
  const docker0 = hc.daemon.bridgeNone?.value || hc.daemon.bip ? 0 : 1;
  return names.size + docker0;
}

/** How many /24s a pool needs: twice the demand, and at least 16 spare. */
export function capacityFor(demand: number): number {
  return Math.max(2 * demand, demand + 16);
}

function log2ceil(n: number): number {
  return Math.ceil(Math.log2(Math.max(1, n)));
}

/**
 * Private blocks for the pool, preferring one /16, else the smallest single block, else several /22s.
 * `avoid` is not changed: the caller adds the blocks when it takes them.
 */
export function poolBlocks(avoid: readonly Prefix[] | FreeSpace4, need: number): Prefix4[] | null {
  const needBits = FIX_SIZE - log2ceil(need);
  if (needBits < 8) return null;
  const space = avoid instanceof FreeSpace4 ? avoid : new FreeSpace4(avoid);
  for (const bits of [...new Set([Math.min(PREFERRED_BASE_BITS, needBits), needBits])]) {
    const b = space.blocks(bits, 1)[0];
    if (b) return [b];
  }
  const quarter = FIX_SIZE - 2;
  const blocks = space.blocks(quarter, Math.ceil(need / 4));
  return blocks.length * 4 >= need ? blocks : null;
}

/** A ULA /48 for the host (RFC 4193: fd + 40 pseudo-random bits, here from the host name). */
export function hostUla(host: string): string {
  const h = createHash('sha256').update(`subnet-guard:${host}`).digest('hex');
  return `fd${h.slice(0, 2)}:${h.slice(2, 6)}:${h.slice(6, 10)}::/48`;
}

function wantsDynamicV6(hc: HostCheck): boolean {
  return hc.projects.some((hp) =>
    createdNetworks(hp.project.networks).some(
      (n) => n.enableIpv6 && n.ipamDriver === 'default' && !n.subnets.some((s) => s.cidr.includes(':')),
    ),
  );
}

/** Everything a new subnet on this host must stay clear of, except the pinned subnets listed in `moving`. */
function avoidFor(ctx: RuleContext, hc: HostCheck, moving: ReadonlySet<PinnedSubnet>, keepBip: boolean): Prefix[] {
  const avoid: Prefix[] = [...reservedOn(ctx, hc).map((r) => r.prefix), ...hostPrefixes(hc).map((h) => h.prefix)];
  for (const s of pinnedSubnets(hc)) {
    if (moving.has(s)) continue;
    if (s.kind !== 'compose' && !keepBip) continue;
    avoid.push(s.prefix);
  }
  if (usesOverlay(hc)) avoid.push(...poolBases(poolSpecs(hc, 'global')));
  return avoid;
}

function pinFor(s: PinnedSubnet, subnet: string): ComposeNetworkFix {
  const n = s.source!;
  return {
    project: s.project!,
    network: s.network,
    key: n.key,
    ...(s.pos ? { file: s.pos.file, line: s.pos.line } : {}),
    subnet,
    replaces: s.cidr,
  };
}

/**
 * The daemon.json fragment (and the pins it needs) for one host, from the host's active findings.
 * `hcs` are the HostChecks of that host (one per engine model); returns null when no private space is left.
 */
export function planDaemonFix(ctx: RuleContext, hcs: readonly HostCheck[], findings: readonly Finding[]): Plan | null {
  const hc = hcs[0];
  const active = findings.filter((f) => !f.suppressed && f.host === hc.host.name);
  if (active.length === 0) return null;
  const patch: DaemonJsonPatch = {};
  const pins: ComposeNetworkFix[] = [];
  const pinned = pinnedSubnets(hc);

  // compose subnets that are themselves the problem
  const moving = new Set(pinned.filter((s) => s.kind === 'compose' && active.some((f) => REPIN.has(f.rule) && samePos(f, s.pos))));
  // docker0's own subnet
  const bip = pinned.find((s) => s.kind === 'bip');
  const fixed = pinned.find((s) => s.kind === 'fixed-cidr');
  const docker0Bad = [bip, fixed].some((s) => s && active.some((f) => samePos(f, s.pos)));

  // sorted once: a host may have 100,000 reserved ranges, and every block taken below searches them
  const avoid = new FreeSpace4(avoidFor(ctx, hc, moving, !docker0Bad));
  const poolPos = (hc.daemon.defaultAddressPools?.value ?? []).map((e) => e.base.pos ?? e.pos);
  // findings on overlay networks (or the swarm's ingress) are the swarm's: daemon.json pools cannot move them
  const aboutPools = active.some(
    (f) => (POOL_RULES.has(f.rule) && !aboutSwarm(hcs, f)) || (f.rule === 'public-range' && poolPos.some((p) => samePos(f, p))),
  );
  if (aboutPools) {
    const demand = Math.max(...hcs.map(localDemand));
    const blocks = poolBlocks(avoid, capacityFor(demand));
    if (!blocks) return null;
    const pools: { base: string; size: number }[] = blocks.map((b) => ({ base: formatPrefix(b), size: FIX_SIZE }));
    for (const b of blocks) avoid.add(b);
    if (wantsDynamicV6(hc)) pools.push({ base: hostUla(hc.host.name), size: 64 });
    patch['default-address-pools'] = pools;
  }
  if (docker0Bad) {
    const b = avoid.take(FIX_SIZE);
    if (!b) return null;
    patch.bip = `${formatAddress(4, b.addr + 1)}/${FIX_SIZE}`;
    if (fixed) patch['fixed-cidr'] = formatPrefix(b);
  }
  for (const s of moving) {
    if (s.prefix.family !== 4) continue;
    const b = avoid.take(s.prefix.bits);
    if (!b) return null;
    pins.push(pinFor(s, formatPrefix(b)));
  }

  const underlay = hc.host.underlayMtu?.value;
  if (underlay && active.some((f) => f.rule === 'mtu-exceeds-underlay')) {
    if (!hc.daemon.bridgeNone?.value && (hc.daemon.mtu?.value || 1500) > underlay) patch.mtu = underlay;
    const dno = supportsDefaultNetworkOpts(hc.host.engine.value);
    const drivers = new Set<string>();
    for (const { project, network: n, mtu: m } of networksOverMtu(hc, underlay)) {
      // daemon.json covers networks without their own option, from Engine 24; others need the compose option
      if (dno && m.source !== 'driver-opt') drivers.add(n.driver);
      else
        pins.push({
          project: project.name,
          network: n.name,
          key: n.key,
          ...(n.pos ? { file: n.pos.file, line: n.pos.line } : {}),
          mtu: underlay,
        });
    }
    if (drivers.size > 0) {
      const opts: Record<string, Record<string, string>> = {};
      for (const [driver, o] of Object.entries(hc.daemon.defaultNetworkOpts ?? {}))
        opts[driver] = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.value]));
      for (const d of [...drivers].sort()) opts[d] = { ...(opts[d] ?? {}), [MTU_OPTION]: String(underlay) };
      patch['default-network-opts'] = opts;
    }
  }
  for (const f of active) {
    if (f.rule !== 'forwarding-disabled') continue;
    if (samePos(f, hc.daemon.ipForward?.pos)) patch['ip-forward'] = true;
    if (samePos(f, hc.daemon.iptables?.pos)) patch.iptables = true;
  }
  return { daemonJson: patch, compose: mergeByNetwork(pins) };
}

/**
 * The alternative that leaves daemon.json alone: every network Docker would allocate from the local pools
 * (and every pinned subnet that is a problem) pinned to a free /24 outside the pools it allocates from.
 */
export function planPinnedAlternative(
  ctx: RuleContext,
  hcs: readonly HostCheck[],
  findings: readonly Finding[],
): ComposeNetworkFix[] | null {
  const hc = hcs[0];
  const active = findings.filter((f) => !f.suppressed && f.host === hc.host.name);
  if (active.length === 0) return null;
  const pinned = pinnedSubnets(hc);
  const moving = new Set(pinned.filter((s) => s.kind === 'compose' && active.some((f) => REPIN.has(f.rule) && samePos(f, s.pos))));
  const avoid = new FreeSpace4([...avoidFor(ctx, hc, moving, true), ...poolBases(poolSpecs(hc, 'local'))]);
  const pins: ComposeNetworkFix[] = [];
  const take = (bits: number): string | null => {
    const b = avoid.take(bits);
    return b ? formatPrefix(b) : null;
  };
  for (const s of moving) {
    if (s.prefix.family !== 4) continue;
    const subnet = take(s.prefix.bits);
    if (!subnet) return null;
    pins.push(pinFor(s, subnet));
  }
  const done = new Set<string>();
  for (const hp of hc.projects) {
    for (const n of createdNetworks(hp.project.networks)) {
      if (done.has(n.name) || n.ipamDriver !== 'default' || !n.enableIpv4) continue;
      if (n.subnets.some((s) => !s.cidr.includes(':'))) continue;
      done.add(n.name);
      const subnet = take(FIX_SIZE);
      if (!subnet) return null;
      pins.push({
        project: hp.project.name,
        network: n.name,
        key: n.key,
        ...(n.pos ? { file: n.pos.file, line: n.pos.line } : {}),
        subnet,
      });
    }
  }
  return pins.length > 0 ? pins : null;
}

/** One entry per network: a subnet and an MTU for the same network are one change. */
function mergeByNetwork(fixes: ComposeNetworkFix[]): ComposeNetworkFix[] {
  const out: ComposeNetworkFix[] = [];
  for (const f of fixes) {
    const same = out.find(
      (o) =>
        o.project === f.project &&
        o.network === f.network &&
        (o.subnet === undefined || f.subnet === undefined) &&
        (o.mtu === undefined || f.mtu === undefined),
    );
    if (!same) {
      out.push({ ...f });
      continue;
    }
    if (f.subnet !== undefined) {
      same.subnet = f.subnet;
      if (f.replaces !== undefined) same.replaces = f.replaces;
    }
    if (f.mtu !== undefined) same.mtu = f.mtu;
  }
  return out;
}

/** true when a finding is about the swarm's address space: on an overlay network, or on the host's `swarm:` entry */
export function aboutSwarm(hcs: readonly HostCheck[], f: Finding): boolean {
  const hc = hcs[0];
  if (hc.host.swarm && samePos(f, hc.host.swarm.pos)) return true;
  return hc.projects.some((hp) => hp.project.networks.some((n) => n.driver === 'overlay' && samePos(f, n.pos)));
}

/** Overlay networks a swarm allocates on this host when everything is up, the ingress included. */
function swarmDemand(hc: HostCheck): number {
  const names = new Set<string>();
  for (const hp of hc.projects) {
    for (const n of createdNetworks(hp.project.networks)) {
      if (spaceOf(n) !== 'global' || n.ipamDriver !== 'default' || n.subnets.some((s) => !s.cidr.includes(':'))) continue;
      names.add(n.name);
    }
  }
  return names.size + 1;
}

/**
 * The swarm re-created with its own pool (`docker swarm init --default-addr-pool`), when a finding is
 * about the swarm's address space: one private block with room for twice the overlays, clear of every
 * reserved range, host route, nameserver, pinned subnet and the local pools. Returns the host with that
 * swarm (for the proof) and the fix's text, or null.
 */
export function planSwarmFix(
  ctx: RuleContext,
  hcs: readonly HostCheck[],
  findings: readonly Finding[],
): { host: HostSpec; swarm: NonNullable<HostFix['swarm']> } | null {
  const hc = hcs[0];
  const swarm = hc.host.swarm;
  if (!swarm) return null;
  const active = findings.filter((f) => !f.suppressed && f.host === hc.host.name && POOL_RULES.has(f.rule));
  if (!active.some((f) => aboutSwarm(hcs, f))) return null;
  const avoid: Prefix[] = [...ctx.reserved.map((r) => r.prefix), ...hostPrefixes(hc).map((h) => h.prefix)];
  for (const s of pinnedSubnets(hc)) avoid.push(s.prefix);
  for (const h of hcs) avoid.push(...poolBases(poolSpecs(h, 'local')));
  const blocks = poolBlocks(avoid, capacityFor(Math.max(...hcs.map(swarmDemand))));
  if (!blocks) return null;
  const bases = blocks.map((b) => formatPrefix(b));
  const command = `docker swarm init ${bases.map((b) => `--default-addr-pool ${b}`).join(' ')} --default-addr-pool-mask-length ${FIX_SIZE}`;
  const host: HostSpec = {
    ...hc.host,
    swarm: { ...swarm, defaultAddrPool: bases.map((value) => ({ value })), subnetSize: { value: FIX_SIZE } },
  };
  return { host, swarm: { defaultAddrPool: bases, subnetSize: FIX_SIZE, command } };
}
