// The round-robin walk as a turning ring (src/engine/ring.ts): every answer the turned window gives must
// be the one a cycle-by-cycle replay gives, whatever the shape of the host.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComposeNetwork, ComposeProject } from '../../src/model.js';
import { behavioursFor } from '../../src/engine/versions.js';
import { SimDaemon } from '../../src/engine/daemon.js';
import { SlotFrame, firstTurnInto } from '../../src/engine/ring.js';
import { expandRoundRobin } from '../../src/net/pools.js';
import { formatPrefix, overlaps, prefixOf, type Prefix, type Prefix4 } from '../../src/net/prefix.js';
import { cycleAt, firstCycleWhere, simulateHost, type HostProject, type SimulationInput } from '../../src/simulate/host.js';

function net(project: string, key: string, subnets: string[] = []): ComposeNetwork {
  return {
    key,
    name: `${project}_${key}`,
    external: false,
    driver: 'bridge',
    ipamDriver: 'default',
    subnets: subnets.map((cidr) => ({ cidr })),
    enableIpv4: true,
    enableIpv6: false,
    usedBy: ['svc'],
  };
}
function project(name: string, nets: ComposeNetwork[]): ComposeProject {
  return { name, dir: name, files: [`${name}/compose.yaml`], networks: nets, publishedPorts: [], warnings: [] };
}
const show = (s: { allocations: { network: string; subnets: Prefix[] }[]; failures: { network: string; error: string }[] }) =>
  [
    ...s.allocations.map((a) => `${a.network}=${a.subnets.map(formatPrefix).join('+')}`),
    ...s.failures.map((f) => `${f.network}!${f.error}`),
  ].join(' ');

describe('the ring frame', () => {
  it('numbers the unblocked candidates in list order, and finds them back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            third: fc.integer({ min: 0, max: 15 }),
            bits: fc.integer({ min: 20, max: 24 }),
            size: fc.integer({ min: 24, max: 27 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.array(fc.record({ third: fc.integer({ min: 0, max: 255 }), bits: fc.integer({ min: 18, max: 30 }) }), { maxLength: 4 }),
        (pools, blocks) => {
          // disjoint pools: each in its own 10.k.0.0/16
          const specs = pools.map((p, k) => ({ base: `10.${k}.${p.third & ((0xff << (24 - p.bits)) & 0xff)}.0/${p.bits}`, size: p.size }));
          const list = expandRoundRobin(specs);
          const blocked = blocks.map((b, k) => {
            const p = prefixOf(`10.${k % 3}.${b.third}.0/24`) as Prefix4;
            const bits = b.bits;
            const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
            return { family: 4, addr: (p.addr & mask) >>> 0, bits } as Prefix4;
          });
          const frame = new SlotFrame(list, blocked);
          // the candidates by brute force
          const all: Prefix4[] = [];
          for (const seg of list.segments) {
            const step = 2 ** (32 - seg.size);
            for (let q = 0; q < seg.count; q++) all.push({ family: 4, addr: (seg.base.addr as number) + q * step, bits: seg.size });
          }
          const free = all.map((c, i) => ({ c, i })).filter(({ c }) => !blocked.some((b) => overlaps(b, c)));
          expect(frame.slots).toBe(free.length);
          free.forEach(({ c, i }, s) => {
            expect(frame.indexOfSlot(s)).toBe(i);
            expect(frame.slotOf(c)).toBe(s);
            expect(formatPrefix(frame.prefixOfSlot(s))).toBe(formatPrefix(c));
          });
          for (let i = 0; i <= all.length; i++) expect(frame.rankOf(i)).toBe(free.filter((f) => f.i < i).length);
          all.forEach((c, i) => {
            if (blocked.some((b) => overlaps(b, c))) expect(frame.slotOf(c)).toBe(-1);
            else expect(frame.indexOf(c)).toBe(i);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the first turn that lands in a run of slots, as stepping one turn at a time does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (f, a0, d0, lo0, len0) => {
        const a = a0 % f;
        const d = d0 % f;
        const lo = lo0 % f;
        const hi = Math.min(f - 1, lo + (len0 % 5));
        let want = -1;
        for (let k = 0; k < 2 * f; k++) {
          const x = (a + d * k) % f;
          if (x >= lo && x <= hi) {
            want = k;
            break;
          }
        }
        expect(firstTurnInto(a, d, f, lo, hi)).toBe(want);
      }),
      { numRuns: 5000 },
    );
  });

  it('stays exact where the product of a turn and a slot count passes 2^53', () => {
    const f = 2 ** 32 - 5; // a prime
    const d = 2 ** 31 + 11;
    // stepping from slot 0: the first turn that lands on the last slot, checked by modular arithmetic in bigint
    const k = firstTurnInto(0, d, f, f - 1, f - 1);
    expect(k).toBeGreaterThan(0);
    expect((BigInt(d) * BigInt(k)) % BigInt(f)).toBe(BigInt(f - 1));
    for (let j = 1; j < Math.min(k, 20_000); j++) expect((BigInt(d) * BigInt(j)) % BigInt(f)).not.toBe(BigInt(f - 1));
  });
});

describe('a simulation on the ring', () => {
  const shape = fc.record({
    engine: fc.constantFrom('20.10.24', '26.1'),
    // one to three disjoint pools of /24…/27 subnets
    pools: fc.array(fc.record({ bits: fc.integer({ min: 20, max: 23 }), size: fc.integer({ min: 24, max: 27 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    cycling: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
    persistent: fc.integer({ min: 0, max: 2 }),
    // a pinned network outside the pools in some project (keeps the ring), or inside them (leaves it)
    pinned: fc.constantFrom('none', 'outside', 'inside'),
    route: fc.option(fc.constantFrom('10.0.4.0/24', '10.1.0.0/22', '10.2.3.0/26'), { nil: undefined }),
    bridgeNone: fc.boolean(),
    // a network two projects share by name: the first creates it, and it outlives either one's `down`
    shared: fc.boolean(),
    targets: fc.array(
      fc.record({ k: fc.integer({ min: 0, max: 2 }), third: fc.integer({ min: 0, max: 15 }), bits: fc.integer({ min: 22, max: 28 }) }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  });

  type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

  function build(g: Shape): SimulationInput {
    const projects: HostProject[] = [];
    for (let i = 0; i < g.persistent; i++)
      projects.push({ project: project(`keep${i}`, [net(`keep${i}`, 'default')]), lifecycle: 'persistent' });
    g.cycling.forEach((n, i) => {
      const nets = Array.from({ length: n }, (_, k) => net(`app${i}`, `n${k}`));
      if (i === 0 && g.pinned === 'outside') nets.push(net(`app${i}`, 'pinned', ['192.0.2.0/24']));
      if (i === 0 && g.pinned === 'inside') nets.push(net(`app${i}`, 'pinned', ['10.0.1.0/24']));
      if (g.shared && i < 2) nets.push({ ...net(`app${i}`, 'edge'), name: 'edge' });
      projects.push({ project: project(`app${i}`, nets), lifecycle: 'cycling' });
    });
    return {
      host: 'h',
      behaviour: behavioursFor(g.engine)[0],
      setup: {
        defaultAddressPools: g.pools.map((p, k) => ({ base: `10.${k}.0.0/${p.bits}`, size: p.size })),
        bridgeNone: g.bridgeNone,
        routes: g.route ? [{ cidr: g.route, onLink: true }] : [],
      },
      projects,
      cycles: 700,
      restartEvery: 0,
    };
  }

  it('answers every cycle and every first hit exactly as a cycle-by-cycle replay does', () => {
    let turned = 0;
    let runs = 0;
    fc.assert(
      fc.property(shape, (g) => {
        runs++;
        const input = build(g);
        const fast = simulateHost(input);
        const slow = simulateHost({ ...input, detectPeriod: false });
        if (fast.rotation) turned++;
        for (let c = 1; c <= input.cycles; c++) expect(show(cycleAt(fast, c))).toBe(show(slow.window[c - 1]));
        // the first allocation that lands on one of the targets, with the targets given and without
        const targets = g.targets.map((t) => prefixOf(`10.${t.k}.${t.third}.0/${t.bits}`));
        const hit = (a: { subnets: Prefix[] }) => a.subnets.some((p) => targets.some((t) => overlaps(p, t)));
        const want = firstCycleWhere(slow, hit);
        for (const got of [firstCycleWhere(fast, hit, targets), firstCycleWhere(fast, hit)]) {
          expect(got === null).toBe(want === null);
          if (got && want) {
            expect(got.state.cycle).toBe(want.state.cycle);
            expect(`${got.allocation.network}=${formatPrefix(got.allocation.subnets[0])}`).toBe(
              `${want.allocation.network}=${formatPrefix(want.allocation.subnets[0])}`,
            );
          }
        }
      }),
      { numRuns: 120, seed: 20261203 },
    );
    // the property is about the ring: a good share of these shapes must have turned on it
    expect(turned).toBeGreaterThan(runs / 6);
  });

  it('1,000 two-network projects on 4,352 candidates: a turn after one redeploy, the exact period 4,351', () => {
    const projects: HostProject[] = Array.from({ length: 1000 }, (_, i) => ({
      project: project(`p${i}`, [net(`p${i}`, 'default'), net(`p${i}`, 'backend')]),
      lifecycle: 'cycling' as const,
    }));
    const input: SimulationInput = {
      host: 'h',
      behaviour: behavioursFor('26.1')[0],
      setup: {
        defaultAddressPools: [
          { base: '172.16.0.0/12', size: 24 },
          { base: '192.168.0.0/16', size: 24 },
        ],
      },
      projects,
      cycles: 1_000_000,
      restartEvery: 0,
    };
    const r = simulateHost(input);
    expect(r.truncated).toBe(false);
    expect(r.window.length).toBeLessThan(5);
    // 4,352 candidates, docker0 on the first: 4,351 slots; 2,000 taken a redeploy, coprime to 4,351
    expect(r.period?.length).toBe(4351);
    // a cycle far out, checked by the walk it implies: the network created k-th (0-based) over all
    // redeploys takes slot k mod 4,351 (the cursor passes each slot once a lap and each is free again)
    const c = 987_654;
    const s = cycleAt(r, c);
    const k = (c - 1) * 2000 + 1999; // p999_backend, the last network of redeploy c
    const slot = k % 4351;
    // slot → candidate: skip docker0 (172.16.0.0/24); 172.16.0.0/12 holds 4,096 /24s, then 192.168.0.0/16
    const index = slot + 1;
    const want = index < 4096 ? `172.${16 + (index >> 8)}.${index & 255}.0/24` : `192.168.${index - 4096}.0/24`;
    const last = s.allocations[s.allocations.length - 1];
    expect(last.network).toBe('p999_backend');
    expect(formatPrefix(last.subnets[0])).toBe(want);
  });
});

describe('the daemon on the ring', () => {
  it('notices the first request that does not take the first slot at or after the cursor', () => {
    const d = new SimDaemon({ engine: '26.1', defaultAddressPools: [{ base: '10.0.0.0/24', size: 26 }] });
    // docker0 takes 10.0.0.0/26 (the elected first candidate); three slots are left
    expect(d.docker0()).toBe('10.0.0.0/26');
    const frame = d.startRing();
    expect(frame?.slots).toBe(3);
    const subnet = (name: string) => {
      const r = d.create(name);
      return r.ok ? r.subnets[0] : r.error;
    };
    expect(subnet('a')).toBe('10.0.0.64/26');
    expect(subnet('b')).toBe('10.0.0.128/26');
    d.remove('a');
    expect(subnet('c')).toBe('10.0.0.192/26');
    // the cursor went past the end to 0: the first slot from there is a's, free again
    expect(subnet('d')).toBe('10.0.0.64/26');
    expect(d.offRing).toBe(false);
    d.remove('c');
    // the cursor is on b's slot, still taken: the request skips it to c's old one, which a turned ring
    // cannot promise near the end of the list
    expect(subnet('e')).toBe('10.0.0.192/26');
    expect(d.offRing).toBe(true);
  });
});
