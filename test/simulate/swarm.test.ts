// Swarm nodes in the inventory, end to end through check(): ingress and docker_gwbridge at swarm init,
// overlay networks from the swarm pools, stack naming, the overlay-without-swarm warning, and the fix
// that re-creates the swarm with its own pool. The expected subnets are what the live daemons did
// (docs/swarm.md; test/conformance/swarm.test.ts replays random scenarios against them).
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { MemoryReader } from '../../src/load/reader.js';
import { SimDaemon } from '../../src/engine/daemon.js';

const APP = [
  'services:',
  '  web:',
  '    image: nginx',
  '    networks: [backend]',
  'networks:',
  '  backend:',
  '    driver: overlay',
  '',
].join('\n');

function inventory(host: string[], reserved = ['  - cidr: 10.0.5.0/24', '    name: partner VPN']): string {
  return [
    'version: 1',
    reserved.length ? 'reserved:' : 'reserved: []',
    ...reserved,
    'hosts:',
    '  - name: swarm-1',
    ...host.map((l) => `    ${l}`),
    '    projects:',
    '      - path: app',
    '',
  ].join('\n');
}

function run(inv: string, files: Record<string, string> = { 'app/compose.yaml': APP }, cycles = 20) {
  return check(new MemoryReader({ 'network-inventory.yaml': inv, ...files }), { cycles, timeline: 6 });
}

describe('a swarm manager in the inventory', () => {
  it('puts the one redeployed overlay of the issue on reserved 10.0.5.0/24 on redeploy 5 (ingress took 10.0.0.0/24) and proves a swarm fix', () => {
    const { report } = run(inventory(['engine: "20.10.24"', 'swarm:', '  role: manager']));
    const h = report.hosts[0];
    expect(h.boot).toEqual([
      { project: null, network: 'bridge', subnet: '172.17.0.0/16' },
      { project: null, network: 'docker_gwbridge', subnet: '172.18.0.0/16' },
      { project: null, network: 'ingress', subnet: '10.0.0.0/24' },
    ]);
    expect(h.cycles.map((c) => c.allocations.map((a) => a.subnet).join())).toEqual([
      '10.0.1.0/24',
      '10.0.2.0/24',
      '10.0.3.0/24',
      '10.0.4.0/24',
      '10.0.5.0/24',
      '10.0.6.0/24',
    ]);
    expect(h.firstCollision).toMatchObject({ cycle: 5, network: 'app_backend', subnet: '10.0.5.0/24' });
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cycle])).toEqual([['reserved-collision', 5]]);
    // the fix re-creates the swarm; no daemon.json block (it cannot move overlays)
    expect(h.fix?.daemonJson).toEqual({});
    expect(h.fix?.swarm?.command).toMatch(/^docker swarm init --default-addr-pool \S+ --default-addr-pool-mask-length 24$/);
    // and it holds when the inventory says the swarm was initialised that way
    const [pool] = h.fix!.swarm!.defaultAddrPool;
    const fixed = run(inventory(['engine: "20.10.24"', 'swarm:', '  role: manager', `  default-addr-pool: [${pool}]`]), undefined, 1000);
    expect(fixed.report.hosts[0].firstCollision).toBeNull();
    expect(fixed.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('walks round-robin on 26.1 as on 20.10, and first-fit on 28 keeps the overlay on 10.0.1.0/24', () => {
    const rr = run(inventory(['engine: "26.1.5"', 'swarm: {}']));
    expect(rr.report.hosts[0].firstCollision?.cycle).toBe(5);
    const ff = run(inventory(['engine: "28.5.2"', 'swarm: {}']), undefined, 1000);
    expect(ff.report.hosts[0].cycles.map((c) => c.allocations[0].subnet)).toEqual(Array(6).fill('10.0.1.0/24'));
    expect(ff.report.hosts[0].firstCollision).toBeNull();
  });

  it('cuts ingress and overlays from default-addr-pool at subnet-size, in the order given (≤ 26) or sorted (≥ 27)', () => {
    const pools = ['swarm:', '  default-addr-pool: [10.30.0.0/16, 10.20.0.0/16]', '  subnet-size: 26'];
    const rr = run(inventory(['engine: "20.10.24"', ...pools], []));
    expect(rr.report.hosts[0].boot.find((a) => a.network === 'ingress')?.subnet).toBe('10.30.0.0/26');
    expect(rr.report.hosts[0].cycles[0].allocations[0].subnet).toBe('10.30.0.64/26');
    const ff = run(inventory(['engine: "28.5.2"', ...pools], []));
    expect(ff.report.hosts[0].boot.find((a) => a.network === 'ingress')?.subnet).toBe('10.20.0.0/26');
  });

  it('ignores subnet-size without default-addr-pool, as the daemon does (ingress stays 10.0.0.0/24)', () => {
    const r = run(inventory(['engine: "26.1.5"', 'swarm:', '  subnet-size: 25'], []));
    expect(r.report.hosts[0].boot.find((a) => a.network === 'ingress')?.subnet).toBe('10.0.0.0/24');
  });

  it('moves every compose bridge network by one pool: docker_gwbridge took 172.18.0.0/16', () => {
    const files = { 'app/compose.yaml': ['services:', '  web:', '    image: nginx', ''].join('\n') };
    const plain = run(inventory(['engine: "26.1"'], ['  - cidr: 172.19.0.0/16']), files);
    const swarm = run(inventory(['engine: "26.1"', 'swarm: {}'], ['  - cidr: 172.19.0.0/16']), files);
    expect(plain.report.hosts[0].firstCollision?.cycle).toBe(2);
    expect(swarm.report.hosts[0].firstCollision?.cycle).toBe(1);
  });

  it('a hand-made docker_gwbridge (gwbridge-subnet) takes no pool', () => {
    const files = { 'app/compose.yaml': ['services:', '  web:', '    image: nginx', ''].join('\n') };
    const r = run(inventory(['engine: "26.1"', 'swarm:', '  gwbridge-subnet: 10.99.0.0/16'], []), files);
    expect(r.report.hosts[0].boot.find((a) => a.network === 'docker_gwbridge')?.subnet).toBe('10.99.0.0/16');
    expect(r.report.hosts[0].cycles[0].allocations[0].subnet).toBe('172.18.0.0/16');
  });

  it("names a stack deploy's networks <stack>_<key> and makes them overlay networks", () => {
    const files = { 'app/compose.yaml': ['services:', '  web:', '    image: nginx', ''].join('\n') };
    const inv = inventory(['engine: "20.10.24"', 'swarm: {}'], []).replace(
      '      - path: app\n',
      '      - path: app\n        stack: shop\n',
    );
    const r = run(inv, files);
    expect(r.report.hosts[0].cycles[0].allocations).toEqual([{ project: 'shop', network: 'shop_default', subnet: '10.0.1.0/24' }]);
  });
});

describe('a host without swarm:', () => {
  it('warns about each overlay network instead of guessing its subnet', () => {
    const { report } = run(inventory(['engine: "26.1"'], ['  - cidr: 10.0.0.0/8']));
    expect(report.hosts[0].firstCollision).toBeNull();
    expect(report.hosts[0].cycles[0].allocations).toEqual([]);
    const w = report.findings.filter((f) => f.rule === 'overlay-without-swarm');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', file: 'app/compose.yaml', line: 6, host: 'swarm-1' });
    expect(w[0].message).toContain('not predicted');
  });
});

describe('restarts', () => {
  it("a manager's restart sends the swarm cursor back to 0; a worker's leaves it (the allocator runs on the managers)", () => {
    for (const [role, expected] of [
      ['manager', '10.0.1.0/24'],
      ['worker', '10.0.4.0/24'],
    ] as const) {
      const d = new SimDaemon({ engine: '26.1.5', swarm: { role } });
      for (const n of ['o1', 'o2', 'o3']) d.create(n, { driver: 'overlay' });
      d.remove('o1');
      d.restart();
      expect(d.create('o4', { driver: 'overlay' }), role).toEqual({ ok: true, subnets: [expected] });
    }
  });
});

describe('leader changes', () => {
  it('start the swarm walk over (leader-change-every): one overlay then cycles 10.0.1–3 and never reaches 10.0.5', () => {
    const every3 = run(inventory(['engine: "26.1.5"', 'swarm:', '  leader-change-every: 3']), undefined, 1000);
    expect(every3.report.hosts[0].cycles.map((c) => c.allocations[0].subnet)).toEqual([
      '10.0.1.0/24',
      '10.0.2.0/24',
      '10.0.3.0/24',
      '10.0.1.0/24',
      '10.0.2.0/24',
      '10.0.3.0/24',
    ]);
    expect(every3.report.hosts[0].firstCollision).toBeNull();
    expect(every3.report.hosts[0].period?.length).toBe(3);
    const every5 = run(inventory(['engine: "26.1.5"', 'swarm:', '  leader-change-every: 5']), undefined, 1000);
    expect(every5.report.hosts[0].firstCollision?.cycle).toBe(5);
  });

  it('leave local networks alone (only the swarm cursor starts over)', () => {
    const d = new SimDaemon({ engine: '26.1.5', swarm: { role: 'manager' } });
    d.create('a');
    d.remove('a');
    d.leaderChange();
    expect(d.create('b')).toEqual({ ok: true, subnets: ['172.20.0.0/16'] });
  });
});

describe('the swarm: entry', () => {
  it('refuses a pool smaller than subnet-size, IPv6 pools and host bits, on their line', () => {
    const bad = (lines: string[]) => {
      try {
        run(inventory(['engine: "26.1"', 'swarm:', ...lines]));
      } catch (e) {
        if (e instanceof ConfigError) return `${e.pos?.line}: ${e.message}`;
        throw e;
      }
      return 'accepted';
    };
    expect(bad(['  default-addr-pool: [10.20.0.0/28]'])).toMatch(/^9: .*smaller than the subnets/);
    expect(bad(['  default-addr-pool: [fd00::/48]'])).toMatch(/^9: .*IPv6/);
    expect(bad(['  default-addr-pool: [10.20.1.0/16]'])).toMatch(/^9: .*host bits.*10\.20\.0\.0\/16/);
    expect(bad(['  role: leader'])).toMatch(/^9: .*manager, worker/);
    expect(bad(['  subnet-size: 30'])).toMatch(/^9: .*at most 29/);
  });
});
