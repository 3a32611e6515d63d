// public-range: a pool base, bip, fixed-cidr or pinned subnet lies (partly) outside private address
// space — RFC 1918 for IPv4, RFC 4193 unique local addresses (fc00::/7) for IPv6, and 100.64.0.0/10
// (RFC 6598 shared space) only where the inventory says `cgnat-is-private: true`. A bridge on real
// internet addresses hijacks them: the host sends traffic for them into the bridge.
import { findingAt, type Finding, type Severity, type SourcePos } from '../model.js';
import { parsePrefix, type Prefix } from '../net/prefix.js';
import { hostsOnce, isCgnat, isPrivate, pinnedSubnets } from './facts.js';
import { suggestSubnet } from './pinned-reserved-overlap.js';
import type { HostCheck, Rule, RuleContext } from './rule.js';

interface Subject {
  what: string;
  cidr: string;
  prefix: Prefix;
  pos?: SourcePos;
  /** a pool hands out subnets; others are one network */
  pool: boolean;
}

function subjects(hc: HostCheck): Subject[] {
  const out: Subject[] = [];
  for (const entry of hc.daemon.defaultAddressPools?.value ?? []) {
    const p = parsePrefix(entry.base.value);
    if ('error' in p) continue;
    out.push({
      what: `default-address-pools base ${entry.base.value}`,
      cidr: entry.base.value,
      prefix: p.prefix,
      pos: entry.base.pos ?? entry.pos,
      pool: true,
    });
  }
  for (const s of pinnedSubnets(hc)) {
    const what =
      s.kind === 'compose'
        ? `network ${s.network} of project ${s.project} pins ${s.cidr}, which is`
        : `daemon.json "${s.kind}" ${s.cidr} (docker0) is`;
    out.push({ what, cidr: s.cidr, prefix: s.prefix, pos: s.pos, pool: false });
  }
  return out;
}

export const publicRange: Rule = {
  id: 'public-range',
  defaultSeverity: 'error',
  shortDescription: 'A pool, bip or pinned subnet lies outside private address space',
  fullDescription:
    'A Docker network on public addresses hijacks real internet hosts: the host routes traffic for those addresses into the bridge, ' +
    'so the services that really live there become unreachable from the host and its containers. Private space is RFC 1918 ' +
    '(10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) and, for IPv6, RFC 4193 unique local addresses (fc00::/7). 100.64.0.0/10 is ' +
    'shared carrier-grade NAT space (RFC 6598, also used by Tailscale) and counts as private only where the inventory allows it. ' +
    'IPv6 outside fc00::/7 is a warning: it is right when the prefix is routed to this host.',
  help:
    'Use RFC 1918 ranges (the message suggests a free one) or, for IPv6, a ULA prefix (fd00::/8). If 100.64.0.0/10 is not used by ' +
    'your ISP or a VPN here, set `cgnat-is-private: true` in the inventory. For an IPv6 prefix delegated to this host, suppress the ' +
    'finding with `# subnet-guard-ignore public-range: <why>`.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const allowCgnat = ctx.inventory.allowCgnat === true;
    for (const hc of hostsOnce(ctx)) {
      for (const s of subjects(hc)) {
        if (isPrivate(s.prefix, allowCgnat)) continue;
        let severity: Severity = this.defaultSeverity;
        let why: string;
        if (s.prefix.family === 6) {
          severity = 'warning';
          why =
            'outside IPv6 unique local space (fc00::/7). Unless this prefix is routed to this host, the host sends traffic for those ' +
            'addresses into the bridge instead of to their real owners.';
        } else if (isCgnat(s.prefix)) {
          why =
            "in 100.64.0.0/10, the shared address space of carrier-grade NAT and Tailscale (RFC 6598). If the host's provider or a VPN " +
            'uses it, that traffic goes into the bridge. Set `cgnat-is-private: true` in the inventory if neither does.';
        } else {
          why =
            `outside private address space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16): the host sends traffic for those real internet ` +
            `addresses into the bridge, so whatever lives on ${s.cidr} becomes unreachable from the host and its containers.`;
        }
        const better = !s.pool && s.prefix.family === 4 ? suggestSubnet(hc, ctx, s.prefix) : null;
        const fix = s.pool
          ? 'Fix: apply the proven default-address-pools block for this host (private space only).'
          : `Fix: use a private subnet${better ? `, e.g. ${better}` : ''}.`;
        out.push({
          rule: this.id,
          severity,
          message: `On host ${hc.host.name}, ${s.what}${s.pool ? ' lies' : ''} ${why} ${fix}`,
          ...findingAt(s.pos),
          host: hc.host.name,
        });
      }
    }
    return out;
  },
};
