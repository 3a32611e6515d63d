// overlay-without-swarm: a project creates an overlay network (or is deployed as a stack) on a host the
// inventory does not describe as a swarm node. Where such a network lands depends on the swarm — its
// pools, the ingress network `docker swarm init` made first, the managers' allocator — so its subnet is
// not predicted at all rather than guessed; this warning says so, once per network and host.
import { findingAt, type Finding } from '../model.js';
import { createdNetworks, hostsOnce } from './facts.js';
import type { Rule, RuleContext } from './rule.js';

export const overlayWithoutSwarm: Rule = {
  id: 'overlay-without-swarm',
  defaultSeverity: 'warning',
  shortDescription: 'An overlay network on a host the inventory does not describe as a swarm node',
  fullDescription:
    "Overlay networks take their subnets from the swarm's pools (10.0.0.0/8 unless `docker swarm init --default-addr-pool` " +
    'said otherwise), after the `ingress` network that `docker swarm init` made, and the allocator that picks them runs on the ' +
    "swarm's managers. Without the host's `swarm:` entry none of that is known, so subnet-guard does not predict where " +
    'these networks land and cannot tell whether they will cover a reserved range.',
  help:
    "Describe the host's swarm in the inventory: `swarm: { role: manager }` (add `default-addr-pool: [CIDR, …]` and `subnet-size: N` " +
    "when the swarm was initialised with them), or pin the overlay's subnet under `ipam.config`.",
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of hostsOnce(ctx)) {
      if (hc.host.swarm) continue;
      const seen = new Set<string>();
      for (const hp of hc.projects) {
        for (const n of createdNetworks(hp.project.networks)) {
          if (n.driver !== 'overlay' || seen.has(n.name)) continue;
          seen.add(n.name);
          out.push({
            rule: this.id,
            severity: this.defaultSeverity,
            message:
              `Overlay network ${n.name} of project ${hp.project.name} needs a swarm, and host ${hc.host.name} has no \`swarm:\` entry in the ` +
              "inventory: its subnet is not predicted and not checked against the reserved ranges (it depends on the swarm's pools and on " +
              'what the swarm already holds). Fix: add `swarm:` to the host (role, and default-addr-pool / subnet-size as given to ' +
              "`docker swarm init`), or pin this network's subnet.",
            ...findingAt(n.pos),
            host: hc.host.name,
          });
        }
      }
    }
    return out;
  },
};
