import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ComposeNetwork, ComposeProject } from '../../src/model.js';
import { behavioursFor } from '../../src/engine/versions.js';
import { SimDaemon } from '../../src/engine/daemon.js';
import { cycleAt, simulateHost, type HostProject, type SimulationInput } from '../../src/simulate/host.js';
import { formatPrefix } from '../../src/net/prefix.js';

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
const show = (s: { allocations: { network: string; subnets: any[] }[]; failures: { network: string; error: string }[] }) =>
  [
    ...s.allocations.map((a) => `${a.network}=${a.subnets.map(formatPrefix).join('+')}`),
    ...s.failures.map((f) => `${f.network}!${f.error}`),
  ].join(' ');

describe('period detection', () => {
  it('answers every cycle exactly as a cycle-by-cycle replay does', () => {
    fc.assert(
      fc.property(
        fc.record({
          engine: fc.constantFrom('20.10.24', '20.10.10', '26.1', '27.1', '28.2'),
          pools: fc.option(
            fc.array(
              fc.record({
                third: fc.integer({ min: 0, max: 3 }),
                bits: fc.integer({ min: 20, max: 23 }),
                size: fc.integer({ min: 23, max: 25 }),
              }),
              { minLength: 1, maxLength: 3 },
            ),
            { nil: undefined },
          ),
          cycling: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
          persistent: fc.integer({ min: 0, max: 2 }),
          restartEvery: fc.integer({ min: 0, max: 7 }),
          route: fc.option(fc.constantFrom('172.20.0.0/16', '10.0.4.0/24', '192.168.32.0/20'), { nil: undefined }),
          bridgeNone: fc.boolean(),
        }),
        (g) => {
          const projects: HostProject[] = [];
          for (let i = 0; i < g.persistent; i++)
            projects.push({ project: project(`keep${i}`, [net(`keep${i}`, 'default')]), lifecycle: 'persistent' });
          g.cycling.forEach((n, i) => {
            const nets = Array.from({ length: n }, (_, k) => net(`app${i}`, `n${k}`));
            projects.push({ project: project(`app${i}`, nets), lifecycle: 'cycling' });
          });
          const pools = g.pools?.map((p) => ({ base: `10.${p.third}.0.0/${p.bits}`, size: Math.max(p.size, p.bits) }));
          const base: SimulationInput = {
            host: 'h',
            behaviour: behavioursFor(g.engine)[0],
            setup: { defaultAddressPools: pools, bridgeNone: g.bridgeNone, routes: g.route ? [{ cidr: g.route, onLink: true }] : [] },
            projects,
            cycles: 400,
            restartEvery: g.restartEvery,
          };
          const fast = simulateHost(base);
          const slow = simulateHost({ ...base, detectPeriod: false });
          expect(slow.window).toHaveLength(400);
          for (let c = 1; c <= 400; c++) expect(show(cycleAt(fast, c))).toBe(show(slow.window[c - 1]));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds the 31-redeploy period of the built-in pools on Engine 26', () => {
    const r = simulateHost({
      host: 'h',
      behaviour: behavioursFor('26.1')[0],
      setup: {},
      projects: [{ project: project('app', [net('app', 'default')]), lifecycle: 'cycling' }],
      cycles: 1_000_000_000,
      restartEvery: 0,
    });
    // docker0 holds 172.17; the walk visits the other 30 candidates, then repeats
    expect(r.period?.length).toBe(30);
    expect(formatPrefix(cycleAt(r, 14).allocations[0].subnets[0])).toBe('172.31.0.0/16');
    expect(formatPrefix(cycleAt(r, 1_000_000_000).allocations[0].subnets[0])).toBe(
      formatPrefix(cycleAt(r, ((1_000_000_000 - 1) % 30) + 1).allocations[0].subnets[0]),
    );
  });

  it('copies the cycles of a state that a cycle leaves as it is, up to the next restart, instead of replaying them', () => {
    // first-fit hands the same subnets back after every down: between two restarts every cycle is the same
    const input: SimulationInput = {
      host: 'h',
      behaviour: behavioursFor('27.1')[0],
      setup: { defaultAddressPools: [{ base: '10.9.0.0/16', size: 24 }] },
      projects: [{ project: project('app', [net('app', 'a'), net('app', 'b')]), lifecycle: 'cycling' }],
      cycles: 400,
      restartEvery: 50,
    };
    const create = vi.spyOn(SimDaemon.prototype, 'createPrefixes');
    try {
      const fast = simulateHost(input);
      const replayed = create.mock.calls.length;
      create.mockClear();
      const slow = simulateHost({ ...input, detectPeriod: false });
      expect(create.mock.calls.length).toBe(2 * 400);
      // replayed: cycle 1, cycle 2 (found to change nothing: 3 … 50 are copies), and cycle 51 after the
      // first restart, whose state and restart phase are those of cycle 1 (a replay of every cycle: 51)
      expect(replayed).toBe(2 * 3);
      expect(fast.window).toHaveLength(51);
      for (let c = 1; c <= 400; c++) expect(show(cycleAt(fast, c))).toBe(show(slow.window[c - 1]));
    } finally {
      create.mockRestore();
    }
  });
});
