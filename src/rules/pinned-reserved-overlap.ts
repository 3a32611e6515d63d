// pinned-reserved-overlap: a subnet written by hand — compose `ipam.config[].subnet`, daemon.json `bip`
// or `fixed-cidr` — overlaps a reserved range, or the host's own on-link routes or nameservers. Docker
// never checks explicit subnets against anything but its own networks (docker-ipam.md §2.4), so the
// collision happens on the very first `up`.
import { findingAt, type Finding } from '../model.js';
import { formatPrefix, overlaps, type Prefix } from '../net/prefix.js';
import { freeBlock4 } from '../fix/space.js';
import { hostPrefixes, hostPrefixLabel, hostsOnce, pinnedSubnets, poolBases, poolSpecs, usesOverlay, type PinnedSubnet } from './facts.js';
import { reservedLabel, reservedOn, type HostCheck, type Rule, type RuleContext } from './rule.js';

interface Overlap {
  label: string;
  /** what breaks, in plain words */
  effect: string;
}

function overlapsOf(hc: HostCheck, ctx: RuleContext, p: Prefix): Overlap[] {
  const out: Overlap[] = [];
  for (const r of reservedOn(ctx, hc)) {
    if (overlaps(r.prefix, p))
      out.push({
        label: `reserved ${reservedLabel(r.range)}`,
        effect: 'the host routes those addresses into the bridge and can no longer reach them',
      });
  }
  for (const h of hostPrefixes(hc)) {
    if (!overlaps(h.prefix, p)) continue;
    out.push({
      label: hostPrefixLabel(h, hc.host.name),
      effect:
        h.kind === 'route'
          ? "the bridge competes with the host's own network and the host loses it"
          : 'DNS queries to that nameserver go into the bridge and name resolution stops',
    });
  }
  return out;
}

function subject(s: PinnedSubnet): string {
  switch (s.kind) {
    case 'bip':
      return `daemon.json "bip" ${s.cidr} (docker0)`;
    case 'fixed-cidr':
      return `daemon.json "fixed-cidr" ${s.cidr} (docker0)`;
    case 'compose':
      return `network ${s.network} of project ${s.project} pins ${s.cidr}`;
  }
}

/** suggestSubnet's answers by host check, context and prefix length (it depends on nothing else) */
const suggested = new WeakMap<HostCheck, WeakMap<RuleContext, Map<number, string | null>>>();

/** A same-size subnet nothing on the host uses, outside the pools (so it does not race either). */
export function suggestSubnet(hc: HostCheck, ctx: RuleContext, p: Prefix): string | null {
  if (p.family !== 4) return null;
  let byCtx = suggested.get(hc);
  if (!byCtx) suggested.set(hc, (byCtx = new WeakMap()));
  let byBits = byCtx.get(ctx);
  if (!byBits) byCtx.set(ctx, (byBits = new Map<number, string | null>()));
  let hit = byBits.get(p.bits);
  if (hit === undefined) {
    hit = freeSubnet(hc, ctx, p.bits);
    byBits.set(p.bits, hit);
  }
  return hit;
}

function freeSubnet(hc: HostCheck, ctx: RuleContext, bits: number): string | null {
  const avoid: Prefix[] = [
    ...reservedOn(ctx, hc).map((r) => r.prefix),
    ...hostPrefixes(hc).map((h) => h.prefix),
    ...pinnedSubnets(hc).map((s) => s.prefix),
    ...poolBases(poolSpecs(hc, 'local')),
    ...(usesOverlay(hc) ? poolBases(poolSpecs(hc, 'global')) : []),
  ];
  const b = freeBlock4(avoid, bits);
  return b ? formatPrefix(b) : null;
}

export const pinnedReservedOverlap: Rule = {
  id: 'pinned-reserved-overlap',
  defaultSeverity: 'error',
  shortDescription: "An explicit subnet overlaps a reserved range or the host's own network",
  fullDescription:
    'A subnet written by hand — compose `ipam.config`, daemon.json `bip` or `fixed-cidr` — overlaps a range listed under ' +
    "`reserved:` in the inventory, or one of the host's on-link routes or nameservers. Docker checks explicit subnets only " +
    'against its own networks, so the bridge is created anyway, on the very first `up`, and the host routes that range into it.',
  help: "Choose a subnet outside every reserved range and the host's own networks (the message suggests a free one), then recreate the network.",
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of hostsOnce(ctx)) {
      const pinned = pinnedSubnets(hc);
      const bipHits = pinned.some((s) => s.kind === 'bip' && overlapsOf(hc, ctx, s.prefix).length > 0);
      for (const s of pinned) {
        if (s.kind === 'fixed-cidr' && bipHits) continue; // fixed-cidr lies inside bip: one finding is enough
        const hits = overlapsOf(hc, ctx, s.prefix);
        if (hits.length === 0) continue;
        const cycle = s.lifecycle === 'cycling' ? 1 : 0;
        const when =
          s.kind === 'compose' ? (cycle === 0 ? 'when the project comes up at boot' : 'on the first `up`') : 'when dockerd starts';
        const better = suggestSubnet(hc, ctx, s.prefix);
        out.push({
          rule: this.id,
          severity: this.defaultSeverity,
          message:
            `On host ${hc.host.name}, ${subject(s)}, which overlaps ${hits.map((h) => h.label).join(' and ')}: ${when}, ${hits[0].effect}. ` +
            `Docker never checks explicit subnets against the host's networks. Fix: use a subnet outside them` +
            (better ? `, e.g. ${better}.` : '.'),
          ...findingAt(s.pos),
          host: hc.host.name,
          cycle,
        });
      }
    }
    return out;
  },
};
