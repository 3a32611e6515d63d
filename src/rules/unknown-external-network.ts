// unknown-external-network: a compose network marked `external: true` that nothing on the host is known
// to create — not a network listed under the host's `networks:`, not one another listed project creates,
// not one a snapshot found. Compose refuses `up` without it; when it does exist on the host (made by
// hand, like the usual reverse-proxy network), it holds a subnet the simulation cannot see, so every
// prediction after it may be a pool early.
import { findingAt, type Finding } from '../model.js';
import { hostsOnce } from './facts.js';
import type { HostCheck, Rule, RuleContext } from './rule.js';

/** networks dockerd itself provides on every host (docker0 is "bridge") */
const PREDEFINED = new Set(['bridge', 'host', 'none']);

/** every network name the host is known to have: declared, created by a listed project, or seen by a snapshot */
function knownNetworks(hc: HostCheck): Set<string> {
  const names = new Set<string>(PREDEFINED);
  for (const n of hc.host.networks) names.add(n.name);
  for (const hp of hc.projects) for (const n of hp.project.networks) if (!n.external) names.add(n.name);
  for (const p of hc.host.state?.projects ?? []) for (const n of p.networks) names.add(n.name);
  return names;
}

export const unknownExternalNetwork: Rule = {
  id: 'unknown-external-network',
  defaultSeverity: 'warning',
  shortDescription: 'An external network is not known to exist on the host',
  fullDescription:
    'A compose network with `external: true` must exist before `docker compose up`: Compose refuses to start the project without it. ' +
    'Such networks are usually made by hand (`docker network create proxy` for a reverse proxy) or by another stack. When one was ' +
    'created without a subnet it holds one of the pools, which the simulation cannot see unless the inventory lists it: every ' +
    'predicted subnet after it may then be one pool early, and a collision reported a redeploy too soon — or missed.',
  help:
    'List the network under the host in the inventory (`networks: - name: proxy`, with `subnets:` when you know them), add the ' +
    "project that creates it to the host's `projects:`, or run `subnet-guard snapshot` on the host to read it.",
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of hostsOnce(ctx)) {
      const known = knownNetworks(hc);
      for (const hp of hc.projects) {
        for (const n of hp.project.networks) {
          if (!n.external || known.has(n.name)) continue;
          out.push({
            rule: this.id,
            severity: this.defaultSeverity,
            message:
              `Network ${n.name} (project ${hp.project.name}) is external, but nothing on host ${hc.host.name} is known to create it: ` +
              `Compose refuses \`up\` without it ("network ${n.name} declared as external, but could not be found"). If it exists on the ` +
              'host, it holds a subnet this check cannot see, so the predicted subnets may be off by one pool. Fix: declare it under ' +
              `the host's networks: in the inventory (- name: ${n.name}, with subnets: when known), list the project that creates it, ` +
              'or run `subnet-guard snapshot` on the host.',
            ...findingAt(n.pos),
            host: hc.host.name,
          });
        }
      }
    }
    return out;
  },
};
