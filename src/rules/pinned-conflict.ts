// pinned-conflict: two networks on the same host pin overlapping subnets — in one project or across
// projects, or a compose subnet against docker0's bip. Docker refuses the second network ("Pool overlaps
// with other one on this address space"), so whichever comes up second fails to start.
import { findingAt, type Finding, type SourcePos } from '../model.js';
import { DOCKER_ERRORS } from '../engine/versions.js';
import { overlaps } from '../net/prefix.js';
import { hostsOnce, overlapGroups, pinnedSubnets, type PinnedSubnet } from './facts.js';
import { suggestSubnet } from './pinned-reserved-overlap.js';
import type { HostCheck, Rule, RuleContext } from './rule.js';

function label(s: PinnedSubnet): string {
  if (s.project === null) return `docker0 (daemon.json "${s.kind}" ${s.cidr})`;
  return `network ${s.network} of project ${s.project} (${s.cidr})`;
}

function at(pos: SourcePos | undefined): string {
  return pos ? ` at ${pos.file}:${pos.line}` : '';
}

/** The pinned subnets that Docker's IPAM holds (fixed-cidr only when there is no bip). */
function held(hc: HostCheck): PinnedSubnet[] {
  const all = pinnedSubnets(hc);
  const hasBip = all.some((s) => s.kind === 'bip');
  return all.filter((s) => !(s.kind === 'fixed-cidr' && hasBip));
}

export const pinnedConflict: Rule = {
  id: 'pinned-conflict',
  defaultSeverity: 'error',
  shortDescription: 'Two explicit subnets on the same host overlap',
  fullDescription:
    "Two networks on one host — in the same project, in different projects, or a compose network and docker0's `bip` — pin " +
    'overlapping subnets. Docker refuses to create the second one ("Pool overlaps with other one on this address space"), so ' +
    'whichever project comes up second fails; with two redeployed projects they take turns failing.',
  help: 'Give every pinned network on the host its own subnet (the message suggests a free one), or drop the pin and let Docker choose.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of hostsOnce(ctx)) {
      const list = held(hc);
      const groups = overlapGroups(list);
      const quote = `"${DOCKER_ERRORS.poolOverlap(hc.behaviour.model)}"`;
      for (let j = 0; j < list.length; j++) {
        const second = list[j];
        let first: PinnedSubnet | undefined;
        for (const k of groups[j]) {
          if (k >= j) break;
          const f = list[k];
          if (f.space === second.space && f.network !== second.network && overlaps(f.prefix, second.prefix)) {
            first = f;
            break;
          }
        }
        if (!first) continue;
        const sameProject = first.project !== null && first.project === second.project;
        const cycle = second.lifecycle === 'cycling' ? 1 : 0;
        const who = sameProject
          ? `Compose creates the networks of project ${second.project} in random order, and whichever of the two comes second is refused`
          : `${second.project === null ? 'dockerd' : `\`docker compose up\` of project ${second.project}`} fails${cycle === 1 ? ' on its first `up`' : ' at boot'}`;
        const better = suggestSubnet(hc, ctx, second.prefix);
        out.push({
          rule: this.id,
          severity: this.defaultSeverity,
          message:
            `On host ${hc.host.name}, ${label(second)} overlaps ${label(first)}${at(first.pos)}. Docker refuses the second network with ` +
            `${quote}: ${who}. Fix: give one of them a subnet of its own${better ? `, e.g. ${better}` : ''}.`,
          ...findingAt(second.pos),
          host: hc.host.name,
          cycle,
        });
      }
    }
    return out;
  },
};
