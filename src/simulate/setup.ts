// daemon.json and the inventory's host facts → what a simulated dockerd starts with.
import type { DaemonSetup } from '../engine/daemon.js';
import type { SimulationInput } from './host.js';
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
    ...(host.engineId ? { engineId: host.engineId.value } : {}),
    // a snapshot's docker0 stays where it was read (the daemon is not restarted by reading it)
    ...(host.state?.bridge ? { docker0Subnet: host.state.bridge } : {}),
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

/** The inventory's host networks and snapshot state, as the simulation takes them. */
export function hostStateFor(host: HostSpec): Pick<SimulationInput, 'hostNetworks' | 'state'> {
  const hostNetworks = host.networks.map((n) => ({ name: n.name, subnets: n.subnets.map((s) => s.value) }));
  if (!host.state) return { hostNetworks };
  const projects = new Map(host.state.projects.map((p) => [p.name, new Map(p.networks.map((n) => [n.name, n.subnets] as const))] as const));
  const cursor = typeof host.state.cursor === 'number' ? host.state.cursor : undefined;
  return { hostNetworks, state: { projects, cursor } };
}
