import { describe, expect, it } from 'vitest';
import { daemonPoolReserved } from '../../src/rules/daemon-pool-reserved.js';
import { at, context, daemon, host, project, run } from './helpers.js';

// pools 10.10.0.0/16 at /24 (docker-ipam.md §1.3, §2.1): docker0 takes 10.10.0.0/24, redeploy c gives the
// project 10.10.c.0/24 on Engine 26, so a reserved 10.10.5.0/24 is reached on redeploy 5. On Engine 28
// (first-fit) the project gets 10.10.1.0/24 on every redeploy and never reaches it.
const pools = daemon({ pools: [['10.10.0.0/16', 24]] });
const VPN: [string, string] = ['10.10.5.0/24', 'site-to-site VPN'];

describe('daemon-pool-reserved', () => {
  const cases: {
    name: string;
    hosts: ReturnType<typeof host>;
    cycles?: number;
    reserved: [string, string][];
    expect: { severity: string; cycle: number | undefined; includes: string[] }[];
  }[] = [
    {
      name: 'is an error when a redeploy within N reaches the reserved part (redeploy 5)',
      hosts: host([project('app')], { engine: '26.1', daemon: pools }),
      reserved: [VPN],
      expect: [
        {
          severity: 'error',
          cycle: 5,
          includes: ['base 10.10.0.0/16 overlaps reserved 10.10.5.0/24 (site-to-site VPN)', 'on redeploy 5', 'gets 10.10.5.0/24'],
        },
      ],
    },
    {
      name: 'is a warning naming the redeploy when it lies beyond N',
      hosts: host([project('app')], { engine: '26.1', daemon: pools, cycles: 4 }),
      cycles: 4,
      reserved: [VPN],
      expect: [{ severity: 'warning', cycle: 5, includes: ['no redeploy within the 4 checked', 'redeploy 5 would'] }],
    },
    {
      name: 'is a warning when the current projects never reach it (Engine 28)',
      hosts: host([project('app')], { engine: '28.0', daemon: pools }),
      reserved: [VPN],
      expect: [{ severity: 'warning', cycle: undefined, includes: ['never reach it'] }],
    },
    {
      name: 'reports docker0 when it lands on the reserved part at daemon start',
      hosts: host([project('app')], { engine: '26.1', daemon: pools }),
      reserved: [['10.10.0.0/24', 'old LAN']],
      expect: [{ severity: 'error', cycle: 0, includes: ['at daemon start', 'docker0 gets 10.10.0.0/24'] }],
    },
    {
      name: 'passes pools clear of the reserved ranges',
      hosts: host([project('app')], { engine: '26.1', daemon: daemon({ pools: [['10.20.0.0/16', 24]] }) }),
      reserved: [VPN],
      expect: [],
    },
    {
      name: "passes Docker's built-in pools (reserved-collision covers them)",
      hosts: host([project('app')], { engine: '26.1' }),
      reserved: [['172.31.0.0/16', 'ops VPC']],
      expect: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(daemonPoolReserved, context(c.hosts, { reserved: c.reserved, cycles: c.cycles }));
      expect(found.map((f) => ({ severity: f.severity, cycle: f.cycle }))).toEqual(
        c.expect.map((e) => ({ severity: e.severity, cycle: e.cycle })),
      );
      c.expect.forEach((e, i) => {
        expect(at(found[i])).toBe('deploy/daemon.json:3');
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }
});
