// One simulated dockerd: docker0 at start, `network create` / `network rm`, restarts. It combines the
// IPAM model of its Engine version (round-robin or first-fit) with the daemon's host-overlap filter
// and docker0 rules (docker-ipam.md §2–4). The conformance suite drives it and a real dockerd with the
// same operations and compares every result.
import type { ModelName } from '../model.js';
import {
  BUILTIN_LOCAL_POOLS,
  BUILTIN_SWARM_POOLS,
  EMPTY_ENGINE_ID_ULA,
  ulaForEngineId,
  expandFirstFit,
  expandRoundRobin,
  type CandidateList,
  type PoolSpec,
} from '../net/pools.js';
import { formatPrefix, overlaps, parseAddress, parsePrefix, type Family, type Prefix } from '../net/prefix.js';
import { FirstFitAllocator } from './first-fit.js';
import { RoundRobinAllocator, disjoint4, entryAt, firstFree, holdLoop, holdRejected, skipRejected } from './round-robin.js';
import { AddressSpace } from './space.js';
import { SlotFrame } from './ring.js';
import { DOCKER_ERRORS, behavioursFor, type EngineBehaviour } from './versions.js';

export interface DaemonSetup {
  /** Engine version, e.g. "20.10.24"; "unknown" needs `model` */
  engine: string;
  /** which model to use when the version maps to both (unknown) */
  model?: ModelName;
  defaultAddressPools?: PoolSpec[];
  bip?: string;
  fixedCidr?: string;
  bridgeNone?: boolean;
  /** the host's IPv4 main-table routes other than the default route */
  routes?: { cidr: string; onLink: boolean }[];
  nameservers?: string[];
  /** swarm default-addr-pool (default 10.0.0.0/8 at /24) */
  swarmPools?: PoolSpec[];
  /** `docker info`'s ID: Engine ≥ 27 derives its IPv6 ULA /48 from it (absent: the empty ID's /48 stands in) */
  engineId?: string;
  /**
   * docker0's subnet at the first start, as a snapshot of a running host read it (instead of electing
   * one); restarts follow the usual rules
   */
  docker0Subnet?: string;
  /**
   * The host is a swarm node: at start (after docker0) the swarm's `ingress` takes the first swarm
   * candidate and `docker_gwbridge` a local one (docs/swarm.md, run on 20.10.24, 26.1.5, 28.5.2).
   */
  swarm?: SwarmSetup;
}

export interface SwarmSetup {
  /** manager: a restart restarts the swarm allocator (its round-robin cursor goes back to 0); worker: it does not */
  role: 'manager' | 'worker';
  /** docker_gwbridge created by hand with this subnet before init/join */
  gwbridgeSubnet?: string;
}

/** the swarm's routing-mesh network, made by `docker swarm init` */
export const INGRESS = 'ingress';
/** the bridge that connects a swarm node's containers to the outside, made when the node joins a swarm */
export const GWBRIDGE = 'docker_gwbridge';

export type CreateResult = { ok: true; subnets: string[] } | { ok: false; error: string };

export interface CreateOptions {
  /** explicit subnets (ipam.config[].subnet), IPv4 and/or IPv6 */
  subnets?: string[];
  /** bridge (default), macvlan, ipvlan: local pools; overlay: swarm pools */
  driver?: string;
  ipv6?: boolean;
  /** false: no IPv4 subnet (Engine ≥ 28) */
  ipv4?: boolean;
}

interface NetworkState {
  /** false once removed (the record stays in its slot for the next network of that name) */
  alive: boolean;
  subnets: Prefix[];
  /** the explicit subnets as written (the first subnets.length entries of `subnets` are those) */
  written: readonly string[];
  /** the subnets as dockerd reports them, worked out when first asked (the simulation never asks) */
  labels?: string[];
  global: boolean;
}

/** the subnets as dockerd reports them: explicit ones as written ("172.30.5.1/24" stays so) */
function labelsOf(n: NetworkState): string[] {
  n.labels ??= n.subnets.map((p, i) => (i < n.written.length ? n.written[i].trim() : formatPrefix(p)));
  return n.labels;
}

const NONE: readonly string[] = [];

const HOLD = '\u0000held';
/**
 * How many runs of host-rejected candidates the Engine ≤ 26 requests of one daemon may hold in all
 * (overlapping pools; each run is one step) before it gives up (SimDaemon.gaveUp), unless holdBudget
 * is set: the simulation sets it to its work budget, since each run is also work
 */
export const HOLD_RUN_LIMIT = 100_000;
export const DOCKER0 = 'bridge';

export class SimDaemon {
  readonly behaviour: EngineBehaviour;
  private readonly local = new AddressSpace();
  private readonly global = new AddressSpace();
  /**
   * Networks by name: a slot number per name (never reused) and the network in that slot. A simulation
   * creates and removes the same names every cycle; a Map from name to network paid for an insert and a
   * delete each time, the slots only for a lookup.
   */
  private readonly slots = new Map<string, number>();
  private readonly networks: NetworkState[] = [];
  private alive = 0;
  private readonly hostPrefixes: Prefix[];
  /** the same, as an address space (the ≤ 26 hold loop searches for a candidate free in both) */
  private readonly hostSpace = new AddressSpace();
  /** how many rejected runs of candidates were skipped or held in one step (the simulation counts them as work) */
  skips = 0;
  /**
   * runs of rejected candidates the requests may still hold (see HOLD_RUN_LIMIT). A budget for the
   * daemon's life, not per request: P pinned networks inside a route make each of D requests hold P runs
   */
  holdBudget = HOLD_RUN_LIMIT;
  /**
   * set when a request gave up (its runs to hold went past holdBudget): its answer is not known, and
   * the simulation must stop before it reports anything from that request
   */
  gaveUp = false;
  private readonly localRR?: RoundRobinAllocator;
  private readonly globalRR?: RoundRobinAllocator;
  private readonly localFF?: FirstFitAllocator;
  private readonly globalFF?: FirstFitAllocator;
  private docker0Prefix: Prefix | null = null;
  /** local networks of a driver other than bridge (macvlan, ipvlan): the bridge driver does not compare with them */
  private readonly otherDrivers = new Set<string>();
  /** set when dockerd could not create docker0 and would not start */
  bootError: string | null = null;
  /**
   * Called before each dynamic request of `create` (not docker0's): the simulation uses it to ask what
   * the request would pick were some networks absent (pickWithout). Never called from pickWithout.
   */
  beforeDynamic: ((family: Family, global: boolean) => void) | null = null;
  /** false until docker0 was set up once */
  private started = false;

  constructor(
    readonly setup: DaemonSetup,
    behaviour?: EngineBehaviour,
  ) {
    const all = behavioursFor(setup.engine);
    this.behaviour = behaviour ?? all.find((b) => !setup.model || b.model === setup.model) ?? all[0];
    const nameservers = (setup.nameservers ?? []).map((n) => mustAddress(n));
    const routes = (setup.routes ?? [])
      .filter((r) => r.onLink || this.behaviour.routeCheck === 'all-routes')
      .map((r) => mustPrefix(r.cidr));
    this.hostPrefixes = [...nameservers, ...routes];
    for (const p of this.hostPrefixes) this.hostSpace.add(p, 'host');
    const localPools = setup.defaultAddressPools && setup.defaultAddressPools.length > 0 ? setup.defaultAddressPools : BUILTIN_LOCAL_POOLS;
    const swarmPools = setup.swarmPools ?? BUILTIN_SWARM_POOLS;
    if (this.behaviour.model === 'round-robin') {
      this.localRR = new RoundRobinAllocator(expandRoundRobin(localPools));
      this.globalRR = new RoundRobinAllocator(expandRoundRobin(swarmPools));
    } else {
      const reserved = new AddressSpace();
      for (const p of this.hostPrefixes) reserved.add(p, 'host');
      const local = [...expandFirstFit(localPools).pools];
      if (!local.some((p) => p.base.family === 6)) local.push(...expandFirstFit(ulaPools(setup.engineId)).pools);
      this.localFF = new FirstFitAllocator(local, reserved);
      this.globalFF = new FirstFitAllocator(expandFirstFit(swarmPools).pools, new AddressSpace());
    }
    this.startDocker0();
    if (setup.swarm && !this.bootError) this.bootError = this.swarmInit(setup.swarm.role, setup.swarm.gwbridgeSubnet);
  }

  /** set by swarmInit: the host's role in the swarm */
  private swarmRole: SwarmSetup['role'] | null = null;

  /**
   * `docker swarm init` (or join): ingress from the swarm pools, then docker_gwbridge from the local
   * pools (or its hand-made subnet). Seen on 20.10.24, 26.1.5 and 28.5.2: docker_gwbridge is there within
   * two seconds of init, before any service or container, even on a drained manager. Returns the error
   * dockerd would give, or null.
   */
  swarmInit(role: SwarmSetup['role'] = 'manager', gwbridgeSubnet?: string): string | null {
    this.swarmRole = role;
    const ingress = this.createPrefixes(INGRESS, { driver: 'overlay' });
    if (typeof ingress === 'string') return `swarm init: ingress: ${ingress}`;
    const gw = this.createPrefixes(GWBRIDGE, gwbridgeSubnet ? { subnets: [gwbridgeSubnet] } : {});
    if (typeof gw === 'string') return `swarm init: ${GWBRIDGE}: ${gw}`;
    return null;
  }

  get model(): ModelName {
    return this.behaviour.model;
  }

  private hostRejects(p: Prefix): boolean {
    // the address space of the host prefixes: O(32) whatever their number (20,000 routes were a scan
    // of 20,000 on every allocation)
    return this.hostPrefixes.length > 0 && this.hostSpace.overlapsAny(p);
  }

  private usesCustomPools(): boolean {
    return !!this.setup.defaultAddressPools && this.setup.defaultAddressPools.length > 0;
  }

  /**
   * docker0 at daemon start. Before 23.0.4 dockerd elects an address for a docker0 interface that does
   * not exist yet (first start, or every start with custom pools, which deletes it) even when bip is
   * set, and refuses to start when no candidate is free of host routes, nameservers and existing
   * bridges; bip then overrides the elected subnet.
   */
  private startDocker0(): void {
    this.bootError = null;
    if (this.setup.bridgeNone) return;
    if (this.setup.docker0Subnet && !this.started) {
      this.started = true;
      this.docker0Prefix = mustPrefix(this.setup.docker0Subnet);
      this.local.add(this.docker0Prefix, DOCKER0);
      return;
    }
    this.started = true;
    let elected: Prefix | null = null;
    if (this.behaviour.docker0 === 'elect' && this.localRR) {
      const blocked = this.local.clone();
      for (const h of this.hostPrefixes) blocked.add(h, 'host');
      const g = firstFree(this.localRR.list, 0, this.localRR.list.length, 4, blocked);
      if (g < 0) {
        this.bootError =
          'failed to start daemon: Error initializing network controller: list bridge addresses failed: ' +
          `PredefinedLocalScopeDefaultNetworks List: ${goList(this.localRR.list)}: no available network`;
        return;
      }
      elected = entryAt(this.localRR.list, g);
    }
    let p: Prefix | null = null;
    if (this.setup.bip) {
      p = mustPrefix(this.setup.bip);
    } else if (this.setup.fixedCidr && this.behaviour.fixedCidrIsSubnet) {
      p = mustPrefix(this.setup.fixedCidr);
    } else if (elected) {
      p = elected;
    } else {
      const r = this.requestDynamic(4, false, DOCKER0);
      if (typeof r === 'string') this.bootError = r;
      else p = r;
    }
    if (p) {
      this.local.add(p, DOCKER0);
      this.docker0Prefix = p;
    }
  }

  /**
   * One dynamic allocation for network `bridge` (its name; null when not a bridge), with the ≤ 26
   * host-overlap hold loop for local networks. Engine ≥ 27 can hand out a subnet overlapping an existing
   * network (first-fit.ts, walkPool4); when both are bridges the bridge driver refuses the new one (seen
   * live on 28.5.2, inside docker0's bip subnet).
   */
  private requestDynamic(family: Family, global: boolean, bridge: string | null): Prefix | string {
    const space = global ? this.global : this.local;
    if (this.behaviour.model === 'first-fit') {
      const ff = global ? this.globalFF! : this.localFF!;
      const r = ff.request(family, space);
      if (!r) return DOCKER_ERRORS.exhausted('first-fit', family);
      if (global || bridge === null || !space.overlapsAny(r)) return r;
      const held = space.all().find((h) => overlaps(h.prefix, r) && !this.otherDrivers.has(h.owner));
      return held ? DOCKER_ERRORS.bridgeConflict(bridge, held.owner, family) : r;
    }
    const rr = global ? this.globalRR! : this.localRR!;
    const c0 = rr.cursor >= rr.list.length ? 0 : rr.cursor;
    const first = rr.request(family, space);
    if (!first) return DOCKER_ERRORS.exhausted('round-robin', family);
    if (global || !this.hostRejects(first)) return first;
    // each rejected run of candidates skipped or held in one step counts as work (SimDaemon.skips)
    this.skips++;
    if (family === 4 && disjoint4(rr.list)) {
      // the hold loop in one step (see skipRejected)
      return skipRejected(rr, c0, space, this.hostSpace) ?? DOCKER_ERRORS.exhausted('round-robin', family);
    }
    if (family === 4) {
      // overlapping pools: a run of rejected candidates at a time (see holdRejected), up to a limit
      const r = holdRejected(rr, c0, space, this.hostSpace, HOLD, Math.max(0, this.holdBudget));
      this.skips += r.runs;
      this.holdBudget -= r.runs;
      if (r.gaveUp) {
        this.gaveUp = true;
        return "subnet-guard stopped: too many candidates rejected by the host's routes and nameservers to hold";
      }
      return r.pick ?? DOCKER_ERRORS.exhausted('round-robin', family);
    }
    // IPv6: only nameserver addresses reject a candidate (one per pool each), so they are held one by
    // one as dockerd does (it holds a rejected candidate while it asks again, and releases them all)
    const r = holdLoop(rr, family, space, (p) => this.hostRejects(p), first, HOLD);
    this.skips += r.holds;
    return r.pick ?? DOCKER_ERRORS.exhausted('round-robin', family);
  }

  /** requestDynamic for `create`: tells beforeDynamic first, and checks the request against the ring */
  private dynamic(family: Family, global: boolean, bridge: string | null): Prefix | string {
    if (this.beforeDynamic) this.beforeDynamic(family, global);
    const ring = this.ring;
    if (ring === null || this.offRing) return this.requestDynamic(family, global, bridge);
    const rr = this.localRR!;
    const { frame } = ring;
    // the first slot at or after the cursor: what the ring says this request takes (the list's last
    // candidate is a slot, so there is one, and a request that finds it free takes it without wrapping)
    const expected = frame.rankOf(rr.cursor >= rr.list.length ? 0 : rr.cursor);
    const r = this.requestDynamic(family, global, bridge);
    if (family !== 4 || global || typeof r === 'string' || frame.slotOf(r) !== expected) this.offRing = true;
    return r;
  }

  /** set by startRing: the slots, and what blocks the other candidates for good */
  private ring: { frame: SlotFrame } | null = null;
  /** true once a request took something other than the first slot at or after the cursor */
  offRing = false;

  /**
   * Engine ≤ 26: from now on, the networks alive (docker0, persistent ones) and the host's rejected
   * candidates stay where they are; the other candidates are the ring's slots (see ring.ts).
   * Returns the frame, or null when the list is not a ring: not IPv4 only, candidates overlapping or
   * repeated, or its last candidate blocked (a cursor past every slot would then wrap to 0, which a turned
   * ring does not do). Every dynamic request after this is checked: one that does not take the first slot
   * at or after the cursor sets offRing, and the ring no longer applies.
   */
  startRing(): SlotFrame | null {
    const rr = this.localRR;
    if (!rr || rr.list.length === 0 || !disjoint4(rr.list)) return null;
    if (rr.list.segments.some((s) => s.family !== 4 || s.unique !== s.count)) return null;
    const blocked: Prefix[] = [...this.local.all().map((h) => h.prefix), ...this.hostPrefixes];
    const frame = new SlotFrame(
      rr.list,
      blocked.filter((p) => p.family === 4),
    );
    if (frame.slots === 0 || frame.indexOfSlot(frame.slots - 1) !== rr.list.length - 1) return null;
    this.ring = { frame };
    this.offRing = false;
    return frame;
  }

  /** Engine ≤ 26 on a ring: the slot the local cursor takes next */
  get ringCursor(): number {
    const rr = this.localRR!;
    const frame = this.ring!.frame;
    return frame.rankOf(rr.cursor >= rr.list.length ? 0 : rr.cursor) % frame.slots;
  }

  /**
   * What a dynamic request would pick now if the named networks did not exist, or null when it would
   * fail; nothing changes (their subnets are taken out and put back in order, the cursor restored).
   */
  pickWithout(family: Family, global: boolean, names: readonly string[]): Prefix | null {
    const space = global ? this.global : this.local;
    const gone: { n: NetworkState; name: string }[] = [];
    for (const name of names) {
      const n = this.network(name);
      if (!n || n.global !== global) continue;
      for (let i = 0; i < n.subnets.length; i++) space.remove(n.subnets[i], name);
      gone.push({ n, name });
    }
    const rr = global ? this.globalRR : this.localRR;
    const cursor = rr?.cursor ?? 0;
    let r: Prefix | string;
    try {
      r = this.requestDynamic(family, global, '');
    } finally {
      if (rr) rr.cursor = cursor;
      for (const { n, name } of gone) for (let i = 0; i < n.subnets.length; i++) space.add(n.subnets[i], name);
    }
    return typeof r === 'string' ? null : r;
  }

  /** Engine ≤ 26: the local round-robin cursor (the index of the next candidate); null under first-fit */
  get cursor(): number | null {
    return this.localRR ? this.localRR.cursor : null;
  }

  /** Engine ≤ 26: puts the local round-robin cursor where a snapshot found it (0 … candidates − 1) */
  setCursor(at: number): void {
    if (!this.localRR) return;
    this.localRR.cursor = at >= 0 && at < this.localRR.list.length ? at : 0;
  }

  /** Engine ≤ 26: how many candidates the local round-robin list holds (0 under first-fit) */
  get candidateCount(): number {
    return this.localRR ? this.localRR.list.length : 0;
  }

  docker0(): string | null {
    return this.docker0Prefix ? formatPrefix(this.docker0Prefix) : null;
  }

  create(name: string, opts: CreateOptions = {}): CreateResult {
    const r = this.createPrefixes(name, opts);
    return typeof r === 'string' ? { ok: false, error: r } : { ok: true, subnets: labelsOf(this.network(name)!) };
  }

  /** one shared `[p]` per prefix (prefixes are shared per candidate): treat the returned arrays as read-only */
  private readonly singles = new Map<Prefix, Prefix[]>();

  private single(p: Prefix): Prefix[] {
    let a = this.singles.get(p);
    if (!a) {
      a = [p];
      if (this.singles.size < 65_536) this.singles.set(p, a);
    }
    return a;
  }

  /** the network of that name, when it exists */
  private network(name: string): NetworkState | undefined {
    const i = this.slots.get(name);
    if (i === undefined) return undefined;
    const n = this.networks[i];
    return n.alive ? n : undefined;
  }

  /** records a created network in its name's slot (slot: the name's number, undefined for a new name) */
  private store(name: string, slot: number | undefined, subnets: Prefix[], written: readonly string[], global: boolean): void {
    this.alive++;
    if (slot === undefined) {
      this.slots.set(name, this.networks.length);
      this.networks.push({ alive: true, subnets, written, global });
      return;
    }
    const n = this.networks[slot];
    n.alive = true;
    n.subnets = subnets;
    n.written = written;
    n.global = global;
    n.labels = undefined;
  }

  /** `create` for the simulation's hot path: the subnets (not formatted), or dockerd's error. */
  createPrefixes(name: string, opts: CreateOptions = {}): Prefix[] | string {
    const slot = this.slots.get(name);
    if ((slot !== undefined && this.networks[slot].alive) || name === DOCKER0) return `network with name ${name} already exists`;
    const global = opts.driver === 'overlay';
    const space = global ? this.global : this.local;
    const bridge = !opts.driver || opts.driver === 'bridge' ? name : null;
    if (opts.subnets === undefined && opts.ipv4 !== false && !opts.ipv6) {
      // the common case, one dynamic IPv4 subnet: what the general path below does, without its arrays
      const r = this.dynamic(4, global, bridge);
      if (typeof r === 'string') return r;
      space.add(r, name);
      const subnets = this.single(r);
      this.store(name, slot, subnets, NONE, global);
      if (bridge === null && !global) this.otherDrivers.add(name);
      return subnets;
    }
    const written = opts.subnets ?? NONE;
    const got: Prefix[] = [];
    let v4 = false;
    let v6 = false;
    let notCanonical: string[] | undefined;
    for (const s of written) {
      const r = parseSubnet(s);
      if (typeof r === 'string') return `invalid subnet ${s}: ${r}`;
      if (this.behaviour.canonicalSubnets && !isCanonical(s))
        (notCanonical ??= []).push(`invalid subnet ${s.trim()}: it should be ${formatPrefix(r)}`);
      got.push(r);
      if (r.family === 4) v4 = true;
      else v6 = true;
    }
    // Engine ≥ 25 validates the IPAM config before anything is allocated, and lists every bad subnet
    if (notCanonical) return `invalid network config:\n${notCanonical.join('\n')}`;
    let error: string | undefined;
    let added = 0;
    for (; added < got.length; added++) {
      const p = got[added];
      if (space.overlapsAny(p)) {
        error = DOCKER_ERRORS.poolOverlap(this.behaviour.model);
        break;
      }
      space.add(p, name);
    }
    if (error === undefined && opts.ipv4 !== false && !v4) {
      const r = this.dynamic(4, global, bridge);
      if (typeof r === 'string') error = r;
      else {
        space.add(r, name);
        got.push(r);
        added++;
      }
    }
    if (error === undefined && opts.ipv6 && !v6) {
      const r = this.dynamic(6, global, bridge);
      if (typeof r === 'string') error = r;
      else {
        space.add(r, name);
        got.push(r);
        added++;
      }
    }
    if (error !== undefined) {
      for (let i = 0; i < added; i++) space.remove(got[i], name);
      return error;
    }
    // an exact-size copy: a pushed-to array keeps room for 17 entries, and simulations keep every
    // cycle's subnets (a million of these arrays was a third of a large check's memory)
    const subnets = got.length === 1 ? this.single(got[0]) : got.slice();
    this.store(name, slot, subnets, written, global);
    if (bridge === null && !global) this.otherDrivers.add(name);
    return subnets;
  }

  remove(name: string): void {
    const n = this.network(name);
    if (!n) return;
    const space = n.global ? this.global : this.local;
    // a network holds exactly the subnets it was created with
    for (let i = 0; i < n.subnets.length; i++) space.remove(n.subnets[i], name);
    n.alive = false;
    n.labels = undefined;
    this.otherDrivers.delete(name);
    this.alive--;
  }

  /** Daemon restart: the cursor goes back to 0; networks survive; docker0 is re-chosen with custom pools. */
  restart(): void {
    this.localRR?.reset();
    // the swarm allocator runs on the managers: a worker's restart leaves it alone
    if (this.swarmRole !== 'worker') this.globalRR?.reset();
    if (this.setup.bridgeNone) return;
    // custom pools: dockerd deletes docker0 at start and elects again (with bip too)
    const rechoose = this.usesCustomPools() || this.docker0Prefix === null;
    if (!rechoose) return;
    if (this.docker0Prefix) this.local.remove(this.docker0Prefix, DOCKER0);
    this.docker0Prefix = null;
    this.startDocker0();
  }

  /**
   * Another manager becomes the swarm's leader: its allocator starts from the swarm's store, with every
   * overlay's subnet reserved again and the round-robin cursor at 0 (run: 26.1.5, three managers, the
   * leader stopped — the next overlay got the lowest free subnet). Local networks are untouched.
   */
  leaderChange(): void {
    this.globalRR?.reset();
  }

  subnetsOf(name: string): string[] | undefined {
    if (name === DOCKER0) return this.docker0Prefix ? [formatPrefix(this.docker0Prefix)] : undefined;
    const n = this.network(name);
    return n ? labelsOf(n) : undefined;
  }

  subnetPrefixesOf(name: string): Prefix[] | undefined {
    if (name === DOCKER0) return this.docker0Prefix ? [this.docker0Prefix] : undefined;
    return this.network(name)?.subnets;
  }

  /** networks alive, docker0 included */
  get networkCount(): number {
    return this.alive + (this.docker0Prefix ? 1 : 0);
  }

  /**
   * What decides future allocations besides the networks themselves, as numbers written to `out` from
   * index n on (returns the index after them): the round-robin cursors (-1 under first-fit) and
   * docker0's subnet. With the set of networks (name, owner, subnets) this is the whole state;
   * `stateKey` is the same as text.
   */
  encodeState(out: number[], n: number, onRing = false): number {
    // on the ring the cursor is where the encoding of the networks starts counting (see ring.ts)
    out[n++] = onRing ? -2 : (this.localRR?.cursor ?? -1);
    out[n++] = this.globalRR?.cursor ?? -1;
    if (this.docker0Prefix) return encodePrefix(this.docker0Prefix, out, n);
    out[n++] = 0;
    return n;
  }

  /** A canonical text of everything that decides future allocations (for period detection). */
  stateKey(): string {
    return `${this.localRR?.cursor ?? ''}|${this.globalRR?.cursor ?? ''}|${this.local.key()}|${this.global.key()}`;
  }

  localAllocations(): readonly { prefix: Prefix; owner: string }[] {
    return this.local.all();
  }

  /** the host prefixes the engine avoids by itself (nameservers; routes per the version's rule) */
  hostAvoided(): readonly Prefix[] {
    return this.hostPrefixes;
  }
}

const v6Words = new WeakMap<Prefix, number[]>();

/**
 * A prefix as numbers, written to `out` from index n on (returns the index after them): family, address
 * (one number for IPv4, four 32-bit words for IPv6), length.
 */
export function encodePrefix(p: Prefix, out: number[], n: number): number {
  if (p.family === 4) {
    out[n] = 4;
    out[n + 1] = p.addr;
    out[n + 2] = p.bits;
    return n + 3;
  }
  let w = v6Words.get(p);
  if (!w) {
    const a = p.addr;
    w = [Number((a >> 96n) & 0xffffffffn), Number((a >> 64n) & 0xffffffffn), Number((a >> 32n) & 0xffffffffn), Number(a & 0xffffffffn)];
    v6Words.set(p, w);
  }
  out[n] = 6;
  out[n + 1] = w[0];
  out[n + 2] = w[1];
  out[n + 3] = w[2];
  out[n + 4] = w[3];
  out[n + 5] = p.bits;
  return n + 6;
}

/**
 * Explicit subnets are parsed on every `up` of every cycle: the parse (ip-cidr) is memoised. Bounded, since
 * the texts come from the input; cleared when it grows past a limit.
 */
const subnetCache = new Map<string, Prefix | string>();

/** whether a subnet is written without host bits */
function isCanonical(text: string): boolean {
  const p = parsePrefix(text.trim());
  return !('error' in p) && p.canonical;
}

/** the ULA pool list per engine ID, made once (expandFirstFit caches by list identity) */
const ulaLists = new Map<string, PoolSpec[]>();
function ulaPools(engineId: string | undefined): PoolSpec[] {
  const id = engineId ?? '';
  let l = ulaLists.get(id);
  if (!l) {
    l = [{ base: id === '' ? EMPTY_ENGINE_ID_ULA : ulaForEngineId(id), size: 64 }];
    if (ulaLists.size >= 1000) ulaLists.clear();
    ulaLists.set(id, l);
  }
  return l;
}

function parseSubnet(text: string): Prefix | string {
  let r = subnetCache.get(text);
  if (r === undefined) {
    const p = parsePrefix(text);
    r = 'error' in p ? p.error : p.prefix;
    if (subnetCache.size >= 10_000) subnetCache.clear();
    subnetCache.set(text, r);
  }
  return r;
}

/** Go's %v of the candidate list: "[a b c]" (shortened past 64 entries) */
function goList(list: CandidateList): string {
  const n = Math.min(list.length, 64);
  const items = Array.from({ length: n }, (_, i) => formatPrefix(entryAt(list, i)));
  return `[${items.join(' ')}${list.length > n ? ` … (${list.length} in all)` : ''}]`;
}

function mustPrefix(text: string): Prefix {
  const r = parsePrefix(text);
  if ('error' in r) throw new Error(r.error);
  return r.prefix;
}

function mustAddress(text: string): Prefix {
  const r = parseAddress(text);
  if ('error' in r) throw new Error(r.error);
  return r;
}
