// A suggested fix as data: a daemon.json fragment to merge (top-level keys replace the host's) and/or
// changes to compose networks (a subnet to pin, an MTU to set). Applying either to the loaded model gives what the host would run with, so the
// whole simulation can be re-run on it.
import type { ComposeNetwork, ComposeNetworkFix, DaemonConfig, Located } from '../model.js';
import type { HostProject } from '../simulate/host.js';

/** The daemon.json keys a fix may set. */
export interface DaemonJsonPatch {
  'default-address-pools'?: { base: string; size: number }[];
  bip?: string;
  'fixed-cidr'?: string;
  mtu?: number;
  'default-network-opts'?: Record<string, Record<string, string>>;
  'ip-forward'?: boolean;
  iptables?: boolean;
}

const v = <T>(value: T): Located<T> => ({ value });

/** The daemon config after merging the fragment (top-level keys replace; the rest stays as loaded). */
export function applyDaemonPatch(d: DaemonConfig, patch: DaemonJsonPatch): DaemonConfig {
  const out: DaemonConfig = { ...d };
  const pools = patch['default-address-pools'];
  if (pools) out.defaultAddressPools = v(pools.map((p) => ({ base: v(p.base), size: v(p.size) })));
  if (patch.bip !== undefined) out.bip = v(patch.bip);
  if (patch['fixed-cidr'] !== undefined) out.fixedCidr = v(patch['fixed-cidr']);
  if (patch.mtu !== undefined) out.mtu = v(patch.mtu);
  const opts = patch['default-network-opts'];
  if (opts) {
    out.defaultNetworkOpts = Object.fromEntries(
      Object.entries(opts).map(([driver, o]) => [driver, Object.fromEntries(Object.entries(o).map(([k, val]) => [k, v(val)]))]),
    );
  }
  if (patch['ip-forward'] !== undefined) out.ipForward = v(patch['ip-forward']);
  if (patch.iptables !== undefined) out.iptables = v(patch.iptables);
  return out;
}

/**
 * The projects with the compose changes made: `replaces` swaps one written subnet for another, otherwise
 * the subnet is added to a network that had none; `mtu` sets the MTU driver option. Networks are matched by
 * the name Docker sees.
 */
export function applyComposeFixes(projects: readonly HostProject[], fixes: readonly ComposeNetworkFix[]): HostProject[] {
  if (fixes.length === 0) return [...projects];
  return projects.map((hp) => ({
    ...hp,
    project: {
      ...hp.project,
      networks: hp.project.networks.map((n): ComposeNetwork => {
        const mine = fixes.filter((p) => p.network === n.name);
        if (mine.length === 0) return n;
        const out: ComposeNetwork = { ...n, subnets: [...n.subnets] };
        for (const fix of mine) {
          if (fix.subnet !== undefined) {
            if (fix.replaces)
              out.subnets = out.subnets.map((s) => (s.cidr === fix.replaces ? { ...s, cidr: fix.subnet!, origin: undefined } : s));
            else out.subnets.push({ cidr: fix.subnet });
          }
          if (fix.mtu !== undefined) out.mtu = { value: fix.mtu, pos: n.mtu?.pos };
        }
        return out;
      }),
    },
  }));
}
