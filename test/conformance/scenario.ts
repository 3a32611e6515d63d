// Conformance scenarios: a daemon setup and an operation list, replayed identically against a real
// dockerd (test/oracle/dockerd.ts) and the simulator (src/engine/daemon.ts). Random scenarios come
// from a seeded PRNG so that any failure can be replayed from its seed and index alone.
import { formatPrefix, prefixOf, type Prefix4 } from '../../src/net/prefix.js';

export interface ScenarioSetup {
  defaultAddressPools?: { base: string; size: number }[];
  /** daemon.json "bip" (gateway address / length, e.g. "10.99.0.1/24") */
  bip?: string;
  bridgeNone?: boolean;
  /** host IPv4 routes: on-link (scope link) or through a gateway */
  routes?: { cidr: string; onLink: boolean }[];
  nameservers?: string[];
}

export type Op = { op: 'create'; name: string; subnets?: string[] } | { op: 'remove'; name: string } | { op: 'restart' };

export interface Scenario {
  title: string;
  setup: ScenarioSetup;
  ops: Op[];
}

export function formatOp(op: Op): string {
  switch (op.op) {
    case 'create':
      return `create ${op.name}${op.subnets?.length ? ` --subnet ${op.subnets.join(' --subnet ')}` : ''}`;
    case 'remove':
      return `remove ${op.name}`;
    case 'restart':
      return 'restart';
  }
}

export function formatSetup(s: ScenarioSetup): string {
  const parts: string[] = [];
  if (s.defaultAddressPools) parts.push(`pools ${s.defaultAddressPools.map((p) => `${p.base}@${p.size}`).join(' + ')}`);
  else parts.push('built-in pools');
  if (s.bip) parts.push(`bip ${s.bip}`);
  if (s.bridgeNone) parts.push('bridge none');
  for (const r of s.routes ?? []) parts.push(`${r.onLink ? 'on-link' : 'gateway'} route ${r.cidr}`);
  for (const n of s.nameservers ?? []) parts.push(`nameserver ${n}`);
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------
// PRNG (mulberry32) and seed mixing

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of random scenario `index` of a run seeded with `seed`. */
export function scenarioSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;

function v4(addr: number, bits: number): Prefix4 {
  const size = 2 ** (32 - bits);
  return { family: 4, addr: Math.floor(addr / size) * size, bits };
}
const fmt = (p: Prefix4): string => formatPrefix(p);
function addrText(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Docker ≤ 26's candidate list for a pool list (the test's own expansion, for targeting only). */
export function candidatesOf(pools: { base: string; size: number }[] | undefined): Prefix4[] {
  const list = pools ?? [
    ...Array.from({ length: 15 }, (_, i) => ({ base: `172.${17 + i}.0.0/16`, size: 16 })),
    { base: '192.168.0.0/16', size: 20 },
  ];
  const out: Prefix4[] = [];
  for (const p of list) {
    const b = prefixOf(p.base) as Prefix4;
    const base = v4(b.addr, b.bits);
    for (let i = 0; i < 2 ** (p.size - base.bits); i++) out.push({ family: 4, addr: base.addr + i * 2 ** (32 - p.size), bits: p.size });
  }
  return out;
}

/** A random prefix related to candidate c: itself, a subnet of it or (sometimes) a supernet. */
function near(rng: Rng, c: Prefix4, minBits: number, maxBits: number): Prefix4 {
  const r = rng();
  if (r < 0.35) return c;
  if (r < 0.85 && c.bits < maxBits) {
    const bits = int(rng, c.bits + 1, Math.min(maxBits, c.bits + 8));
    return v4(c.addr + Math.floor(rng() * 2 ** (32 - c.bits)), bits);
  }
  const bits = Math.max(minBits, c.bits - int(rng, 1, 3));
  return v4(c.addr, bits);
}

/** A random prefix in private space that may or may not touch the candidates. */
function elsewhere(rng: Rng, minBits: number, maxBits: number): Prefix4 {
  const area = pick(rng, [
    prefixOf('10.0.0.0/8'),
    prefixOf('172.16.0.0/12'),
    prefixOf('192.168.0.0/16'),
    prefixOf('100.64.0.0/10'),
  ]) as Prefix4;
  const bits = int(rng, Math.max(minBits, area.bits), maxBits);
  return v4(area.addr + Math.floor(rng() * 2 ** (32 - area.bits)), bits);
}

function randomPools(rng: Rng): { base: string; size: number }[] {
  const n = int(rng, 1, 3);
  const pools: { base: string; size: number }[] = [];
  const bases: Prefix4[] = [];
  for (let i = 0; i < n; i++) {
    let base: Prefix4;
    if (bases.length > 0 && chance(rng, 0.2)) {
      // overlapping entries: a sub- or supernet of an earlier base
      const prev = pick(rng, bases);
      base = chance(rng, 0.6)
        ? v4(prev.addr + Math.floor(rng() * 2 ** (32 - prev.bits)), Math.min(28, prev.bits + int(rng, 0, 3)))
        : v4(prev.addr, Math.max(8, prev.bits - 1));
    } else {
      base = elsewhere(rng, 12, 26);
    }
    bases.push(base);
    const size = Math.min(30, base.bits + int(rng, 0, 4)); // at most 16 candidates per entry
    // 20.10 parses bases with Go's ParseCIDR, which accepts host bits: now and then write some
    const text =
      chance(rng, 0.05) && base.bits < 32
        ? `${addrText(base.addr + 1 + Math.floor(rng() * (2 ** (32 - base.bits) - 1)))}/${base.bits}`
        : fmt(base);
    pools.push({ base: text, size });
  }
  return pools;
}

/** A random scenario: small pools (so wrap and exhaustion happen), docker0 variants, host routes and nameservers, and 5–35 operations. */
export function randomScenario(seed: number, title: string): Scenario {
  const rng = mulberry32(seed);
  const setup: ScenarioSetup = {};
  if (chance(rng, 0.55)) setup.defaultAddressPools = randomPools(rng);
  const cands = candidatesOf(setup.defaultAddressPools);
  const target = (): Prefix4 => pick(rng, cands);

  const d0 = rng();
  if (d0 < 0.15) setup.bridgeNone = true;
  else if (d0 < 0.32) {
    const net = chance(rng, 0.6) ? near(rng, target(), 12, 28) : elsewhere(rng, 16, 28);
    setup.bip = `${addrText(net.addr + 1)}/${net.bits}`;
  }

  if (chance(rng, 0.5)) {
    const seen = new Set<string>();
    const routes: { cidr: string; onLink: boolean }[] = [];
    for (let i = int(rng, 1, 3); i > 0; i--) {
      const cidr = fmt(chance(rng, 0.8) ? near(rng, target(), 8, 30) : elsewhere(rng, 12, 28));
      if (seen.has(cidr)) continue;
      seen.add(cidr);
      routes.push({ cidr, onLink: chance(rng, 0.6) });
    }
    setup.routes = routes;
  }
  if (chance(rng, 0.3)) {
    setup.nameservers = Array.from({ length: int(rng, 1, 2) }, () => {
      const c = chance(rng, 0.8) ? target() : elsewhere(rng, 16, 24);
      return addrText(c.addr + int(rng, 1, Math.min(254, 2 ** (32 - c.bits) - 1)));
    });
  }

  const ops: Op[] = [];
  const live: string[] = [];
  const removed: string[] = [];
  let next = 1;
  let restarts = 0;
  const count = int(rng, 5, 35);
  while (ops.length < count) {
    const r = rng();
    if (r < 0.2 && live.length > 0) {
      const i = Math.floor(rng() * live.length);
      const [name] = live.splice(i, 1);
      removed.push(name);
      ops.push({ op: 'remove', name });
    } else if (r < 0.25 && restarts < 3) {
      restarts++;
      ops.push({ op: 'restart' });
    } else if (r < 0.27 && live.length > 0) {
      // a name that is (probably) still alive: the daemon refuses a duplicate
      ops.push({ op: 'create', name: pick(rng, live) });
    } else {
      // compose-like: a removed name comes back now and then
      let name: string;
      if (removed.length > 0 && chance(rng, 0.3)) name = removed.splice(Math.floor(rng() * removed.length), 1)[0];
      else name = `n${next++}`;
      live.push(name);
      if (chance(rng, 0.15)) {
        const s = chance(rng, 0.8) ? near(rng, target(), 8, 28) : elsewhere(rng, 12, 28);
        ops.push({ op: 'create', name, subnets: [fmt(s)] });
      } else {
        ops.push({ op: 'create', name });
      }
    }
  }
  return { title, setup, ops };
}
