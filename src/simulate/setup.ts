// daemon.json and the inventory's host facts → what a simulated dockerd starts with.
import type { DaemonSetup } from '../engine/daemon.js';
import type { DaemonConfig, HostSpec, SwarmSpec } from '../model.js';
import type { PoolSpec } from '../net/pools.js';

/** `--default-addr-pool-mask-length` when not given */
export const SWARM_DEFAULT_SUBNET_SIZE = 24;

export function setupFor(daemon: DaemonConfig, host: HostSpec): Omit<DaemonSetup, 'engine' | 'model'> {
  const pools = daemon.defaultAddressPools?.value.map((p) => ({ base: p.base.value, size: p.size.value }));
  return {
    defaultAddressPools: pools,
    bip: daemon.bip?.value,
    fixedCidr: daemon.fixedCidr?.value,
    bridgeNone: daemon.bridgeNone?.value ?? false,
    routes: host.routes.map((r) => ({ cidr: r.value, onLink: true })),
    nameservers: host.nameservers.map((n) => n.value),
    ...(host.swarm ? swarmSetup(host.swarm) : {}),
  };
}

/**
 * The swarm pools as `docker swarm init` was given them (undefined: 10.0.0.0/8 at /24). A mask length
 * without --default-addr-pool is ignored by the daemon (run: 20.10.24, 26.1.5: ingress stays a /24).
 */
export function swarmPoolsOf(swarm: SwarmSpec): PoolSpec[] | undefined {
  if (swarm.defaultAddrPool.length === 0) return undefined;
  const size = swarm.subnetSize?.value ?? SWARM_DEFAULT_SUBNET_SIZE;
  return swarm.defaultAddrPool.map((b) => ({ base: b.value, size }));
}

function swarmSetup(swarm: SwarmSpec): Pick<DaemonSetup, 'swarm' | 'swarmPools'> {
  const pools = swarmPoolsOf(swarm);
  return {
    swarm: { role: swarm.role, ...(swarm.gwbridgeSubnet ? { gwbridgeSubnet: swarm.gwbridgeSubnet.value } : {}) },
    ...(pools ? { swarmPools: pools } : {}),
  };
}
