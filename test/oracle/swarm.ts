// Swarm mode on an oracle daemon (test/oracle/dockerd.ts): `docker swarm init`, overlay networks and
// services over the Engine API. The daemon needs an address to advertise: start it with
// `hostAddress: SWARM_ADDRESS + '/24'` (the namespace's veth, nothing leaves the namespace).
//
// Swarm work is asynchronous: `swarm init` returns before docker_gwbridge exists (it shows up within
// about two seconds), an overlay's subnet is written by the managers' allocator after `network create`
// returned, and a removal is processed after `DELETE` returned. Each helper waits for the state it
// changes to be visible, so that the next operation sees it as a person typing the commands would.
import { execFileSync } from 'node:child_process';
import type { DaemonHandle } from './dockerd.js';

export const SWARM_ADDRESS = '10.254.254.1';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface SwarmInitOptions {
  /** --default-addr-pool (in order) */
  defaultAddrPool?: string[];
  /** --default-addr-pool-mask-length */
  subnetSize?: number;
  /** --availability drain */
  drain?: boolean;
}

function message(body: unknown): string {
  if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string')
    return (body as { message: string }).message;
  return JSON.stringify(body);
}

async function networkNames(d: DaemonHandle): Promise<Set<string>> {
  return new Set((await d.listNetworks()).map((n) => n.name));
}

/** `docker swarm init --advertise-addr 10.254.254.1 …`, then waits until docker_gwbridge exists (≤ 15 s). */
export async function swarmInit(d: DaemonHandle, o: SwarmInitOptions = {}): Promise<void> {
  const body: Record<string, unknown> = { ListenAddr: '0.0.0.0:2377', AdvertiseAddr: SWARM_ADDRESS };
  if (o.defaultAddrPool?.length) body.DefaultAddrPool = o.defaultAddrPool;
  // the CLI always sends the mask length (24 unless given); without it a pool list gives no subnets
  body.SubnetSize = o.subnetSize ?? 24;
  if (o.drain) body.Availability = 'drain';
  const r = await d.request('POST', '/swarm/init', body);
  if (r.status !== 200) throw new Error(`swarm init: ${r.status} ${message(r.body)}`);
  // ~1–2 s on an idle machine; much longer when the machine is loaded
  await waitFor(
    async () => (await networkNames(d)).has('docker_gwbridge') && (await subnetsOf(d, 'ingress')).length > 0,
    60_000,
    'docker_gwbridge and ingress after swarm init',
  );
}

/** After a restart: waits until this manager controls the swarm again (its allocator is running). */
export async function swarmReady(d: DaemonHandle): Promise<void> {
  await waitFor(
    async () => {
      const r = await d.request('GET', '/info');
      const s = (r.body as { Swarm?: { LocalNodeState?: string; ControlAvailable?: boolean } }).Swarm;
      return s?.LocalNodeState === 'active' && s.ControlAvailable === true;
    },
    30_000,
    'the swarm to be active after a restart',
  );
  // the allocator starts with the manager; a network created in the same instant may wait for it
  await sleep(200);
}

async function waitFor(ok: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await ok()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export async function subnetsOf(d: DaemonHandle, name: string): Promise<string[]> {
  const r = await d.request('GET', `/networks/${encodeURIComponent(name)}`);
  if (r.status !== 200) return [];
  const cfg = (r.body as { IPAM?: { Config?: { Subnet?: string }[] | null } }).IPAM?.Config ?? [];
  return cfg.map((c) => c.Subnet).filter((s): s is string => typeof s === 'string' && s !== '');
}

export type OverlayResult = { ok: true; subnets: string[] } | { ok: false; error: string };

/**
 * `docker network create -d overlay [--subnet S] NAME`, then waits (≤ 3 s) for the allocator to give it
 * a subnet. A network the allocator cannot serve (a pinned subnet that overlaps) is created all the same
 * and never gets one: that is reported as `{ ok: false, error: 'not allocated' }`.
 */
export async function createOverlay(d: DaemonHandle, name: string, subnet?: string): Promise<OverlayResult> {
  const body = {
    Name: name,
    CheckDuplicate: true,
    Driver: 'overlay',
    Attachable: true,
    IPAM: { Driver: 'default', Config: subnet ? [{ Subnet: subnet }] : [] },
  };
  const r = await d.request('POST', '/networks/create', body);
  if (r.status !== 201 && r.status !== 200) return { ok: false, error: message(r.body) };
  const deadline = Date.now() + 3_000;
  for (;;) {
    const s = await subnetsOf(d, name);
    if (s.length > 0) return { ok: true, subnets: s };
    if (Date.now() > deadline) return { ok: false, error: 'not allocated' };
    await sleep(25);
  }
}

/** `docker network rm NAME` and wait until it is gone (and its subnet released by the allocator). */
export async function removeNetwork(d: DaemonHandle, name: string): Promise<boolean> {
  const r = await d.request('DELETE', `/networks/${encodeURIComponent(name)}`);
  if (r.status === 404) return false;
  if (r.status !== 204 && r.status !== 200) throw new Error(`removing ${name}: ${r.status} ${message(r.body)}`);
  await waitFor(async () => !(await networkNames(d)).has(name), 10_000, `${name} to be removed`);
  // the allocator releases the subnet when it sees the deletion event
  await sleep(100);
  return true;
}

/**
 * A one-replica service on an overlay network (image `scratch-local`, imported empty: its task fails to
 * start, after its network attachment was allocated and its container created). Waits until the task
 * has an address on the network.
 */
export async function createService(d: DaemonHandle, name: string, network: string): Promise<void> {
  const r = await d.request('POST', '/services/create', {
    Name: name,
    TaskTemplate: {
      ContainerSpec: { Image: 'scratch-local:latest', Command: ['/nope'] },
      Networks: [{ Target: network }],
      RestartPolicy: { Condition: 'none' },
    },
    Mode: { Replicated: { Replicas: 1 } },
  });
  if (r.status !== 201 && r.status !== 200) throw new Error(`service create: ${r.status} ${message(r.body)}`);
  await waitFor(
    async () => {
      const t = await d.request('GET', '/tasks');
      return (t.body as { NetworksAttachments?: { Addresses?: string[] }[] }[]).some((x) =>
        (x.NetworksAttachments ?? []).some((a) => (a.Addresses ?? []).length > 0),
      );
    },
    15_000,
    `a task of service ${name} with an address`,
  );
}

/**
 * Joins the namespaces of several oracle daemons through a bridge in a namespace of its own: daemon i
 * gets `sw0` with 10.254.253.(i+1)/24. Returns the addresses and a cleanup that deletes the bridge's
 * namespace (the daemons' own namespaces go with their stop()).
 */
export function linkDaemons(ds: DaemonHandle[]): { addresses: string[]; unlink: () => void } {
  const br = `sgo-br-${process.pid}-${ds[0].netns.split('-').pop()}`;
  const ip = (...a: string[]) => execFileSync('ip', a, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
  ip('netns', 'add', br);
  const unlink = () => {
    try {
      ip('netns', 'del', br);
    } catch {
      // gone
    }
  };
  try {
    ip('netns', 'exec', br, 'ip', 'link', 'add', 'br0', 'type', 'bridge');
    ip('netns', 'exec', br, 'ip', 'link', 'set', 'br0', 'up');
    const addresses = ds.map((d, i) => {
      ip('netns', 'exec', d.netns, 'ip', 'link', 'add', 'sw0', 'type', 'veth', 'peer', 'name', `p${i}`, 'netns', br);
      ip('netns', 'exec', d.netns, 'ip', 'addr', 'add', `10.254.253.${i + 1}/24`, 'dev', 'sw0');
      ip('netns', 'exec', d.netns, 'ip', 'link', 'set', 'sw0', 'up');
      ip('netns', 'exec', br, 'ip', 'link', 'set', `p${i}`, 'master', 'br0');
      ip('netns', 'exec', br, 'ip', 'link', 'set', `p${i}`, 'up');
      return `10.254.253.${i + 1}`;
    });
    return { addresses, unlink };
  } catch (e) {
    unlink();
    throw e;
  }
}

/** `docker swarm init` on ds[0] and `docker swarm join --token <manager token>` on the others: a swarm of managers. */
export async function managerSwarm(ds: DaemonHandle[], addresses: string[]): Promise<void> {
  let r = await ds[0].request('POST', '/swarm/init', { ListenAddr: `${addresses[0]}:2377`, AdvertiseAddr: addresses[0] });
  if (r.status !== 200) throw new Error(`swarm init: ${r.status} ${message(r.body)}`);
  r = await ds[0].request('GET', '/swarm');
  const token = (r.body as { JoinTokens: { Manager: string } }).JoinTokens.Manager;
  for (let i = 1; i < ds.length; i++) {
    r = await ds[i].request(
      'POST',
      '/swarm/join',
      { ListenAddr: `${addresses[i]}:2377`, AdvertiseAddr: addresses[i], RemoteAddrs: [`${addresses[0]}:2377`], JoinToken: token },
      120_000,
    );
    if (r.status !== 200) throw new Error(`swarm join on manager ${i}: ${r.status} ${message(r.body)}`);
  }
  for (const d of ds) await waitFor(async () => (await networkNames(d)).has('docker_gwbridge'), 60_000, 'docker_gwbridge after init/join');
}

/** the index (in ds) of the daemon that is the swarm's leader now, waiting for an election (≤ 90 s); ds[skip] is down */
export async function leaderOf(ds: DaemonHandle[], skip: number): Promise<number> {
  let found = -1;
  await waitFor(
    async () => {
      for (let i = 0; i < ds.length; i++) {
        if (i === skip) continue;
        const nodes = await ds[i].request('GET', '/nodes').catch(() => null);
        if (!nodes || nodes.status !== 200) continue;
        const leader = (nodes.body as { ID: string; ManagerStatus?: { Leader?: boolean } }[]).find((n) => n.ManagerStatus?.Leader);
        const info = await ds[i].request('GET', '/info');
        if (leader && (info.body as { Swarm?: { NodeID?: string } }).Swarm?.NodeID === leader.ID) found = i;
      }
      return found >= 0;
    },
    90_000,
    'a new swarm leader',
  );
  return found;
}
