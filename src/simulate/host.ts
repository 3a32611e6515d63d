// Replays one host under one Engine behaviour (design.md "Simulation semantics"):
//   1. daemon start (docker0), 2. persistent projects up in order, 3. cycles 1…N: each cycling project
//   down then up (cycle 1 is its first `up`), 4. optional daemon restarts after every K-th cycle.
// Cost does not grow with N once the allocation pattern repeats: the full state (cursor, allocations,
// restart phase) is keyed after every cycle; the first repeat gives the period, and any cycle beyond it
// maps back into the stored window.
import type { ComposeNetwork, ComposeProject, Lifecycle } from '../model.js';
import { DOCKER0, GWBRIDGE, INGRESS, SimDaemon, encodePrefix, type CreateOptions, type DaemonSetup } from '../engine/daemon.js';
import type { EngineBehaviour } from '../engine/versions.js';
import { overlaps, parsePrefix, type Family, type Prefix } from '../net/prefix.js';
import { firstTurnInto, gcd, mulMod, type SlotFrame } from '../engine/ring.js';

export interface HostProject {
  project: ComposeProject;
  lifecycle: Lifecycle;
}

export interface SimulationInput {
  host: string;
  behaviour: EngineBehaviour;
  /** daemon.json and host facts; `engine` is taken from the behaviour */
  setup: Omit<DaemonSetup, 'engine' | 'model'>;
  projects: HostProject[];
  cycles: number;
  restartEvery: number;
  /** the swarm's leader changes after every L-th cycle (0 or absent: never): the swarm walk starts over */
  leaderChangeEvery?: number;
  /** stop looking for a period after this many cycles (memory bound); default 2,000,000 */
  maxWindow?: number;
  /**
   * Stop looking for a period once the stored cycles hold this many network results (allocations and
   * failures, a pinned network's allocation an eighth (PINNED_SHARE), a run of host-rejected candidates
   * skipped one more; a cycle counts at least 1). Bounds time and memory when the pools are so large that the
   * walk takes longer than that to repeat (`0.0.0.0/0` split into /32: 2^32 candidates). Default
   * DEFAULT_MAX_WORK: about half a second and ~60 MB. Every allocation moves the round-robin cursor at
   * least one candidate, so when the budget runs out the walk has passed at least that many candidates:
   * a pool of up to 100,000 candidates (10.0.0.0/8 split into /24 is 65,536) has been walked in full,
   * even when the exact state has not repeated yet.
   */
  maxWork?: number;
  /** false: simulate every cycle up to maxWindow without jumping (for tests) */
  detectPeriod?: boolean;
  /** false: find only exact repeats, never a turn of the ring (SimulationResult.rotation; for tests) */
  rotation?: boolean;
  /**
   * Networks (by name) that `up` creates after the project's other networks instead of first. Compose
   * creates networks in random order; the pinned-pool-race rule uses this to replay the order in which
   * a dynamic network of the same project gets to a pinned subnet's pool first.
   */
  createLast?: ReadonlySet<string>;
  /**
   * Networks (by name) whose race with the networks created without a subnet is watched (see
   * SimulationResult.races): the pinned-pool-race rule asks once for all of them instead of replaying
   * the host once per network with createLast.
   */
  watchRaces?: ReadonlySet<string>;
  /**
   * Networks on the host that no listed project creates (inventory `networks:`), created at boot after
   * docker0 and before the projects, in this order; without subnets from the pools. They never go away.
   */
  hostNetworks?: readonly { name: string; subnets: readonly string[] }[];
  /** the host as `subnet-guard snapshot` read it: the boot re-creates it and cycle 1 continues from there */
  state?: BootState;
}

/** What a snapshot found on the host (besides docker0, which is the setup's docker0Subnet). */
export interface BootState {
  /** by compose project name: the subnets each of its networks held, by network name */
  projects: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** Engine ≤ 26: where the round-robin cursor stood (undefined: 0, as after a daemon start) */
  cursor?: number;
}

/**
 * The first `up` on which a watched network would lose the race: had `compose up` created it after the
 * project's other networks (createLast), a network created without a subnet in that `up` would have
 * taken `pick`, which overlaps its subnets, and creating it would have failed. Up to that `up` such a
 * replay is the very timeline simulated (a network absent only while its own project comes up changes
 * what a dynamic request picks only when the pick overlaps it), so the answer is the replay's.
 */
export interface RaceHit {
  cycle: number;
  /** the project and network whose dynamic request would have taken the pool */
  project: string;
  network: string;
  pick: Prefix;
}

export interface NetworkAllocation {
  /** null for docker0 */
  project: string | null;
  network: string;
  /** the compose network (undefined for docker0) */
  source?: ComposeNetwork;
  subnets: Prefix[];
  /** true when every subnet was written in the compose file */
  pinned: boolean;
  /** the swarm's own networks (no compose source): ingress is in the swarm (global) address space */
  swarm?: 'ingress' | 'gwbridge';
}

export interface NetworkFailure {
  project: string;
  network: string;
  source: ComposeNetwork;
  error: string;
}

export interface CycleState {
  cycle: number;
  allocations: NetworkAllocation[];
  failures: NetworkFailure[];
  /** networks alive after every project is up again */
  alive: number;
}

export interface SimulationResult {
  input: SimulationInput;
  /** host networks (or networks a snapshot found) the daemon refused at boot, with its error */
  hostNetworkErrors: { network: string; error: string }[];
  /** docker0 and the persistent projects (cycle 0) */
  boot: CycleState;
  bootError: string | null;
  /** cycles 1 … window.length, enough to answer any question about cycles 1 … N */
  window: CycleState[];
  period: { preamble: number; length: number } | null;
  cycles: number;
  peakNetworks: number;
  /**
   * true when the simulation stopped at maxWindow / maxWork before `cycles` without finding the period:
   * cycles after window.length were not simulated (the rules then see cycles 1 … window.length only)
   */
  truncated: boolean;
  /**
   * when truncated, the limit that stopped it: `work` (maxWork network results stored), `window`
   * (maxWindow cycles) or `holds` (Engine ≤ 26 requests had more runs of host-rejected candidates to
   * hold than the work budget: the cycle of the one that gave up is not kept); null otherwise
   */
  stoppedBy: 'work' | 'window' | 'holds' | null;
  /** network results (allocations and failures; a cycle counts at least 1) of the cycles simulated */
  work: number;
  /** the work budget the simulation ran under (SimulationInput.maxWork or DEFAULT_MAX_WORK) */
  maxWork: number;
  /** the cycle budget it ran under (SimulationInput.maxWindow or its default) */
  maxWindow: number;
  /** for SimulationInput.watchRaces: the first lost race of each watched network that has one */
  races: Map<string, RaceHit>;
  /**
   * Engine ≤ 26 on a ring (engine/ring.ts): the state after cycle preamble + block was the state after
   * cycle preamble turned by `shift` slots, so every later cycle is a stored one turned: cycle
   * preamble + m·block + k (1 ≤ k ≤ block) is cycle preamble + k turned by m·shift slots. `period` is
   * then the exact one, block × orbit cycles (the window holds only preamble + block of them).
   */
  rotation: Rotation | null;
}

export interface Rotation {
  preamble: number;
  block: number;
  /** slots turned per block (0 < shift < frame.slots) */
  shift: number;
  /** blocks until the ring is back where it was: slots / gcd(shift, slots) */
  orbit: number;
  frame: SlotFrame;
}

/** default SimulationInput.maxWork */
export const DEFAULT_MAX_WORK = 100_000;

/**
 * A network whose subnets are all written in the compose file counts as 1/PINNED_SHARE of a result
 * towards maxWork: it moves no cursor, walks no candidates, and its allocation record is the same object
 * every cycle, so it costs a fraction of a dynamic one in time and memory. With 8,000 pinned networks
 * next to one dynamic one, the 31-candidate walk of the built-in pools repeats within the budget.
 */
export const PINNED_SHARE = 8;

/** The state of cycle c (1 ≤ c ≤ N), whatever N is. */
export function cycleAt(r: SimulationResult, c: number): CycleState {
  if (c <= r.window.length) return r.window[c - 1];
  if (r.rotation) {
    const { preamble, block, shift, orbit, frame } = r.rotation;
    const m = Math.floor((c - preamble - 1) / block);
    const k = c - preamble - m * block;
    return turned(r.window[preamble + k - 1], c, mulMod(m % orbit, shift, frame.slots), frame);
  }
  if (!r.period) throw new Error(`cycle ${c} is beyond the simulated window`);
  const { preamble, length } = r.period;
  const same = preamble + ((c - preamble - 1) % length) + 1;
  return { ...r.window[same - 1], cycle: c };
}

/** whether an allocation of a stored cycle turns with the ring (a network that drew its subnet from the pools) */
function turns(a: NetworkAllocation, frame: SlotFrame): number {
  if (a.pinned || a.project === null || a.subnets.length !== 1) return -1;
  return frame.slotOf(a.subnets[0]);
}

/** a stored cycle's state turned by `by` slots, as cycle c */
function turned(s: CycleState, c: number, by: number, frame: SlotFrame): CycleState {
  if (by === 0) return { ...s, cycle: c };
  const allocations = s.allocations.map((a) => {
    const slot = turns(a, frame);
    return slot < 0 ? a : { ...a, subnets: [frame.prefixOfSlot((slot + by) % frame.slots)] };
  });
  return { ...s, cycle: c, allocations };
}

/**
 * The first cycle in 0 (boot) … N at which `pred` holds for an allocation, or null. Only the stored
 * window is scanned when later cycles repeat it. On a ring (SimulationResult.rotation) later cycles are
 * the stored ones turned: with `targets`, `pred` is then asked, in cycle order, only about the first
 * cycle in which each turning allocation of the stored block reaches a subnet overlapping a target (so
 * `pred` must hold for an allocation drawn from the pools exactly when its subnet overlaps a target;
 * pinned allocations come back unchanged and were asked about in the stored cycles). Without `targets`
 * every later cycle is turned and scanned.
 */
export function firstCycleWhere(
  r: SimulationResult,
  pred: (a: NetworkAllocation, state: CycleState) => boolean,
  targets?: readonly Prefix[],
): { state: CycleState; allocation: NetworkAllocation } | null {
  const stored = firstStoredWhere(r, pred);
  if (stored || !r.rotation || r.cycles <= r.window.length) return stored;
  const { preamble, block, shift, orbit, frame } = r.rotation;
  // the last cycle worth asking about: the ring is back where it was after `orbit` blocks
  const last = Math.min(r.cycles, preamble + block * orbit);
  if (!targets) {
    for (let c = r.window.length + 1; c <= last; c++) {
      const s = cycleAt(r, c);
      for (const a of s.allocations) if (pred(a, s)) return { state: s, allocation: a };
    }
    return null;
  }
  const runs = frame.slotRuns(targets);
  if (runs.length === 0) return null;
  const F = frame.slots;
  /** for each turning allocation of the block: the first later cycle it lands on a target */
  const hits: { cycle: number; j: number }[] = [];
  for (let k = 1; k <= block; k++) {
    const as = r.window[preamble + k - 1].allocations;
    for (let j = 0; j < as.length; j++) {
      const slot = turns(as[j], frame);
      if (slot < 0) continue;
      // blocks m ≥ 1: from slot + shift on
      const from = (slot + shift) % F;
      let best = -1;
      for (const [lo, hi] of runs) {
        const t = firstTurnInto(from, shift, F, lo, hi);
        if (t >= 0 && (best < 0 || t < best)) best = t;
      }
      if (best < 0 || best + 1 >= orbit) continue;
      const cycle = preamble + (best + 1) * block + k;
      if (cycle <= last) hits.push({ cycle, j });
    }
  }
  hits.sort((x, y) => x.cycle - y.cycle || x.j - y.j);
  let s: CycleState | undefined;
  for (const h of hits) {
    if (s?.cycle !== h.cycle) s = cycleAt(r, h.cycle);
    if (pred(s.allocations[h.j], s)) return { state: s, allocation: s.allocations[h.j] };
  }
  return null;
}

/** firstCycleWhere over boot and the stored window */
function firstStoredWhere(
  r: SimulationResult,
  pred: (a: NetworkAllocation, state: CycleState) => boolean,
): { state: CycleState; allocation: NetworkAllocation } | null {
  // index loops: this runs over every stored allocation, and a for-of allocates its iterator steps
  // until the optimising compiler has the loop
  const boot = r.boot.allocations;
  for (let j = 0; j < boot.length; j++) if (pred(boot[j], r.boot)) return { state: r.boot, allocation: boot[j] };
  const last = Math.min(r.window.length, r.cycles);
  for (let i = 0; i < last; i++) {
    const s = r.window[i];
    const as = s.allocations;
    for (let j = 0; j < as.length; j++) if (pred(as[j], s)) return { state: s, allocation: as[j] };
  }
  return null;
}

/**
 * Networks of a project that `up` creates, pinned ones first (the order in which nothing races);
 * networks named in `last` go after all others.
 */
function creatable(p: ComposeProject, last?: ReadonlySet<string>): ComposeNetwork[] {
  const nets = p.networks.filter((n) => !n.external && n.driver !== 'host' && n.driver !== 'none');
  const pinned = (n: ComposeNetwork) => n.subnets.length > 0;
  const ordered = [...nets.filter(pinned), ...nets.filter((n) => !pinned(n))];
  if (!last || last.size === 0) return ordered;
  return [...ordered.filter((n) => !last.has(n.name)), ...ordered.filter((n) => last.has(n.name))];
}

function createOptions(n: ComposeNetwork, swarm: boolean): CreateOptions | null {
  if (n.ipamDriver !== 'default') return null; // a plugin draws from no Docker pool
  // an overlay needs a swarm: on a host whose swarm the inventory does not describe, its subnet is not
  // predicted (the overlay-without-swarm rule says so) rather than guessed
  if (n.driver === 'overlay' && !swarm) return null;
  return {
    // left out when there are none: the daemon's common path then never looks at an array
    subnets: n.subnets.length > 0 ? n.subnets.map((s) => s.cidr) : undefined,
    driver: n.driver,
    ipv6: n.enableIpv6,
    ipv4: n.enableIpv4,
  };
}

/** what `up` / `down` need of one network, worked out once per simulation instead of once per cycle */
interface Plan {
  net: ComposeNetwork;
  /** the network name's id */
  id: number;
  opts: CreateOptions | null;
  /** created with one IPv4 subnet from the pools and nothing else */
  dynamic: boolean;
}

interface ProjectPlan {
  /** the project name's id */
  pid: number;
  up: Plan[];
  down: Plan[];
}

/**
 * The networks of one host as compose sees them, over the daemon. Network and project names are
 * numbered in order of first appearance (a name keeps its number for the whole simulation), so that
 * the per-cycle bookkeeping is array indexing and the state encodes in a canonical order.
 */
class HostRun {
  /** by network id: the id of the project that created it, -1 when the network does not exist */
  private readonly owner: number[] = [];
  /** by network id: its subnets while it exists */
  private readonly subnets: (Prefix[] | undefined)[] = [];
  /** by network id: whether it was created with one IPv4 subnet from the pools (Plan.dynamic) */
  private readonly dynamic: boolean[] = [];
  /**
   * by network id: ids of the projects currently using it (created or joined), without repeats. A
   * small array: almost every network has one user, and a Set's delete and clear on every cycle were
   * a tenth of the simulation.
   */
  private readonly users: (number[] | undefined)[] = [];
  private readonly plans = new Map<ComposeProject, ProjectPlan>();
  private readonly netIds = new Map<string, number>();
  private readonly projectIds = new Map<string, number>();

  /** the first lost race of each watched network (SimulationInput.watchRaces) */
  readonly races = new Map<string, RaceHit>();
  /** watched networks created in the `up` under way, whose race is not decided yet */
  private pending: { name: string; subnets: Prefix[]; global: boolean }[] = [];
  /** the `up` under way and the network it is creating (for RaceHit) */
  private cycle = 0;
  private project = '';
  private creating = '';

  constructor(
    readonly daemon: SimDaemon,
    private readonly last?: ReadonlySet<string>,
    private readonly watch?: ReadonlySet<string>,
  ) {
    if (watch && watch.size > 0) daemon.beforeDynamic = (family, global) => this.checkRaces(family, global);
  }

  /**
   * Before a dynamic request in an `up` that already created watched networks: would the request pick a
   * subnet overlapping one of them, were that one not created yet? Asked for all of them at once (a pick
   * that overlaps none of the absent networks is the pick with any one of them absent), then one by one
   * for those a pick overlaps together.
   */
  private checkRaces(family: Family, global: boolean): void {
    let open = this.pending.filter((t) => t.global === global && !this.races.has(t.name));
    while (open.length > 0) {
      const pick = this.daemon.pickWithout(
        family,
        global,
        open.map((t) => t.name),
      );
      if (!pick) break;
      const hit = open.filter((t) => t.subnets.some((q) => overlaps(q, pick)));
      if (hit.length === 0) break;
      if (hit.length === 1) this.lose(hit[0].name, pick);
      else {
        for (const t of hit) {
          const alone = this.daemon.pickWithout(family, global, [t.name]);
          if (alone && t.subnets.some((q) => overlaps(q, alone))) this.lose(t.name, alone);
        }
      }
      open = open.filter((t) => !hit.includes(t));
    }
    if (this.pending.some((t) => this.races.has(t.name))) this.pending = this.pending.filter((t) => !this.races.has(t.name));
  }

  private lose(name: string, pick: Prefix): void {
    this.races.set(name, { cycle: this.cycle, project: this.project, network: this.creating, pick });
  }

  private idOf(ids: Map<string, number>, name: string): number {
    let id = ids.get(name);
    if (id === undefined) {
      id = ids.size;
      ids.set(name, id);
    }
    return id;
  }

  /**
   * by network id: its last allocation record. First-fit hands the same subnets (the same array) to a
   * network every cycle, and the window keeps every cycle: the record is shared while nothing in it
   * changes. (A round-robin walk rarely gives a network the same subnet twice within one period, so a
   * map of every record made was a lookup and an insert per allocation for nothing.)
   */
  private readonly records: (NetworkAllocation | undefined)[] = [];

  private allocation(id: number, project: string, n: ComposeNetwork, subnets: Prefix[]): NetworkAllocation {
    let a = this.records[id];
    // the record is shared only when everything in it is the same (a network name belongs to one project)
    if (!a || a.subnets !== subnets || a.project !== project || a.source !== n) {
      a = { project, network: n.name, source: n, subnets, pinned: n.subnets.length > 0 };
      this.records[id] = a;
    }
    return a;
  }

  planOf(p: ComposeProject): ProjectPlan {
    let plan = this.plans.get(p);
    if (!plan) {
      const netPlan = (net: ComposeNetwork): Plan => {
        const id = this.idOf(this.netIds, net.name);
        if (this.owner.length <= id) this.owner.push(-1); // ids grow one at a time
        const opts = createOptions(net, !!this.daemon.setup.swarm);
        return {
          net,
          id,
          opts,
          dynamic: !!opts && opts.subnets === undefined && opts.ipv4 !== false && !opts.ipv6 && opts.driver !== 'overlay',
        };
      };
      plan = { pid: this.idOf(this.projectIds, p.name), up: creatable(p, this.last).map(netPlan), down: creatable(p).map(netPlan) };
      this.plans.set(p, plan);
    }
    return plan;
  }

  /**
   * `up`; with `held` (a snapshot's subnets by network name) only the networks listed there are
   * created, each on the subnets it held
   */
  up(p: ComposeProject, into: CycleState, plan: ProjectPlan = this.planOf(p), held?: ReadonlyMap<string, readonly string[]>): void {
    const { pid, up } = plan;
    for (let k = 0; k < up.length; k++) {
      const { net: n, id } = up[k];
      let opts = up[k].opts;
      if (held) {
        const subnets = held.get(n.name);
        if (!subnets || !opts) continue;
        opts = { ...opts, subnets: [...subnets], ipv6: false };
      }
      let users = this.users[id];
      if (!users) {
        users = [];
        this.users[id] = users;
      }
      if (!users.includes(pid)) users.push(pid);
      if (this.owner[id] >= 0) continue; // already there (shared by name): joined, not created
      if (!opts) continue;
      if (this.pending.length > 0) {
        this.cycle = into.cycle;
        this.project = p.name;
        this.creating = n.name;
      }
      const r = this.daemon.createPrefixes(n.name, opts);
      if (typeof r === 'string') {
        into.failures.push({ project: p.name, network: n.name, source: n, error: r });
        continue;
      }
      this.owner[id] = pid;
      this.subnets[id] = r;
      this.dynamic[id] = up[k].dynamic;
      into.allocations.push(this.allocation(id, p.name, n, r));
      if (this.watch !== undefined && this.watch.has(n.name) && !this.races.has(n.name)) {
        this.pending.push({ name: n.name, subnets: r, global: opts.driver === 'overlay' });
      }
    }
    if (this.pending.length > 0) this.pending = [];
  }

  /** `compose down`: removes the networks the project created unless another project still uses them */
  down(p: ComposeProject, plan: ProjectPlan = this.planOf(p)): void {
    const { pid, down } = plan;
    for (let k = 0; k < down.length; k++) {
      const { net: n, id } = down[k];
      const users = this.users[id];
      if (users) {
        const at = users.indexOf(pid);
        if (at >= 0) {
          // order does not matter: swap with the last and drop it
          users[at] = users[users.length - 1];
          users.pop();
        }
      }
      if (this.owner[id] !== pid) continue;
      if (users && users.length > 0) continue; // "Resource is still in use"
      this.daemon.remove(n.name);
      this.owner[id] = -1;
      this.subnets[id] = undefined;
      // (the array is already empty here: kept for the next `up`)
    }
  }

  /**
   * The state that decides every later cycle, as numbers: the daemon's cursors and docker0, then each
   * network alive (by id, so in a canonical order) with its creator and subnets. Two states are equal
   * exactly when their encodings are (ids are assigned once per simulation, names never share an id).
   */
  encode(out: number[], from: number, ring?: { frame: SlotFrame; cursor: number }): number {
    let n = this.daemon.encodeState(out, from, !!ring);
    const { owner, subnets, dynamic } = this;
    for (let id = 0; id < owner.length; id++) {
      if (owner[id] < 0) continue;
      const s = subnets[id]!;
      out[n] = id;
      out[n + 1] = owner[id];
      out[n + 2] = s.length;
      n += 3;
      if (ring && dynamic[id] && s.length === 1) {
        // on the ring: its slot counted from the cursor's (a family no prefix has marks it)
        const slot = ring.frame.slotOf(s[0]);
        if (slot >= 0) {
          out[n] = -1;
          out[n + 1] = (slot - ring.cursor + ring.frame.slots) % ring.frame.slots;
          n += 2;
          continue;
        }
      }
      for (let i = 0; i < s.length; i++) n = encodePrefix(s[i], out, n);
    }
    return n;
  }

  /**
   * Whether the cycling projects keep to the ring (engine/ring.ts): every network they create either
   * draws one IPv4 subnet from the pools and nothing else, or has every subnet written and none of them
   * on a candidate (so neither ever moves what the other gets).
   */
  keepsToRing(plans: readonly ProjectPlan[], frame: SlotFrame): boolean {
    for (const plan of plans) {
      for (const { opts, dynamic } of plan.up) {
        if (!opts || dynamic) continue;
        const written = (opts.subnets ?? []).map((t) => parseForRing(t));
        if (written.some((p) => p === null)) continue; // refused the same way on every turn
        const has = (f: Family) => written.some((p) => p!.family === f);
        if ((opts.ipv4 !== false && !has(4)) || (opts.ipv6 && !has(6))) return false; // draws from a pool too
        if (written.some((p) => frame.touches(p!))) return false;
      }
    }
    return true;
  }
}

function parseForRing(text: string): Prefix | null {
  const r = parsePrefix(text);
  return 'error' in r ? null : r.prefix;
}

/** FNV-1a over 32-bit words of the numbers (integers up to 2^53) */
function hashOf(xs: readonly number[], length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    const x = xs[i];
    h = Math.imul(h ^ (x >>> 0), 0x01000193);
    h = Math.imul(h ^ Math.floor(x / 4294967296), 0x01000193);
  }
  return h >>> 0;
}

/**
 * The arena of the last simulation, handed to the next (a check simulates hundreds of hosts one after
 * another, and each grew a fresh arena by doubling). Only arenas up to 8 MB are kept.
 */
let spareArena: Float64Array | null = null;
const KEPT_ARENA = 1 << 20;

function takeArena(): Float64Array {
  const a = spareArena ?? new Float64Array(1024);
  spareArena = null;
  return a;
}

/**
 * Every state seen after a cycle, found by hash and compared exactly. The encodings live end to end in
 * one growing Float64Array (exact for integers up to 2^53: cursors, IPv4 addresses, 32-bit IPv6 words),
 * so a million remembered states cost a few allocations, not a million.
 */
class SeenStates {
  /** hash → the cycle (or cycles, on a collision) whose state has that hash */
  private readonly byHash = new Map<number, number | number[]>();
  private arena = takeArena();
  private used = 0;
  /** by cycle: where its state starts in the arena (its end is the next one's start) */
  private starts: number[] = [];

  /** true when the state stored for `cycle` equals state[0 … length) from index `first` on */
  private matches(state: readonly number[], length: number, cycle: number, first: number): boolean {
    const from = this.starts[cycle];
    const to = cycle + 1 < this.starts.length ? this.starts[cycle + 1] : this.used;
    if (to - from !== length) return false;
    const { arena } = this;
    for (let i = first; i < length; i++) if (arena[from + i] !== state[i]) return false;
    return true;
  }

  /**
   * The earlier cycle that ended in the same state (state[0 … length)), or undefined (and this state is
   * remembered as the one of `cycle`). Cycles are visited in order 0, 1, 2, …
   */
  visit(state: readonly number[], length: number, cycle: number): number | undefined {
    const h = hashOf(state, length);
    const hit = this.byHash.get(h);
    if (typeof hit === 'number') {
      if (this.matches(state, length, hit, 0)) return hit;
    } else if (hit) {
      for (const c of hit) if (this.matches(state, length, c, 0)) return c;
    }
    if (this.used + length > this.arena.length) {
      const bigger = new Float64Array(Math.max(this.arena.length * 2, this.used + length));
      bigger.set(this.arena.subarray(0, this.used));
      this.arena = bigger;
    }
    this.starts.push(this.used);
    const { arena, used } = this;
    for (let i = 0; i < length; i++) arena[used + i] = state[i];
    this.used = used + length;
    if (hit === undefined) this.byHash.set(h, cycle);
    else if (typeof hit === 'number') this.byHash.set(h, [hit, cycle]);
    else hit.push(cycle);
    return undefined;
  }

  /** true when the state stored for `cycle` equals state[0 … length) apart from its first two numbers (the restart and leader-change phases) */
  sameApartFromPhase(state: readonly number[], length: number, cycle: number): boolean {
    return this.matches(state, length, cycle, 2);
  }

  /** gives the arena back for the next simulation (this one is done with it) */
  release(): void {
    if (this.arena.length <= KEPT_ARENA) spareArena = this.arena;
  }
}

export function simulateHost(input: SimulationInput): SimulationResult {
  const daemon = new SimDaemon({ ...input.setup, engine: input.behaviour.version }, input.behaviour);
  // every run of rejected candidates held is work: the daemon gives up past the work budget (the boot's
  // requests, made in the constructor, had the default one)
  daemon.holdBudget = Math.min(daemon.holdBudget, input.maxWork ?? DEFAULT_MAX_WORK);
  const run = new HostRun(daemon, input.createLast, input.watchRaces);
  const boot: CycleState = { cycle: 0, allocations: [], failures: [], alive: 0 };
  const d0 = daemon.subnetPrefixesOf(DOCKER0);
  if (d0) boot.allocations.push({ project: null, network: DOCKER0, subnets: d0, pinned: !!input.setup.bip });
  const ingress = daemon.subnetPrefixesOf(INGRESS);
  if (input.setup.swarm && ingress)
    boot.allocations.push({ project: null, network: INGRESS, subnets: ingress, pinned: false, swarm: 'ingress' });
  const gw = daemon.subnetPrefixesOf(GWBRIDGE);
  if (input.setup.swarm && gw)
    boot.allocations.push({ project: null, network: GWBRIDGE, subnets: gw, pinned: !!input.setup.swarm.gwbridgeSubnet, swarm: 'gwbridge' });
  const hostNetworkErrors: SimulationResult['hostNetworkErrors'] = [];
  const hostNetwork = (name: string, subnets: readonly string[]) => {
    const r = daemon.createPrefixes(name, subnets.length > 0 ? { subnets: [...subnets] } : {});
    if (typeof r === 'string') hostNetworkErrors.push({ network: name, error: r });
    else boot.allocations.push({ project: null, network: name, subnets: r, pinned: subnets.length > 0 });
  };
  for (const hn of input.hostNetworks ?? []) hostNetwork(hn.name, hn.subnets);
  const state = input.state;
  if (state) {
    // every listed project as the snapshot found it, on the subnets it held; a network the snapshot saw
    // that the project's files no longer create stays on the host (`down` removes only the file's networks)
    for (const hp of input.projects) {
      const held = state.projects.get(hp.project.name);
      if (!held) continue;
      run.up(hp.project, boot, undefined, held);
      const known = new Set(hp.project.networks.map((n) => n.name));
      for (const [name, subnets] of held) if (!known.has(name)) hostNetwork(name, subnets);
    }
    if (state.cursor !== undefined) daemon.setCursor(state.cursor);
  }
  for (const hp of input.projects) if (hp.lifecycle === 'persistent') run.up(hp.project, boot);
  const cycling: HostProject[] = input.projects.filter((hp) => hp.lifecycle === 'cycling');
  boot.alive = daemon.networkCount;

  const window: CycleState[] = [];
  const seen = new SeenStates();
  const enc: number[] = [];
  const maxWindow = input.maxWindow ?? 2_000_000;
  const maxWork = input.maxWork ?? DEFAULT_MAX_WORK;
  let work = 0;
  // runs of host-rejected candidates the daemon skipped in one step (each counts as one more result)
  let skips = daemon.skips;
  let period: SimulationResult['period'] = null;
  let peak = boot.alive;
  const K = input.restartEvery;
  const L = input.leaderChangeEvery ?? 0;
  // each cycling project's plan, made in the order the first cycle would make them (it numbers the names)
  const plans = cycling.map((hp) => run.planOf(hp.project));
  let rotation: Rotation | null = null;
  if (cycling.length > 0) {
    // Engine ≤ 26 with nothing that moves the cursor back or the fixed networks (restarts, leader
    // changes, a swarm, a snapshot's state, a replayed creation order): the walk may run on a ring
    const frame =
      input.behaviour.model === 'round-robin' &&
      input.detectPeriod !== false &&
      input.rotation !== false &&
      K === 0 &&
      L === 0 &&
      !input.setup.swarm &&
      !state &&
      !(input.createLast && input.createLast.size > 0)
        ? daemon.startRing()
        : null;
    const ring = frame && run.keepsToRing(plans, frame) ? frame : null;
    /** by cycle, while on the ring: the slot the cursor takes next after it */
    const cursors: number[] = [];
    /** writes the state after cycle c to enc from index 2 on (the phases are set); its length */
    const encodeAfter = (c: number): number => {
      if (ring && !daemon.offRing) {
        cursors[c] = daemon.ringCursor;
        return run.encode(enc, 2, { frame: ring, cursor: cursors[c] });
      }
      return run.encode(enc, 2);
    };
    // the state as numbers in enc[0 … encLength): the restart phase, then the encoding; the array is
    // written over in place every cycle (it only grows)
    enc[0] = 0;
    enc[1] = 0;
    let encLength = encodeAfter(0);
    seen.visit(enc, encLength, 0);
    /**
     * true when the last cycle left the state exactly as it found it and no restart followed: every
     * cycle until the next restart is then the same (a cycle is a function of the state), and is copied
     * instead of replayed. With restarts every K cycles, a first-fit host used to replay K identical
     * cycles between two restarts before the state with its restart phase could repeat.
     */
    let still = false;
    for (let c = 1; c <= input.cycles && c <= maxWindow && work < maxWork; c++) {
      let state: CycleState;
      if (still) {
        state = { ...window[window.length - 1], cycle: c };
      } else {
        state = { cycle: c, allocations: [], failures: [], alive: 0 };
        for (let k = 0; k < cycling.length; k++) {
          run.down(cycling[k].project, plans[k]);
          run.up(cycling[k].project, state, plans[k]);
        }
        // a request gave up (SimDaemon.gaveUp): this cycle's results are not known, and not kept
        if (daemon.gaveUp) break;
        state.alive = daemon.networkCount;
        if (state.alive > peak) peak = state.alive;
        // exact-size arrays: the window keeps every cycle (see SimDaemon.createPrefixes)
        state.allocations = state.allocations.slice();
        if (state.failures.length > 0) state.failures = state.failures.slice();
      }
      window.push(state);
      let pinned = 0;
      const as = state.allocations;
      for (let i = 0; i < as.length; i++) if (as[i].pinned) pinned++;
      work += Math.max(1, as.length - pinned + pinned / PINNED_SHARE + state.failures.length) + (daemon.skips - skips);
      skips = daemon.skips;
      const restart = K > 0 && c % K === 0;
      const leaderChange = L > 0 && c % L === 0;
      if (restart) daemon.restart();
      if (leaderChange) daemon.leaderChange();
      const restarted = restart || leaderChange;
      if (input.detectPeriod === false) continue;
      if (still && !restarted) {
        enc[0] = K > 0 ? c % K : 0; // the same state in the next phase
        enc[1] = L > 0 ? c % L : 0;
      } else {
        enc[0] = K > 0 ? c % K : 0;
        enc[1] = L > 0 ? c % L : 0;
        encLength = encodeAfter(c);
      }
      const prev = seen.visit(enc, encLength, c);
      if (prev !== undefined) {
        // equal encodings on the ring (it marks them): the same state relative to the cursor
        const shift = ring && !daemon.offRing ? (cursors[c] - cursors[prev] + ring.slots) % ring.slots : 0;
        if (shift === 0) period = { preamble: prev, length: c - prev };
        else {
          const orbit = ring!.slots / gcd(shift, ring!.slots);
          rotation = { preamble: prev, block: c - prev, shift, orbit, frame: ring! };
          period = { preamble: prev, length: (c - prev) * orbit };
        }
        break;
      }
      // (the state after the previous cycle is the one stored for it)
      if (!restarted && !still) still = seen.sameApartFromPhase(enc, encLength, c - 1);
      else if (restarted) still = false;
    }
  }
  seen.release();
  // a request that gave up at boot leaves no cycle answered
  const truncated = daemon.gaveUp || (cycling.length > 0 && period === null && window.length < input.cycles);
  return {
    input,
    hostNetworkErrors,
    boot,
    bootError: daemon.bootError,
    window,
    period,
    cycles: input.cycles,
    peakNetworks: peak,
    truncated,
    stoppedBy: !truncated ? null : daemon.gaveUp ? 'holds' : work >= maxWork ? 'work' : 'window',
    work,
    maxWork,
    maxWindow,
    races: run.races,
    rotation,
  };
}
