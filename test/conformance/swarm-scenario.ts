// Random swarm scenarios for test/conformance/swarm.test.ts: local bridge networks before `swarm init`
// (they move the local cursor docker_gwbridge is taken from), init with or without
// --default-addr-pool / --default-addr-pool-mask-length, then overlay creates (dynamic and pinned),
// removes, bridge creates and daemon restarts. A scenario depends only on its seed and the engine.
//
// The generator keeps a simulated daemon of its own to choose inputs that stay inside what the
// conformance suite compares (a pinned subnet that overlaps nothing alive, no more overlays alive than
// the swarm pool holds); the expected values come from the real daemon, never from it.
import { SimDaemon } from '../../src/engine/daemon.js';
import { expandRoundRobin, type PoolSpec } from '../../src/net/pools.js';
import { formatPrefix, overlaps, parsePrefix, type Prefix } from '../../src/net/prefix.js';
import { entryAt } from '../../src/engine/round-robin.js';
import { mulberry32, type Rng } from './scenario.js';

export type SwarmOp =
  | { kind: 'overlay'; name: string; subnet?: string }
  | { kind: 'rm'; name: string }
  | { kind: 'bridge'; name: string }
  | { kind: 'restart' };

export interface SwarmScenario {
  title: string;
  /** daemon.json default-address-pools (local) */
  localPools?: PoolSpec[];
  /** bridge networks created (and some removed again) before `swarm init` */
  before: SwarmOp[];
  /** --default-addr-pool */
  swarmPools?: string[];
  /** --default-addr-pool-mask-length */
  subnetSize?: number;
  ops: SwarmOp[];
}

/** the namespace's veth address: an on-link route the daemon avoids for local networks */
export const VETH_ROUTE = '10.254.254.0/24';

export function formatSwarmOp(op: SwarmOp): string {
  switch (op.kind) {
    case 'overlay':
      return `network create -d overlay ${op.subnet ? `--subnet ${op.subnet} ` : ''}${op.name}`;
    case 'rm':
      return `network rm ${op.name}`;
    case 'bridge':
      return `network create ${op.name}`;
    case 'restart':
      return 'restart';
  }
}

export function formatSwarmSetup(s: SwarmScenario): string {
  const parts: string[] = [];
  if (s.localPools) parts.push(`default-address-pools ${s.localPools.map((p) => `${p.base}@${p.size}`).join(', ')}`);
  if (s.before.length) parts.push(`before init: ${s.before.map(formatSwarmOp).join('; ')}`);
  parts.push(
    `swarm init${s.swarmPools ? ` --default-addr-pool ${s.swarmPools.join(' --default-addr-pool ')}` : ''}${s.subnetSize ? ` --default-addr-pool-mask-length ${s.subnetSize}` : ''}`,
  );
  return parts.join('; ');
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

const LOCAL_POOLS: PoolSpec[][] = [[{ base: '172.80.0.0/16', size: 20 }], [{ base: '192.168.0.0/16', size: 24 }]];
/** swarm pool bases with at least 16 subnets at every size offered with them */
const SWARM_BASES: { base: string; sizes: number[] }[] = [
  { base: '10.20.0.0/16', sizes: [24, 26] },
  { base: '10.30.0.0/16', sizes: [24, 26] },
  { base: '10.40.0.0/22', sizes: [26, 27] },
  { base: '172.90.0.0/16', sizes: [24, 26] },
  { base: '10.50.0.0/24', sizes: [28] },
];

/** what a scenario's simulated daemon starts with (the same setup the suite gives its simulator) */
export function simSetup(s: SwarmScenario, engine: string) {
  const size = s.subnetSize ?? 24;
  return {
    engine,
    defaultAddressPools: s.localPools,
    routes: [{ cidr: VETH_ROUTE, onLink: true }],
    // a mask length alone is ignored by the daemon (seen on 20.10.24 and 26.1.5)
    swarmPools: s.swarmPools ? s.swarmPools.map((base) => ({ base, size })) : undefined,
  };
}

export function randomSwarmScenario(seed: number, engine: string, title: string): SwarmScenario {
  const rng = mulberry32(seed);
  const s: SwarmScenario = { title, before: [], ops: [] };
  if (rng() < 0.3) s.localPools = pick(rng, LOCAL_POOLS);
  const nBefore = int(rng, 0, 3);
  for (let i = 0; i < nBefore; i++) s.before.push({ kind: 'bridge', name: `b${i}` });
  if (nBefore > 0 && rng() < 0.6) s.before.push({ kind: 'rm', name: `b${int(rng, 0, nBefore - 1)}` });
  if (rng() < 0.6) {
    const first = pick(rng, SWARM_BASES);
    const bases = [first];
    if (rng() < 0.4) {
      const second = pick(
        rng,
        SWARM_BASES.filter((b) => b !== first && b.sizes.some((z) => first.sizes.includes(z))),
      );
      if (second) bases.push(second);
    }
    const sizes = first.sizes.filter((z) => bases.every((b) => b.sizes.includes(z)));
    s.swarmPools = bases.map((b) => b.base);
    const size = pick(rng, sizes);
    if (size !== 24 || rng() < 0.5) s.subnetSize = size;
  } else if (rng() < 0.15) {
    s.subnetSize = pick(rng, [25, 26]);
  }

  // the generator's own simulated daemon (see the header)
  const sim = new SimDaemon(simSetup(s, engine));
  for (const op of s.before) {
    if (op.kind === 'bridge') sim.create(op.name);
    else if (op.kind === 'rm') sim.remove(op.name);
  }
  sim.swarmInit();
  const setup = simSetup(s, engine);
  const candidates = expandRoundRobin(setup.swarmPools ?? [{ base: '10.0.0.0/8', size: 24 }]);
  const alive = new Map<string, Prefix[]>();
  let overlays = 0;
  let bridges = nBefore;
  let restarts = 0;
  const n = int(rng, 6, 14);
  for (let i = 0; i < n; i++) {
    const r = rng();
    let op: SwarmOp;
    if (r < 0.5 && alive.size < 8) {
      const name = `o${overlays++}`;
      let subnet: string | undefined;
      if (rng() < 0.25) {
        // a pin: a candidate among the first few of the pool (the walk must skip it), or outside the pools
        const taken = [...alive.values()].flat().concat(sim.subnetPrefixesOf('ingress') ?? []);
        const options: Prefix[] = [];
        for (let k = 0; k < Math.min(12, candidates.length); k++) {
          const c = entryAt(candidates, k);
          if (!taken.some((t) => overlaps(t, c))) options.push(c);
        }
        const outside = parsePrefix(`10.99.${overlays}.0/24`);
        subnet =
          options.length > 0 && rng() < 0.7
            ? formatPrefix(pick(rng, options))
            : 'error' in outside
              ? undefined
              : formatPrefix(outside.prefix);
      }
      op = { kind: 'overlay', name, ...(subnet ? { subnet } : {}) };
      const res = sim.createPrefixes(name, { driver: 'overlay', ...(subnet ? { subnets: [subnet] } : {}) });
      if (typeof res !== 'string') alive.set(name, res);
    } else if (r < 0.78 && alive.size > 0) {
      const name = pick(rng, [...alive.keys()]);
      op = { kind: 'rm', name };
      sim.remove(name);
      alive.delete(name);
    } else if (r < 0.9 || restarts >= 2) {
      op = { kind: 'bridge', name: `b${bridges++}` };
      sim.create(op.name);
    } else {
      op = { kind: 'restart' };
      restarts++;
      sim.restart();
    }
    s.ops.push(op);
  }
  return s;
}
