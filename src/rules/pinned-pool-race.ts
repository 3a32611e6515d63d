// pinned-pool-race: a pinned subnet lies inside the pools Docker allocates from. Explicit subnets are
// checked only against networks that already exist (docker-ipam.md §2.4) and Compose creates a project's
// networks in random order (compose-networks.md §4), so whenever a network created without a subnet
// gets the covering pool first, `up` fails with "Pool overlaps with other one on this address space".
//
// How the cycle is found: the simulation creates pinned networks first (the order in which nothing
// races). Replaying the host with one pinned network created last instead gives exactly the same
// timeline up to the first `up` on which a dynamic network takes the covering pool — the first cycle on
// which the race can be lost. A failure already in the pinned-first timeline (a network of a project that
// came up earlier holds the pool) is certain, not a race: that is an error.
import { findingAt, type Finding, type ModelName } from '../model.js';
import { DOCKER_ERRORS } from '../engine/versions.js';
import { formatPrefix, overlaps, parsePrefix, type Prefix } from '../net/prefix.js';
import { BUILTIN_LOCAL_POOLS, BUILTIN_SWARM_POOLS } from '../net/pools.js';
import { cycleAt, simulateHost, type CycleState, type SimulationResult } from '../simulate/host.js';
import { ALL_CYCLES, count, overlapGroups, pinnedSubnets, poolSpecs, whenText, type PinnedSubnet } from './facts.js';
import { suggestSubnet } from './pinned-reserved-overlap.js';
import { modelLabel, type HostCheck, type Rule, type RuleContext } from './rule.js';

export interface RaceFailure {
  state: CycleState;
  /** the network that held the pool, when it can be named */
  blocker: { project: string | null; network: string; subnet: string } | null;
}

function states(sim: SimulationResult): CycleState[] {
  return [sim.boot, ...sim.window.slice(0, Math.min(sim.window.length, sim.cycles))];
}

/** The first cycle on which creating `network` failed with the pool-overlap error, with who held the pool. */
export function firstPoolOverlap(sim: SimulationResult, network: string, prefix: Prefix, model: ModelName): RaceFailure | null {
  const text = DOCKER_ERRORS.poolOverlap(model);
  const all = states(sim);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (!s.failures.some((f) => f.network === network && f.error === text)) continue;
    // the holder was created in this cycle, at boot, or in the cycle before
    const look = [s, sim.boot, ...(i > 1 ? [all[i - 1]] : [])];
    let blocker: RaceFailure['blocker'] = null;
    for (const st of look) {
      for (const a of st.allocations) {
        const p = a.subnets.find((q) => overlaps(q, prefix));
        if (p && a.network !== network) {
          blocker = { project: a.project, network: a.network, subnet: formatPrefix(p) };
          break;
        }
      }
      if (blocker) break;
    }
    return { state: s, blocker };
  }
  return null;
}

/** The pool entries (as written, or Docker's built-in ones) a pinned subnet lies in. */
function poolText(hc: HostCheck, s: PinnedSubnet): string {
  const specs = poolSpecs(hc, s.space);
  const hits = specs.filter((spec) => {
    const b = parseBase(spec.base);
    return b !== null && overlaps(b, s.prefix);
  });
  const builtin = s.space === 'global' ? specs === BUILTIN_SWARM_POOLS : specs === BUILTIN_LOCAL_POOLS;
  const which = hits.map((h) => `${h.base} (split into /${h.size})`).join(', ');
  if (s.space === 'global') return `the swarm pool ${which}`;
  return builtin ? `Docker's built-in pool ${which}` : `the default-address-pools entry ${which}`;
}

function parseBase(text: string): Prefix | null {
  const p = parsePrefix(text);
  return 'error' in p ? null : p.prefix;
}

export function inPools(hc: HostCheck, s: PinnedSubnet): boolean {
  return poolSpecs(hc, s.space).some((spec) => {
    const b = parseBase(spec.base);
    return b !== null && overlaps(b, s.prefix);
  });
}

/** true when another pinned subnet of a different network overlaps this one (pinned-conflict reports it) */
function conflicts(all: PinnedSubnet[], groups: number[][], i: number): boolean {
  const s = all[i];
  return groups[i].some((k) => k !== i && all[k].space === s.space && all[k].network !== s.network && overlaps(all[k].prefix, s.prefix));
}

/**
 * The first race of `s` (within `cycles`), as a replay with its network created last would find it. One
 * watching simulation per host and horizon answers for every network the rule asks about (`watch`); a
 * race whose pick overlaps another of the network's subnets but not `s` itself names its blocker only
 * through the replay, which is then run up to that cycle.
 */
function raceOf(
  hc: HostCheck,
  watch: { names: Set<string>; sims: Map<number, SimulationResult> },
  cycles: number,
  s: PinnedSubnet,
  model: ModelName,
): RaceFailure | null {
  let sim = watch.sims.get(cycles);
  if (!sim) {
    sim = simulateHost({ ...hc.sim.input, createLast: undefined, watchRaces: watch.names, cycles });
    watch.sims.set(cycles, sim);
  }
  const hit = sim.races.get(s.network);
  if (!hit) return null;
  const state = hit.cycle === 0 ? sim.boot : cycleAt(sim, hit.cycle);
  if (overlaps(hit.pick, s.prefix)) {
    return { state, blocker: { project: hit.project, network: hit.network, subnet: formatPrefix(hit.pick) } };
  }
  const replay = simulateHost({ ...hc.sim.input, createLast: new Set([s.network]), cycles: hit.cycle });
  return firstPoolOverlap(replay, s.network, s.prefix, model);
}

function blockerText(b: RaceFailure['blocker']): string {
  if (!b) return 'a network created without a subnet';
  if (b.project === null) return b.network === 'bridge' ? `docker0 (${b.subnet})` : `host network ${b.network} (${b.subnet})`;
  return `network ${b.network} of project ${b.project} (${b.subnet})`;
}

export const pinnedPoolRace: Rule = {
  id: 'pinned-pool-race',
  defaultSeverity: 'warning',
  shortDescription: 'A pinned subnet lies inside the pools Docker allocates from',
  fullDescription:
    "Docker checks an explicit subnet only against networks that already exist, and Compose creates a project's networks in " +
    'random order. When a pinned subnet lies inside the candidate pools, a network created without a subnet can take the ' +
    'covering pool first, and `docker compose up` fails with "Pool overlaps with other one on this address space". The ' +
    'finding says on which redeploy that first becomes possible; it is an error when it happens whatever the order.',
  help:
    'Pin subnets outside the pools Docker allocates from (the built-in ones are 172.17.0.0/16–172.31.0.0/16 and ' +
    '192.168.0.0/16; the message suggests a free subnet), or move `default-address-pools` away from the pinned subnets.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of ctx.hosts) {
      const model = hc.behaviour.model;
      const all = pinnedSubnets(hc);
      const done = new Set<string>();
      const groups = overlapGroups(all);
      const asked = all.filter((s, i) => s.kind === 'compose' && s.dockerIpam && inPools(hc, s) && !conflicts(all, groups, i));
      const watch = { names: new Set(asked.map((s) => s.network)), sims: new Map<number, SimulationResult>() };
      for (const s of asked) {
        if (done.has(s.network)) continue;
        done.add(s.network);
        const where = `network ${s.network} of project ${s.project} pins ${s.cidr}, inside ${poolText(hc, s)}, on host ${hc.host.name} (${modelLabel(model)})`;
        const better = suggestSubnet(hc, ctx, s.prefix);
        const fix = `Fix: pin a subnet outside the pools${better ? ` (e.g. ${better})` : ''}, or move default-address-pools away from ${s.cidr}.`;
        const quote = `"${DOCKER_ERRORS.poolOverlap(model)}"`;
        const base = { rule: this.id, ...findingAt(s.pos), host: hc.host.name, model };

        const certain = firstPoolOverlap(hc.sim, s.network, s.prefix, model);
        if (certain) {
          out.push({
            ...base,
            severity: 'error',
            message:
              `${whenText(certain.state.cycle)}, \`docker compose up\` of project ${s.project} fails with ${quote}: ${where}, and ` +
              `${blockerText(certain.blocker)} already holds it. ${fix}`,
            cycle: certain.state.cycle,
          });
          continue;
        }
        // The replay equals the real timeline up to the first race, which one watching simulation finds
        // for every pinned network of the host (races). When the real timeline repeats (it has a period)
        // or stopped at its budget and no race happened in it, the replay never needs to go further.
        const horizon = hc.sim.period ? Math.min(hc.sim.cycles, hc.sim.window.length) : hc.sim.cycles;
        const covered = hc.sim.period !== null || hc.sim.truncated;
        const hit = raceOf(hc, watch, covered ? horizon : ALL_CYCLES, s, model);
        if (hit && hit.state.cycle <= horizon) {
          out.push({
            ...base,
            severity: this.defaultSeverity,
            message:
              `${whenText(hit.state.cycle)} and later, \`docker compose up\` of project ${s.project} can fail with ${quote}: ${where}. ` +
              `Compose creates networks in random order; when ${blockerText(hit.blocker)} is created first it takes that pool. ${fix}`,
            cycle: hit.state.cycle,
          });
          continue;
        }
        const later = covered ? null : hit;
        out.push({
          ...base,
          severity: 'note',
          message: later
            ? `${where}. The race with networks created without a subnet first becomes possible on redeploy ${count(later.state.cycle)}, ` +
              `beyond the ${count(ctx.cycles)} checked; then \`up\` can fail with ${quote}. ${fix}`
            : `${where}. With the current projects no network created without a subnet reaches it, but any further network could, and ` +
              `\`up\` would then fail with ${quote}. ${fix}`,
          ...(later ? { cycle: later.state.cycle } : {}),
        });
      }
    }
    return out;
  },
};
