// daemon.json and the inventory's host facts → what a simulated dockerd starts with.
import type { DaemonSetup } from '../engine/daemon.js';
import type { DaemonConfig, HostSpec } from '../model.js';

export function setupFor(daemon: DaemonConfig, host: HostSpec): Omit<DaemonSetup, 'engine' | 'model'> {
  const pools = daemon.defaultAddressPools?.value.map((p) => ({ base: p.base.value, size: p.size.value }));
  return {
    defaultAddressPools: pools,
    bip: daemon.bip?.value,
    fixedCidr: daemon.fixedCidr?.value,
    bridgeNone: daemon.bridgeNone?.value ?? false,
    routes: host.routes.map((r) => ({ cidr: r.value, onLink: true })),
    nameservers: host.nameservers.map((n) => n.value),
    ...(host.engineId ? { engineId: host.engineId.value } : {}),
  };
}
