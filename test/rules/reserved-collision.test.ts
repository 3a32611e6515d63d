import { describe, expect, it } from 'vitest';
import { reservedCollision } from '../../src/rules/reserved-collision.js';
import { at, context, daemon, host, project, run } from './helpers.js';

const OPS_VPC: [string, string] = ['172.31.0.0/16', 'ops VPC'];

// docker-ipam.md §2.1: docker0 takes 172.17.0.0/16, then each redeploy of a one-network project walks
// one pool on: redeploy c gets 172.(17+c).0.0/16 — 172.31.0.0/16 on redeploy 14.
describe('reserved-collision', () => {
  const cases: {
    name: string;
    hosts: ReturnType<typeof host>;
    reserved: [string, string][];
    cycles?: number;
    expect: { cycle: number; at: string; model: string; includes?: string }[];
  }[] = [
    {
      name: 'walks onto the peered VPC on redeploy 14 on Engine 26',
      hosts: host([project('app')], { engine: '26.1' }),
      reserved: [OPS_VPC],
      expect: [{ cycle: 14, at: 'app/compose.yaml:10', model: 'round-robin', includes: '172.31.0.0/16' }],
    },
    {
      name: 'walks onto the peered VPC on redeploy 14 on Engine 20.10',
      hosts: host([project('app')], { engine: '20.10.24' }),
      reserved: [OPS_VPC],
      expect: [{ cycle: 14, at: 'app/compose.yaml:10', model: 'round-robin' }],
    },
    {
      name: 'never reaches it on Engine 27 (first-fit keeps 172.18.0.0/16)',
      hosts: host([project('app')], { engine: '27.1' }),
      reserved: [OPS_VPC],
      expect: [],
    },
    {
      name: 'collides on the first up on Engine 27 when the range is the first free pool',
      hosts: host([project('app')], { engine: '27.1' }),
      reserved: [['172.18.0.0/16', 'office']],
      expect: [{ cycle: 1, at: 'app/compose.yaml:10', model: 'first-fit' }],
    },
    {
      name: 'checks both models when the engine is unknown',
      hosts: host([project('app')], { engine: 'unknown' }),
      reserved: [['172.18.0.0/16', 'office']],
      expect: [
        { cycle: 1, at: 'app/compose.yaml:10', model: 'round-robin' },
        { cycle: 1, at: 'app/compose.yaml:10', model: 'first-fit' },
      ],
    },
    {
      name: 'is not reached within 13 redeploys',
      hosts: host([project('app')], { engine: '26.1', cycles: 13 }),
      reserved: [OPS_VPC],
      cycles: 13,
      expect: [],
    },
    {
      name: 'reports docker0 at daemon start when it lands on the range',
      hosts: host([project('app')], { engine: '26.1' }),
      reserved: [['172.17.0.0/16', 'legacy LAN']],
      expect: [{ cycle: 0, at: 'network-inventory.yaml:8', model: 'round-robin', includes: 'docker0' }],
    },
    {
      name: 'leaves docker0 with a bip to pinned-reserved-overlap',
      hosts: host([project('app', [{ key: 'default', subnets: ['10.99.0.0/24'] }])], {
        engine: '26.1',
        daemon: daemon({ bip: '172.17.0.1/16' }),
      }),
      reserved: [['172.17.0.0/16', 'legacy LAN']],
      expect: [],
    },
    {
      name: 'leaves pinned subnets to pinned-reserved-overlap',
      hosts: host([project('app', [{ key: 'default', subnets: ['172.31.5.0/24'] }])], { engine: '26.1' }),
      reserved: [OPS_VPC],
      expect: [],
    },
    {
      name: 'does not report a range Docker avoids because it is an on-link route',
      hosts: host([project('app')], { engine: '26.1', routes: ['172.31.0.0/16'] }),
      reserved: [OPS_VPC],
      expect: [],
    },
    {
      name: 'reports an overlay network taking the second /24 of the swarm pool (swarm init gave the first to ingress)',
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { engine: '26.1', swarm: true }),
      reserved: [['10.0.1.0/24', 'corp LAN']],
      expect: [{ cycle: 1, at: 'svc/compose.yaml:10', model: 'round-robin', includes: 'swarm pool' }],
    },
    {
      name: 'reports the one overlay of a round-robin swarm on a reserved /24 at the redeploy its walk reaches it',
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { engine: '20.10.24', swarm: true }),
      reserved: [['10.0.5.0/24', 'partner VPN']],
      expect: [{ cycle: 5, at: 'svc/compose.yaml:10', model: 'round-robin', includes: '10.0.5.0/24' }],
    },
    {
      name: 'reports the swarm ingress on a reserved range at daemon start, on the swarm entry',
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { engine: '28.5', swarm: true }),
      reserved: [['10.0.0.0/16', 'corp LAN']],
      expect: [{ cycle: 0, at: 'network-inventory.yaml:14', model: 'first-fit', includes: 'ingress' }],
    },
    {
      name: 'reports docker_gwbridge (local pools) on a reserved range at daemon start',
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { engine: '26.1', swarm: true }),
      reserved: [['172.18.0.0/16', 'lab']],
      expect: [{ cycle: 0, at: 'network-inventory.yaml:14', model: 'round-robin', includes: 'docker_gwbridge' }],
    },
    {
      name: 'does not predict (nor report) an overlay on a host without swarm:',
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { engine: '26.1' }),
      reserved: [['10.0.0.0/8', 'corp']],
      expect: [],
    },
    {
      name: "reports an overlay network on the host's own on-link route (overlays skip the route check)",
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { engine: '26.1', routes: ['10.0.1.0/24'], swarm: true }),
      reserved: [],
      expect: [{ cycle: 1, at: 'svc/compose.yaml:10', model: 'round-robin', includes: 'on-link route 10.0.1.0/24' }],
    },
    {
      name: 'a bridge network on the same host never takes that on-link route',
      hosts: host([project('svc')], { engine: '26.1', routes: ['10.0.0.0/24'], daemon: daemon({ pools: [['10.0.0.0/16', 24]] }) }),
      reserved: [],
      expect: [],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const found = run(reservedCollision, context(c.hosts, { reserved: c.reserved, cycles: c.cycles }));
      expect(found.map((f) => ({ cycle: f.cycle, at: at(f), model: f.model }))).toEqual(
        c.expect.map(({ cycle, at, model }) => ({ cycle, at, model })),
      );
      c.expect.forEach((e, i) => {
        expect(found[i].severity).toBe('error');
        if (e.includes) expect(found[i].message).toContain(e.includes);
      });
    });
  }

  it('says when, what, where and how to fix in the message', () => {
    const [f] = run(reservedCollision, context(host([project('app')], { engine: '26.1' }), { reserved: [OPS_VPC] }));
    expect(f.message).toContain('On redeploy 14');
    expect(f.message).toContain('network app_default of project app gets 172.31.0.0/16');
    expect(f.message).toContain('ops VPC');
    expect(f.message).toContain('default-address-pools');
    expect(f).toMatchObject({ file: 'app/compose.yaml', line: 10, column: 3, endLine: 10, host: 'app-1' });
  });
});
