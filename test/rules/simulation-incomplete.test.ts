import { describe, expect, it } from 'vitest';
import { simulationIncomplete } from '../../src/rules/simulation-incomplete.js';
import { simulateHost } from '../../src/simulate/host.js';
import type { HostCheck } from '../../src/rules/rule.js';
import { at, context, daemon, host, project, run, type NetSpec } from './helpers.js';

const nets = (n: number): NetSpec[] => Array.from({ length: n }, (_, i) => ({ key: `n${String(i).padStart(2, '0')}` }));

/**
 * The host checks again with other simulation budgets, and without the ring (src/engine/ring.ts), which
 * would answer these one-network walks after two redeploys: they stand for the walks no shortcut helps.
 */
function budget(hcs: HostCheck[], b: { maxWork?: number; maxWindow?: number }): HostCheck[] {
  return hcs.map((hc) => ({ ...hc, sim: simulateHost({ ...hc.sim.input, ...b, rotation: false }) }));
}

// 10.10.0.0/16 split into /24: 256 candidates. One network redeployed walks one candidate per cycle on
// Engine ≤ 26, so its walk repeats after 255 cycles (docker0 holds one); on Engine ≥ 27 it repeats at once.
const walk = () => host([project('app', nets(1))], { engine: 'unknown', daemon: daemon({ pools: [['10.10.0.0/16', 24]] }) });

describe('simulation-incomplete', () => {
  it('says nothing when every simulation reached its period or the cycles asked for', () => {
    expect(run(simulationIncomplete, context(walk()))).toEqual([]);
  });

  it('says nothing when the budget is reached exactly as the cycles asked for are', () => {
    const hcs = budget(host([project('app', nets(1))], { engine: '26.1', cycles: 20, daemon: daemon({ pools: [['10.10.0.0/16', 24]] }) }), {
      maxWork: 20,
    });
    expect(hcs[0].sim.window).toHaveLength(20);
    expect(run(simulationIncomplete, context(hcs))).toEqual([]);
  });

  it('names the host, the redeploys answered and the work budget when the walk outlasts it (round-robin only)', () => {
    const found = run(simulationIncomplete, context(budget(walk(), { maxWork: 100 })));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', host: 'app-1', model: 'round-robin', cycle: 101 });
    expect(at(found[0])).toBe('network-inventory.yaml:8');
    expect(found[0].message).toContain('answered 100 of the 1,000 redeploys');
    expect(found[0].message).toContain('work budget of 100 network creations');
    expect(found[0].message).toContain('Redeploys 101 to 1,000 were not checked');
  });

  it('names the cycle limit when that is what stopped it', () => {
    const found = run(simulationIncomplete, context(budget(walk(), { maxWindow: 30 })));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('answered 30 of the 1,000 redeploys');
    expect(found[0].message).toContain('limit of 30 simulated redeploys');
  });

  it('counts a network whose subnets are all pinned as an eighth of a dynamic one', () => {
    const pinned: NetSpec[] = Array.from({ length: 16 }, (_, i) => ({
      key: `p${String(i).padStart(2, '0')}`,
      subnets: [`10.99.${i}.0/24`],
    }));
    // 16 pinned + 1 dynamic: 3 units a cycle, so a budget of 60 answers 20 cycles
    const hcs = budget(
      host([project('app', [...pinned, { key: 'zz' }])], { engine: '26.1', daemon: daemon({ pools: [['10.10.0.0/16', 24]] }) }),
      { maxWork: 60 },
    );
    expect(hcs[0].sim.window).toHaveLength(20);
    expect(run(simulationIncomplete, context(hcs))[0].message).toContain('answered 20 of');
  });
});
