// Hostile pull requests against the simulation (issue 11, items 2 and 3): each input below once ran for
// minutes or gigabytes, or came out "Safe" while a collision waited past the simulation's budget. The
// assertions are about the result — what was found, on which redeploy, how far the simulation got —
// never a stopwatch: `npm run bench` prints their time and peak memory (bench/hostile-sim.mjs builds them).
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { MemoryReader } from '../../src/load/reader.js';
import type { Finding, Report } from '../../src/model.js';
import { formatPrefix, overlaps, parsePrefix, type Prefix } from '../../src/net/prefix.js';
import { badgeFor } from '../../src/report/badge.js';
import { verdict } from '../../src/report/markdown.js';
import { outcomeOf } from '../../src/report/order.js';
import { firstPoolOverlap } from '../../src/rules/pinned-pool-race.js';
import { simulateHost } from '../../src/simulate/host.js';
import {
  oneHostProjects,
  overlappingPoolsPinnedInRoute,
  overlappingRouteRejectedPools,
  pinnedInPools,
  pinnedOutsidePools,
  routeRejectedPool,
  routesTimesNetworks,
} from '../../bench/hostile-sim.mjs';

const HANG_GUARD = 600_000;
const prefix = (t: string): Prefix => {
  const r = parsePrefix(t);
  if ('error' in r) throw new Error(r.error);
  return r.prefix;
};
const rules = (fs: readonly Finding[]) => [...new Set(fs.map((f) => `${f.rule}:${f.severity}`))].sort();

describe('a budget never hides a collision', () => {
  it(
    'finds the collision on redeploy 14 behind 8,000 pinned networks (the 31-candidate walk repeats within the budget)',
    () => {
      const { report } = check(new MemoryReader(pinnedOutsidePools(8000)));
      const [h] = report.hosts;
      // docker0 takes 172.17.0.0/16; the one dynamic network walks one built-in candidate per redeploy:
      // 172.18 on redeploy 1 … 172.31.0.0/16 (the reserved ops VPC) on redeploy 14
      expect(h.firstCollision).toMatchObject({ cycle: 14, subnet: '172.31.0.0/16', network: 'app_default' });
      expect(h.period).not.toBeNull();
      expect(report.findings.filter((f) => f.rule === 'simulation-incomplete')).toEqual([]);
      expect(outcomeOf(report)).toBe('findings');
    },
    HANG_GUARD,
  );

  it(
    'answers 1,000 two-network projects on one host walking a 4,352-candidate pool in full (the ring), and finds a collision far out',
    () => {
      const files = oneHostProjects(1000, 1_000_000);
      // a reserved range in the last pool: 192.168.250.0/24
      files['network-inventory.yaml'] = files['network-inventory.yaml'].replace(
        'reserved:\n',
        'reserved:\n  - cidr: 192.168.250.0/24\n    name: lab\n',
      );
      const { report } = check(new MemoryReader(files));
      const rr = report.hosts.find((h) => h.model === 'round-robin')!;
      // 2,000 networks rotate through 4,351 free candidates: the exact period is 4,351 redeploys
      expect(rr.period?.length).toBe(4351);
      expect(report.findings.filter((f) => f.rule === 'simulation-incomplete')).toEqual([]);
      // docker0 holds 172.16.0.0/24 (candidate 0); the k-th network created (0-based, 2,000 a redeploy)
      // takes candidate 1 + k mod 4,351; 192.168.250.0/24 is candidate 4,096 + 250: the first k landing
      // there is 4,345 — redeploy 3, network 345 of it: the second one project svc-00172 creates (which
      // of its two that is, Compose v2 leaves to chance)
      expect(rr.firstCollision).toMatchObject({ cycle: 3, subnet: '192.168.250.0/24', project: 'svc-00172' });
      expect(['svc-00172_default', 'svc-00172_backend']).toContain(rr.firstCollision?.network);
    },
    HANG_GUARD,
  );

  it(
    'says so when the budget stops a simulation: the same walk kept off the ring by a subnet pinned inside the pool',
    () => {
      const files = oneHostProjects(1000, 1_000_000);
      files['services/svc-00000/compose.yaml'] += '  pinned:\n    ipam:\n      config:\n        - subnet: 172.31.255.0/24\n';
      files['services/svc-00000/compose.yaml'] = files['services/svc-00000/compose.yaml'].replace(
        'networks: [default, backend]',
        'networks: [default, backend, pinned]',
      );
      const { report } = check(new MemoryReader(files));
      const rr = report.hosts.find((h) => h.model === 'round-robin')!;
      const ff = report.hosts.find((h) => h.model === 'first-fit')!;
      // first-fit hands the same subnets out again every cycle: complete at once
      expect(ff.period).not.toBeNull();
      // round-robin: a period of thousands of cycles, and no shortcut
      expect(rr.period).toBeNull();
      expect(rr.cyclesSimulated).toBeLessThan(1_000_000);
      const inc = report.findings.filter((f) => f.rule === 'simulation-incomplete');
      expect(inc).toHaveLength(1);
      expect(inc[0]).toMatchObject({ severity: 'error', host: 'app-1', model: 'round-robin', cycle: rr.cyclesSimulated + 1 });
      expect(inc[0].message).toContain(`answered ${rr.cyclesSimulated.toLocaleString('en-US')} of the 1,000,000 redeploys`);
      expect(inc[0].message).toContain('work budget');
      // a simulation cut short is "not checked" (README: Not checked is never green): outcome config-error
      expect(outcomeOf(report)).toBe('config-error');
      expect(badgeFor(report).message).not.toMatch(/safe/i);
      expect(verdict(report).text).not.toMatch(/safe/i);
    },
    HANG_GUARD,
  );

  it('is never clean, "safe" or green with the finding suppressed', () => {
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'subnet-guard', version: '0' },
      cycles: 1000,
      hosts: [],
      findings: [{ rule: 'simulation-incomplete', severity: 'error', message: 'stopped', host: 'app-1', suppressed: true }],
    };
    expect(outcomeOf(report)).toBe('findings');
    expect(badgeFor(report)).toMatchObject({ message: 'incomplete', color: 'lightgrey' });
    expect(verdict(report).level).not.toBe('clean');
    expect(verdict(report).text).not.toMatch(/safe/i);
  });
});

describe('pinned networks inside the pools', () => {
  it(
    'answers for 1,000 pinned networks with one watching simulation per host, as a replay per network would',
    () => {
      const files = pinnedInPools(1000);
      const { report, context } = check(new MemoryReader(files));
      const race = report.findings.filter((f) => f.rule === 'pinned-pool-race');
      const of = (network: string) => race.filter((f) => f.message.includes(`network ${network} `));
      // one finding per pinned network and engine model, the two models' merged into one when they say the
      // same (src/rules/models.ts): every pinned network has one finding, or one per model
      for (let i = 0; i < 1000; i++) expect([1, 2]).toContain(of(`app_p${String(i).padStart(5, '0')}`).length);
      expect(report.findings.filter((f) => f.rule === 'simulation-incomplete')).toEqual([]);
      // the replay the rule used to run for each network (created last), for a sample of them
      for (const i of [0, 1, 255, 256, 511, 999]) {
        const network = `app_p${String(i).padStart(5, '0')}`;
        const subnet = prefix(`172.${18 + (i >> 8)}.${i & 255}.0/24`);
        const expected = context.hosts.map((hc) => {
          const replay = simulateHost({ ...hc.sim.input, createLast: new Set([network]), cycles: hc.sim.cycles });
          return { model: hc.behaviour.model, lost: firstPoolOverlap(replay, network, subnet, hc.behaviour.model) };
        });
        expect(expected).toHaveLength(2);
        const severity = (e: (typeof expected)[number]) => (e.lost ? 'warning' : 'note');
        const mine = of(network);
        if (severity(expected[0]!) === severity(expected[1]!)) {
          // merged: one finding without a model, at the earlier redeploy, naming both models
          expect(mine).toHaveLength(1);
          expect(mine[0]!.model).toBeUndefined();
          expect(mine[0]!.severity).toBe(severity(expected[0]!));
          const cycles = expected.filter((e) => e.lost).map((e) => e.lost!.state.cycle);
          if (cycles.length > 0) expect(mine[0]!.cycle).toBe(Math.min(...cycles));
        } else {
          for (const e of expected) {
            const f = mine.filter((x) => x.model === e.model);
            expect(f).toHaveLength(1);
            expect(f[0]!.severity).toBe(severity(e));
            if (e.lost) {
              expect(f[0]).toMatchObject({ cycle: e.lost.state.cycle });
              if (e.lost.blocker) expect(f[0]!.message).toContain(`(${e.lost.blocker.subnet})`);
            }
          }
        }
      }
    },
    HANG_GUARD,
  );
});

describe('host routes', () => {
  it(
    'skips 2^28 route-rejected candidates of a /2 pool split into /31 in one step',
    () => {
      const { report } = check(new MemoryReader(routeRejectedPool()), { timeline: 2 });
      const [h] = report.hosts;
      // 0.0.0.0/3 covers the first 2^28 candidates; the next ones are 32.0.0.0/31, 32.0.0.2/31, …
      expect(h.boot).toEqual([{ project: null, network: 'bridge', subnet: '32.0.0.0/31' }]);
      expect(h.cycles.map((c) => c.allocations.map((a) => a.subnet))).toEqual([['32.0.0.2/31'], ['32.0.0.4/31']]);
      expect(rules(report.findings)).not.toContain('simulation-incomplete:error');
    },
    HANG_GUARD,
  );

  it(
    'holds 2^27 route-rejected candidates of overlapping pools (0.0.0.0/2 at /30, then at /31) in one step',
    () => {
      const { report } = check(new MemoryReader(overlappingRouteRejectedPools()), { timeline: 2 });
      const [h] = report.hosts;
      // 0.0.0.0/3 covers the first 2^27 /30s; the next ones are 32.0.0.0/30, 32.0.0.4/30, …
      expect(h.boot).toEqual([{ project: null, network: 'bridge', subnet: '32.0.0.0/30' }]);
      expect(h.cycles.map((c) => c.allocations.map((a) => a.subnet))).toEqual([['32.0.0.4/30'], ['32.0.0.8/30']]);
      expect(rules(report.findings)).not.toContain('simulation-incomplete:error');
    },
    HANG_GUARD,
  );

  it(
    'stops, and says so, when overlapping pools make the requests hold more runs of rejected candidates than the work budget',
    () => {
      const { report } = check(new MemoryReader(overlappingPoolsPinnedInRoute(1024, 200)), { timeline: 1 });
      const found = rules(report.findings);
      // 200 requests × 1,024 runs between the pinned networks: not answered, and not reported as answered
      expect(found).toContain('simulation-incomplete:error');
      expect(found).not.toContain('pool-exhaustion:error');
      const f = report.findings.find((x) => x.rule === 'simulation-incomplete')!;
      expect(f.message).toContain('answered 0 of the');
      expect(f.message).toContain('routes and nameservers');
      expect(outcomeOf(report)).not.toBe('clean');
      // the same input with fewer requests is answered: each of the 20 finds no candidate left
      const small = check(new MemoryReader(overlappingPoolsPinnedInRoute(1024, 20)), { timeline: 1 }).report;
      expect(rules(small.findings)).not.toContain('simulation-incomplete:error');
      expect(rules(small.findings)).toContain('pool-exhaustion:error');
    },
    HANG_GUARD,
  );

  it(
    'gives 5,000 networks subnets clear of 10,000 routes (the load limit), on both engine models',
    () => {
      const files = routesTimesNetworks(10_000, 5_000);
      const { report } = check(new MemoryReader(files), { timeline: 1 });
      const routes = [...files['network-inventory.yaml'].matchAll(/- (10\.[\d.]+\/32)/g)].map((m) => prefix(m[1]));
      expect(routes).toHaveLength(10_000);
      expect(report.hosts).toHaveLength(2);
      for (const h of report.hosts) {
        const got = h.cycles[0].allocations.filter((a) => a.project !== null).map((a) => prefix(a.subnet));
        expect(got).toHaveLength(5_000);
        expect(new Set(got.map(formatPrefix)).size).toBe(5_000);
        // routes are every third /32 from 10.0.0.0 on: sorted, so one pass checks every pair that could meet
        const sorted = [...got].sort((a, b) => (a.addr as number) - (b.addr as number));
        let r = 0;
        for (const p of sorted) {
          while (r < routes.length && (routes[r].addr as number) < (p.addr as number)) r++;
          for (const k of [r - 1, r, r + 1]) if (k >= 0 && k < routes.length) expect(overlaps(p, routes[k])).toBe(false);
        }
      }
    },
    HANG_GUARD,
  );
});
