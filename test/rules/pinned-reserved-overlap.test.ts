import { describe, expect, it } from 'vitest';
import { pinnedReservedOverlap } from '../../src/rules/pinned-reserved-overlap.js';
import { at, context, daemon, host, project, run } from './helpers.js';

const OPS_VPC: [string, string] = ['172.31.0.0/16', 'ops VPC'];

describe('pinned-reserved-overlap', () => {
  const cases: {
    name: string;
    hosts: ReturnType<typeof host>;
    reserved?: [string, string][];
    expect: { at: string; cycle: number; includes: string[] }[];
  }[] = [
    {
      name: 'reports a compose subnet inside a reserved range at the subnet line, on the first up',
      hosts: host([project('app', [{ key: 'backend', subnets: ['172.31.5.0/24'] }])]),
      reserved: [OPS_VPC],
      expect: [
        { at: 'app/compose.yaml:12', cycle: 1, includes: ['pins 172.31.5.0/24', 'reserved 172.31.0.0/16 (ops VPC)', 'on the first `up`'] },
      ],
    },
    {
      name: 'a persistent project collides when it comes up at boot',
      hosts: host([project('proxy', [{ key: 'edge', subnets: ['172.31.0.0/16'] }], { lifecycle: 'persistent' })]),
      reserved: [OPS_VPC],
      expect: [{ at: 'proxy/compose.yaml:12', cycle: 0, includes: ['when the project comes up at boot'] }],
    },
    {
      name: 'reports a supernet of the reserved range too',
      hosts: host([project('app', [{ key: 'backend', subnets: ['172.16.0.0/12'] }])]),
      reserved: [OPS_VPC],
      expect: [{ at: 'app/compose.yaml:12', cycle: 1, includes: ['pins 172.16.0.0/12'] }],
    },
    {
      name: 'reports bip at its daemon.json line, and not fixed-cidr inside it as well',
      hosts: host([project('app')], { daemon: daemon({ bip: '192.168.1.1/24', fixedCidr: '192.168.1.128/25' }) }),
      reserved: [['192.168.0.0/16', 'database VPC']],
      expect: [{ at: 'deploy/daemon.json:20', cycle: 0, includes: ['"bip" 192.168.1.1/24', 'database VPC', 'when dockerd starts'] }],
    },
    {
      name: 'reports fixed-cidr alone when bip is clear',
      hosts: host([project('app')], { daemon: daemon({ bip: '10.99.0.1/16', fixedCidr: '172.31.0.0/24' }) }),
      reserved: [OPS_VPC],
      expect: [{ at: 'deploy/daemon.json:21', cycle: 0, includes: ['"fixed-cidr" 172.31.0.0/24'] }],
    },
    {
      name: "reports a subnet on the host's own on-link route (Docker never checks pinned subnets against routes)",
      hosts: host([project('app', [{ key: 'backend', subnets: ['10.20.0.0/16'] }])], { routes: ['10.20.0.0/24'] }),
      expect: [{ at: 'app/compose.yaml:12', cycle: 1, includes: ['on-link route 10.20.0.0/24 of host app-1', 'loses it'] }],
    },
    {
      name: "reports a subnet that covers the host's nameserver",
      hosts: host([project('app', [{ key: 'backend', subnets: ['10.20.0.0/24'] }])], { nameservers: ['10.20.0.2'] }),
      expect: [{ at: 'app/compose.yaml:12', cycle: 1, includes: ['nameserver 10.20.0.2', 'name resolution stops'] }],
    },
    {
      name: 'passes a subnet clear of every reserved range',
      hosts: host([project('app', [{ key: 'backend', subnets: ['10.99.0.0/24'] }])], { routes: ['10.20.0.0/24'] }),
      reserved: [OPS_VPC],
      expect: [],
    },
    {
      name: 'passes an external network (its subnet is not created here)',
      hosts: host([project('app', [{ key: 'shared', external: true, subnets: ['172.31.0.0/24'] }])]),
      reserved: [OPS_VPC],
      expect: [],
    },
    {
      name: 'reports once per host, not once per engine model',
      hosts: host([project('app', [{ key: 'backend', subnets: ['172.31.5.0/24'] }])], { engine: 'unknown' }),
      reserved: [OPS_VPC],
      expect: [{ at: 'app/compose.yaml:12', cycle: 1, includes: [] }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(pinnedReservedOverlap, context(c.hosts, { reserved: c.reserved }));
      expect(found.map((f) => ({ at: at(f), cycle: f.cycle }))).toEqual(c.expect.map((e) => ({ at: e.at, cycle: e.cycle })));
      c.expect.forEach((e, i) => {
        expect(found[i].severity).toBe('error');
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }

  it('suggests the first free same-size subnet outside the reserved ranges and the pools', () => {
    // avoided: 172.31.0.0/16 (reserved), 172.17–31/16 and 192.168.0.0/16 (built-in pools): the first
    // /24 in the preferred order (10.200.0.0/13 first) is free
    const [f] = run(
      pinnedReservedOverlap,
      context(host([project('app', [{ key: 'backend', subnets: ['172.31.5.0/24'] }])]), { reserved: [OPS_VPC] }),
    );
    expect(f.message).toContain('e.g. 10.200.0.0/24');
  });

  it('does not suggest a subnet that a reserved range or route covers', () => {
    const [f] = run(
      pinnedReservedOverlap,
      context(host([project('app', [{ key: 'backend', subnets: ['172.31.5.0/24'] }])], { routes: ['10.200.0.0/24'] }), {
        reserved: [OPS_VPC, ['10.200.1.0/24', 'vpn']],
      }),
    );
    expect(f.message).toContain('e.g. 10.200.2.0/24');
  });
});
