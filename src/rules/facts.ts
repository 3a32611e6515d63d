// Facts several rules need about one simulated host: its pinned subnets, its pools, its host prefixes,
// private address space, and the wording of "when". Pure functions over the loaded model.
import type { ComposeNetwork, ComposeSubnet, Lifecycle, SourcePos } from '../model.js';
import { BUILTIN_LOCAL_POOLS, BUILTIN_SWARM_POOLS, EMPTY_ENGINE_ID_ULA, type PoolSpec } from '../net/pools.js';
import { contains, lastAddr4, lastAddr6, parseAddress, parsePrefix, type Prefix } from '../net/prefix.js';
import { simulateHost, type SimulationResult } from '../simulate/host.js';
import type { HostCheck, RuleContext } from './rule.js';
import { groupDigits } from '../digits.js';

/** Docker keeps two address spaces: local (bridge, macvlan, ipvlan) and global (swarm overlay). */
export type Space = 'local' | 'global';

export function spaceOf(n: ComposeNetwork): Space {
  return n.driver === 'overlay' ? 'global' : 'local';
}

/** The networks of a project that `up` creates (never external ones, never host/none). */
export function createdNetworks(networks: readonly ComposeNetwork[]): ComposeNetwork[] {
  return networks.filter((n) => !n.external && n.driver !== 'host' && n.driver !== 'none');
}

const PLACEHOLDER_ULA = (parsePrefix(EMPTY_ENGINE_ID_ULA) as { prefix: Prefix }).prefix;

/**
 * Engine ≥ 27 without `engine-id` and without an IPv6 pool in daemon.json: its IPv6 networks take /64s of
 * a ULA /48 derived from the host's engine ID, which the check does not know. The simulation stands in
 * the empty ID's /48; such a subnet is known only by its position in the host's /48.
 */
export function ulaUnknown(hc: HostCheck): boolean {
  if (hc.behaviour.model !== 'first-fit' || hc.host.engineId) return false;
  return !(hc.sim.input.setup.defaultAddressPools ?? []).some((p) => p.base.includes(':'));
}

/** whether a subnet lies in the stand-in /48 of a host whose ULA is unknown */
export function inUnknownUla(hc: HostCheck, p: Prefix): boolean {
  return p.family === 6 && ulaUnknown(hc) && contains(PLACEHOLDER_ULA, p);
}

/**
 * A subnet as the report shows it: as is, or, inside a host's unknown ULA /48, with the /48 written
 * `fdxx:xxxx:xxxx` ("fdxx:xxxx:xxxx:1::/64" is the second /64 of the host's /48).
 */
export function showSubnet(hc: HostCheck, p: Prefix, text: string): string {
  if (!inUnknownUla(hc, p)) return text;
  return `fdxx:xxxx:xxxx${text.slice(EMPTY_ENGINE_ID_ULA.indexOf('::'))}`;
}

/** One HostCheck per host (the first engine model): for rules whose answer does not depend on the model. */
export function hostsOnce(ctx: RuleContext): HostCheck[] {
  const seen = new Set<string>();
  const out: HostCheck[] = [];
  for (const hc of ctx.hosts) {
    if (seen.has(hc.host.name)) continue;
    seen.add(hc.host.name);
    out.push(hc);
  }
  return out;
}

/** A subnet written by hand: compose `ipam.config[].subnet`, daemon.json `bip` or `fixed-cidr`. */
export interface PinnedSubnet {
  kind: 'compose' | 'bip' | 'fixed-cidr';
  /** null for docker0 (bip, fixed-cidr) */
  project: string | null;
  lifecycle: Lifecycle | null;
  /** the network name Docker sees ("bridge" for docker0) */
  network: string;
  source?: ComposeNetwork;
  subnet?: ComposeSubnet;
  /** as written */
  cidr: string;
  prefix: Prefix;
  pos?: SourcePos;
  space: Space;
  /** false when a plugin IPAM driver hands it out (Docker's pools never see it) */
  dockerIpam: boolean;
}

/** Every pinned subnet on a host: docker0's bip and fixed-cidr, then each project's in bring-up order. */
export function pinnedSubnets(hc: HostCheck): PinnedSubnet[] {
  const out: PinnedSubnet[] = [];
  const d = hc.daemon;
  if (!d.bridgeNone?.value) {
    for (const [kind, v] of [
      ['bip', d.bip],
      ['fixed-cidr', d.fixedCidr],
    ] as const) {
      if (!v) continue;
      const p = parsePrefix(v.value);
      if ('error' in p) continue;
      out.push({
        kind,
        project: null,
        lifecycle: null,
        network: 'bridge',
        cidr: v.value,
        prefix: p.prefix,
        pos: v.pos,
        space: 'local',
        dockerIpam: true,
      });
    }
  }
  for (const hp of bringUpOrder(hc)) {
    for (const n of createdNetworks(hp.project.networks)) {
      for (const s of n.subnets) {
        const p = parsePrefix(s.cidr);
        if ('error' in p) continue;
        out.push({
          kind: 'compose',
          project: hp.project.name,
          lifecycle: hp.lifecycle,
          network: n.name,
          source: n,
          subnet: s,
          cidr: s.cidr,
          prefix: p.prefix,
          pos: s.pos ?? n.pos,
          space: spaceOf(n),
          dockerIpam: n.ipamDriver === 'default',
        });
      }
    }
  }
  return out;
}

/** Persistent projects (up at boot) first, then cycling ones, each in the inventory's order. */
export function bringUpOrder(hc: HostCheck) {
  return [...hc.projects.filter((p) => p.lifecycle === 'persistent'), ...hc.projects.filter((p) => p.lifecycle === 'cycling')];
}

/** true when the host is a swarm node or some project on it creates a swarm overlay network */
export function usesOverlay(hc: HostCheck): boolean {
  return !!hc.host.swarm || hc.projects.some((hp) => createdNetworks(hp.project.networks).some((n) => spaceOf(n) === 'global'));
}

/** The pools a space allocates from on this host. */
export function poolSpecs(hc: HostCheck, space: Space): PoolSpec[] {
  const setup = hc.sim.input.setup;
  if (space === 'global') return setup.swarmPools ?? BUILTIN_SWARM_POOLS;
  return setup.defaultAddressPools && setup.defaultAddressPools.length > 0 ? setup.defaultAddressPools : BUILTIN_LOCAL_POOLS;
}

export function poolBases(specs: readonly PoolSpec[]): Prefix[] {
  const out: Prefix[] = [];
  for (const s of specs) {
    const p = parsePrefix(s.base);
    if (!('error' in p)) out.push(p.prefix);
  }
  return out;
}

/** A host fact the engine or the rules avoid: an on-link route or a nameserver. */
export interface HostPrefix {
  kind: 'route' | 'nameserver';
  text: string;
  prefix: Prefix;
  pos?: SourcePos;
}

export function hostPrefixes(hc: HostCheck): HostPrefix[] {
  const out: HostPrefix[] = [];
  for (const r of hc.host.routes) {
    const p = parseAddress(r.value);
    if (!('error' in p)) out.push({ kind: 'route', text: r.value, prefix: p, pos: r.pos });
  }
  for (const n of hc.host.nameservers) {
    const p = parseAddress(n.value);
    if (!('error' in p)) out.push({ kind: 'nameserver', text: n.value, prefix: p, pos: n.pos });
  }
  return out;
}

export function hostPrefixLabel(h: HostPrefix, host: string): string {
  return h.kind === 'route' ? `the on-link route ${h.text} of host ${host}` : `nameserver ${h.text} of host ${host}`;
}

// ---------------------------------------------------------------------------------------------
// Private address space

const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
const ULA = 'fc00::/7';
export const CGNAT = '100.64.0.0/10';

function prefixes(list: string[]): Prefix[] {
  return list.map((c) => {
    const p = parsePrefix(c);
    if ('error' in p) throw new Error(p.error);
    return p.prefix;
  });
}
const PRIVATE_V4 = prefixes(RFC1918);
const PRIVATE_V6 = prefixes([ULA]);
const CGNAT_PREFIX = prefixes([CGNAT])[0];

/** The private ranges, as prefixes, for a family. */
export function privateSpace(family: 4 | 6, allowCgnat: boolean): Prefix[] {
  if (family === 6) return PRIVATE_V6;
  return allowCgnat ? [...PRIVATE_V4, CGNAT_PREFIX] : PRIVATE_V4;
}

/** true when the whole prefix lies inside RFC 1918 / RFC 4193 (and 100.64.0.0/10 when allowed). */
export function isPrivate(p: Prefix, allowCgnat: boolean): boolean {
  return privateSpace(p.family, allowCgnat).some((r) => contains(r, p));
}

export function isCgnat(p: Prefix): boolean {
  return p.family === 4 && contains(CGNAT_PREFIX, p);
}

/**
 * The pinned subnets grouped so that two subnets can overlap only within a group: by address space and
 * family, each group one outermost prefix and every subnet inside it (prefixes nest or are disjoint).
 * Returns, by index into `list`, the group's members in list order. Sorting makes it O(n log n): rules
 * that compared every pair were O(n²), a minute for 8,000 pinned networks.
 */
export function overlapGroups(list: readonly PinnedSubnet[]): number[][] {
  const order = list.map((_, i) => i);
  const key = (s: PinnedSubnet) => `${s.space}${s.prefix.family}`;
  order.sort((a, b) => {
    const x = list[a];
    const y = list[b];
    const kx = key(x);
    const ky = key(y);
    if (kx !== ky) return kx < ky ? -1 : 1;
    if (x.prefix.addr !== y.prefix.addr) return x.prefix.addr < y.prefix.addr ? -1 : 1;
    return x.prefix.bits - y.prefix.bits || a - b;
  });
  const groups = new Array<number[]>(list.length);
  let cur: number[] = [];
  let curKey = '';
  let curEnd: number | bigint = -1;
  for (const i of order) {
    const s = list[i];
    const p = s.prefix;
    const end = p.family === 4 ? lastAddr4(p) : lastAddr6(p);
    if (key(s) !== curKey || cur.length === 0 || p.addr > curEnd) {
      cur = [];
      curKey = key(s);
      curEnd = end;
    }
    cur.push(i);
    groups[i] = cur;
  }
  for (const g of new Set(groups)) g.sort((a, b) => a - b);
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Wording

/**
 * "network app_default of project app", or for the implicit default network (whose annotation sits on
 * the first service that joins it) "the default network app_default of project app (joined first by
 * service smtp)": the service is where the network comes from, not what is at fault.
 */
export function networkText(project: string | null, network: string, source?: { implicit?: boolean; usedBy: string[] }): string {
  if (project === null) return `network ${network}`;
  if (source?.implicit) {
    const first = source.usedBy[0];
    return `the default network ${network} of project ${project}${first ? ` (not declared; joined first by service ${first})` : ''}`;
  }
  return `network ${network} of project ${project}`;
}

/** "At daemon start" / "On redeploy 14" */
export function whenText(cycle: number): string {
  return cycle === 0 ? 'At daemon start' : `On redeploy ${groupDigits(cycle)}`;
}

export function count(n: number): string {
  return groupDigits(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

// ---------------------------------------------------------------------------------------------
// Beyond N

/** A cycle count large enough that the simulation stops at the period, never at N. */
export const ALL_CYCLES = Number.MAX_SAFE_INTEGER;

/**
 * The simulation of this host over every cycle there will ever be (it stops at the period), for
 * questions like "on which redeploy would this be reached, if not within N". Returns the same result
 * when it already covers every cycle.
 */
export function simulateForever(sim: SimulationResult, extra: Partial<SimulationResult['input']> = {}): SimulationResult {
  // on a ring the stored cycles answer every later one, turned: the same result asked about all of them
  if (sim.rotation && Object.keys(extra).length === 0) return { ...sim, cycles: ALL_CYCLES };
  const covers = sim.period !== null || sim.window.length < sim.cycles || sim.input.projects.every((p) => p.lifecycle === 'persistent');
  if (covers && Object.keys(extra).length === 0) return sim;
  return simulateHost({ ...sim.input, ...extra, cycles: ALL_CYCLES });
}
