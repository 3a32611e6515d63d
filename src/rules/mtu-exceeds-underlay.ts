// mtu-exceeds-underlay: a network's MTU is larger than the host's underlay MTU (inventory `underlay-mtu`,
// e.g. 1442 on an OpenStack/OVN Geneve tenant network). Docker never detects the underlay (docker-ipam.md §6):
//   - docker0: daemon.json `mtu`, else 1500;
//   - a bridge network: driver_opts com.docker.network.driver.mtu, else daemon.json
//     `default-network-opts.bridge` (Engine ≥ 24), else 1500;
//   - an overlay network: the same option (or `default-network-opts.overlay`) is the size of the VXLAN
//     packets on the underlay; containers get that − 50 (1450 by default). So the option, not the
//     container MTU, must fit the underlay: option 1442 gives containers 1392 and packets of 1442.
// Small packets pass, so ping works; full-size ones are dropped, so TLS handshakes and downloads hang.
import { findingAt, type ComposeNetwork, type ComposeProject, type Finding, type Located, type SourcePos } from '../model.js';
import { parseEngineVersion } from '../engine/versions.js';
import { createdNetworks, hostsOnce } from './facts.js';
import type { HostCheck, Rule, RuleContext } from './rule.js';

export const MTU_OPTION = 'com.docker.network.driver.mtu';
export const DEFAULT_MTU = 1500;
/** VXLAN encapsulation overhead the overlay driver subtracts */
export const VXLAN_OVERHEAD = 50;

/** true when the engine applies daemon.json `default-network-opts` (Engine ≥ 24; assumed when unknown) */
export function supportsDefaultNetworkOpts(version: string): boolean {
  let v: ReturnType<typeof parseEngineVersion>;
  try {
    v = parseEngineVersion(version);
  } catch {
    return true;
  }
  return v === 'unknown' || v[0] >= 24;
}

export type MtuSource = 'driver-opt' | 'default-network-opts' | 'daemon-mtu' | 'default';

export interface NetworkMtu {
  /** the configured value (for overlay: the size of the encapsulated packets) */
  value: number;
  source: MtuSource;
  pos?: SourcePos;
}

/** The MTU option in effect for a compose network on this host. */
export function networkMtu(hc: HostCheck, n: ComposeNetwork): NetworkMtu {
  if (n.mtu && n.mtu.value > 0) return { value: n.mtu.value, source: 'driver-opt', pos: n.mtu.pos };
  const opt = supportsDefaultNetworkOpts(hc.host.engine.value) ? hc.daemon.defaultNetworkOpts?.[n.driver]?.[MTU_OPTION] : undefined;
  const v = opt ? parseMtu(opt) : null;
  if (opt && v) return { value: v, source: 'default-network-opts', pos: opt.pos };
  return { value: DEFAULT_MTU, source: 'default', pos: n.pos };
}

function parseMtu(opt: Located<string>): number | null {
  const t = opt.value.trim();
  return /^\d+$/.test(t) && Number(t) > 0 ? Number(t) : null;
}

/** docker0's MTU */
/** Each bridge or overlay network the host creates (once per name) whose MTU exceeds the underlay's. */
export function networksOverMtu(hc: HostCheck, underlay: number): { project: ComposeProject; network: ComposeNetwork; mtu: NetworkMtu }[] {
  const out: { project: ComposeProject; network: ComposeNetwork; mtu: NetworkMtu }[] = [];
  const seen = new Set<string>();
  for (const hp of hc.projects) {
    for (const n of createdNetworks(hp.project.networks)) {
      if ((n.driver !== 'bridge' && n.driver !== 'overlay') || seen.has(n.name)) continue;
      seen.add(n.name);
      const mtu = networkMtu(hc, n);
      if (mtu.value > underlay) out.push({ project: hp.project, network: n, mtu });
    }
  }
  return out;
}

export function docker0Mtu(hc: HostCheck): NetworkMtu {
  const m = hc.daemon.mtu;
  if (m && m.value > 0) return { value: m.value, source: 'daemon-mtu', pos: m.pos };
  return { value: DEFAULT_MTU, source: 'default', pos: hc.host.underlayMtu?.pos ?? hc.host.pos };
}

function origin(m: NetworkMtu): string {
  switch (m.source) {
    case 'driver-opt':
      return `its driver option ${MTU_OPTION}`;
    case 'default-network-opts':
      return 'daemon.json default-network-opts';
    case 'daemon-mtu':
      return 'daemon.json "mtu"';
    case 'default':
      return "Docker's default";
  }
}

const SYMPTOM =
  'ping and small requests still work, but full-size packets are dropped, so TLS handshakes and package downloads (apt, pip, npm, ' +
  'docker pull from inside containers) hang';

export const mtuExceedsUnderlay: Rule = {
  id: 'mtu-exceeds-underlay',
  defaultSeverity: 'error',
  shortDescription: "A network's MTU is larger than the host's underlay MTU",
  fullDescription:
    'Docker gives every bridge an MTU of 1500 unless told otherwise and never looks at the underlay. On a host whose network ' +
    'carries less (a Geneve or VXLAN tenant network with MTU 1442 or 1450, WireGuard 1420, some CI runners) full-size packets ' +
    'from containers do not fit: ping works, but TLS handshakes and package downloads from containers hang. For overlay ' +
    'networks the driver option is the size of the VXLAN packets on the underlay (containers get 50 bytes less), so it is the ' +
    'option that must fit.',
  help:
    'Set the MTU to the underlay\'s: `driver_opts: {com.docker.network.driver.mtu: "<mtu>"}` on the network, or in daemon.json ' +
    '`"mtu": <mtu>` for docker0 and `"default-network-opts": {"bridge": {"com.docker.network.driver.mtu": "<mtu>"}}` for every ' +
    'new network (Engine ≥ 24). Confirm the path MTU with `ping -M do -s <mtu−28> <peer>`.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of hostsOnce(ctx)) {
      const underlay = hc.host.underlayMtu?.value;
      if (!underlay || underlay <= 0) continue;
      const dno = supportsDefaultNetworkOpts(hc.host.engine.value);
      const base = { rule: this.id, severity: this.defaultSeverity, host: hc.host.name };
      const head = `On host ${hc.host.name} (underlay MTU ${underlay})`;
      if (!hc.daemon.bridgeNone?.value) {
        const m = docker0Mtu(hc);
        if (m.value > underlay) {
          out.push({
            ...base,
            message:
              `${head}, docker0 has MTU ${m.value} (${origin(m)}): containers on the default bridge send packets the underlay cannot ` +
              `carry — ${SYMPTOM}. Fix: set "mtu": ${underlay} in daemon.json.`,
            ...findingAt(m.pos),
          });
        }
      }
      for (const { project, network: n, mtu: m } of networksOverMtu(hc, underlay)) {
        const overlay = n.driver === 'overlay';
        const what = overlay
          ? `overlay network ${n.name} of project ${project.name} has ${MTU_OPTION} ${m.value} (${origin(m)}): containers get ` +
            `MTU ${m.value - VXLAN_OVERHEAD} and VXLAN adds ${VXLAN_OVERHEAD} bytes, so packets of ${m.value} bytes reach an underlay that carries ${underlay}`
          : `network ${n.name} of project ${project.name} has MTU ${m.value} (${origin(m)}): containers send packets the underlay cannot carry`;
        const setIt =
          m.source === 'default-network-opts'
            ? `set "${MTU_OPTION}": "${underlay}" under default-network-opts.${n.driver} in daemon.json`
            : `set driver_opts: {${MTU_OPTION}: "${underlay}"} on the network` +
              (m.source === 'default' && dno
                ? ` (or "default-network-opts": {"${n.driver}": {"${MTU_OPTION}": "${underlay}"}} in daemon.json)`
                : '');
        out.push({
          ...base,
          message: `${head}, ${what} — ${SYMPTOM}. Fix: ${setIt}${overlay ? `; containers then get MTU ${underlay - VXLAN_OVERHEAD}` : ''}.`,
          ...findingAt(m.pos),
        });
      }
    }
    return out;
  },
};
