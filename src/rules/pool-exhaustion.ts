// pool-exhaustion: more networks are alive at once on a host than its pools can hold, once docker0,
// pinned subnets and host routes are taken out. The simulation records the failed `network create`
// in CycleState.failures with Docker's own error for that engine (docker-ipam.md §4); this rule reports
// the first one per host and engine model, quoting it.
import { findingAt, type Finding } from '../model.js';
import { DOCKER_ERRORS } from '../engine/versions.js';
import { freeCandidates, formatCount, localCandidates } from '../simulate/capacity.js';
import type { CycleState, NetworkFailure, SimulationResult } from '../simulate/host.js';
import { hostPrefixes, networkText, pinnedSubnets, plural, spaceOf, whenText } from './facts.js';
import { modelLabel, type HostCheck, type Rule, type RuleContext } from './rule.js';

export interface Exhaustion {
  state: CycleState;
  failure: NetworkFailure;
  family: 4 | 6;
}

/** The first `network create` that found no free candidate, within the cycles checked. */
export function firstExhaustion(sim: SimulationResult, model: HostCheck['behaviour']['model']): Exhaustion | null {
  const v4 = DOCKER_ERRORS.exhausted(model, 4);
  const v6 = DOCKER_ERRORS.exhausted(model, 6);
  const states = [sim.boot, ...sim.window.slice(0, Math.min(sim.window.length, sim.cycles))];
  for (const s of states) {
    for (const f of s.failures) {
      if (f.error === v4 || f.error === v6) return { state: s, failure: f, family: f.error === v6 && v6 !== v4 ? 6 : 4 };
    }
  }
  return null;
}

/** Local IPv4 candidates still usable once pinned subnets and the host's routes and nameservers are taken out. */
export function usableCandidates(hc: HostCheck): number {
  const list = localCandidates(hc.behaviour, hc.sim.input.setup.defaultAddressPools);
  const taken = [
    ...pinnedSubnets(hc)
      .filter((s) => s.space === 'local')
      .map((s) => s.prefix),
    ...hostPrefixes(hc).map((h) => h.prefix),
  ];
  return freeCandidates(list, taken);
}

export const poolExhaustion: Rule = {
  id: 'pool-exhaustion',
  defaultSeverity: 'error',
  shortDescription: 'More networks are alive at once than the pools can hold',
  fullDescription:
    'The networks alive at the same time on a host (docker0, persistent projects and the redeployed ones) need more subnets ' +
    'than the candidate pools offer once docker0, pinned subnets and host routes are taken out. Docker refuses to create the ' +
    'next network and `docker compose up` fails. On Engine ≤ 26 a network with `enable_ipv6` and no IPv6 subnet always fails ' +
    'unless default-address-pools has an IPv6 base.',
  help:
    'Give the daemon `default-address-pools` with more, smaller subnets (for example a /16 base split into `size: 24`: 256 networks); ' +
    'subnet-guard prints a proven block. For IPv6, add an IPv6 ULA base (e.g. `{"base": "fd00:…::/48", "size": 64}`) or pin the subnet.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of ctx.hosts) {
      const model = hc.behaviour.model;
      const where = `on host ${hc.host.name} (${modelLabel(model)})`;
      if (hc.sim.bootError) {
        out.push({
          rule: this.id,
          severity: this.defaultSeverity,
          message:
            `dockerd does not start ${where}: "${hc.sim.bootError}" — no pool candidate is left for docker0 once the host's routes ` +
            'and nameservers are taken out. Fix: give the daemon default-address-pools (or a bip) outside them.',
          ...findingAt(hc.daemon.defaultAddressPools?.pos ?? hc.host.pos),
          host: hc.host.name,
          model,
          cycle: 0,
        });
        continue;
      }
      const e = firstExhaustion(hc.sim, model);
      if (!e) continue;
      const n = e.failure.source;
      const overlay = spaceOf(n) === 'global';
      const alive = e.state.alive + e.state.failures.length;
      let why: string;
      if (e.family === 6) {
        why =
          model === 'round-robin'
            ? 'it sets enable_ipv6 without an IPv6 subnet, and Engine ≤ 26 has no IPv6 pool unless default-address-pools lists an IPv6 base'
            : 'the IPv6 pools have no /64 left';
      } else if (overlay) {
        why = `${plural(alive, 'network')} would be alive at once and the swarm pool has no free subnet left`;
      } else {
        const usable = usableCandidates(hc);
        why =
          `${plural(alive, 'network')} (docker0 included) would be alive at once, but the pools offer only ` +
          `${formatCount(usable)} ${usable === 1 ? 'subnet' : 'subnets'} once pinned subnets and the host's routes and nameservers are taken out`;
      }
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        message:
          `${whenText(e.state.cycle)}, \`docker compose up\` of project ${e.failure.project} fails ${where}: ${networkText(e.failure.project, e.failure.network, e.failure.source).replace(/ of project [^ ]+/, '')} ` +
          `cannot be created — Docker says "${e.failure.error}". ${why[0].toUpperCase()}${why.slice(1)}. ` +
          (e.family === 6
            ? 'Fix: pin an IPv6 subnet (ULA, fd00::/8) for the network or add an IPv6 base to default-address-pools.'
            : overlay
              ? 'Fix: re-create the swarm with a larger --default-addr-pool.'
              : 'Fix: apply the proven default-address-pools block for this host (more, smaller subnets).'),
        ...findingAt(n.pos),
        host: hc.host.name,
        model,
        cycle: e.state.cycle,
      });
    }
    return out;
  },
};
