import { describe, expect, it } from 'vitest';
import { pinnedPoolRace } from '../../src/rules/pinned-pool-race.js';
import { at, context, daemon, host, project, run } from './helpers.js';

// A project with a pinned `db` and a dynamic `web`. Engine 26 (docker-ipam.md §2.1, 2.4): docker0 takes
// 172.17.0.0/16 (cursor → 1); each up creates db (explicit, never moves the cursor) and web from the
// cursor: redeploy 1 → 172.18, 2 → 172.19, 3 → the cursor stands on 172.20.0.0/16, which db's
// 172.20.0.0/24 blocks. Had web been created first on redeploy 3, it would have taken 172.20.0.0/16 and db
// would have failed: the race first becomes possible on redeploy 3.
const raceProject = (subnet: string) => project('app', [{ key: 'db', subnets: [subnet] }, { key: 'web' }]);

describe('pinned-pool-race', () => {
  const cases: {
    name: string;
    hosts: ReturnType<typeof host>;
    cycles?: number;
    expect: { at: string; severity: string; cycle: number | undefined; includes: string[] }[];
  }[] = [
    {
      name: 'first becomes possible on redeploy 3 when the walk reaches the pinned pool (Engine 26)',
      hosts: host([raceProject('172.20.0.0/24')], { engine: '26.1' }),
      expect: [
        {
          at: 'app/compose.yaml:12',
          severity: 'warning',
          cycle: 3,
          includes: [
            'On redeploy 3 and later',
            "inside Docker's built-in pool 172.20.0.0/16",
            '"Pool overlaps with other one on this address space"',
            'network app_web of project app (172.20.0.0/16)',
          ],
        },
      ],
    },
    {
      name: 'is a note when the race lies beyond the redeploys checked',
      hosts: host([raceProject('172.20.0.0/24')], { engine: '26.1', cycles: 2 }),
      cycles: 2,
      expect: [{ at: 'app/compose.yaml:12', severity: 'note', cycle: 3, includes: ['redeploy 3, beyond the 2 checked'] }],
    },
    {
      name: 'on Engine 27 the lowest free pool is taken on every up: a pin on it races from the first up',
      hosts: host([raceProject('172.18.0.0/24')], { engine: '27.1' }),
      expect: [
        {
          at: 'app/compose.yaml:12',
          severity: 'warning',
          cycle: 1,
          includes: ['"invalid pool request: Pool overlaps with other one on this address space"'],
        },
      ],
    },
    {
      name: 'on Engine 27 a pin above what first-fit reaches is only a note',
      hosts: host([raceProject('172.20.0.0/24')], { engine: '27.1' }),
      expect: [
        { at: 'app/compose.yaml:12', severity: 'note', cycle: undefined, includes: ['no network created without a subnet reaches it'] },
      ],
    },
    {
      name: 'is an error when a network of a project that came up earlier already holds the pool',
      // proxy (persistent) gets 172.18.0.0/16 at boot; app's pinned 172.18.0.0/24 fails on its first up
      hosts: host(
        [project('proxy', [{ key: 'default' }], { lifecycle: 'persistent' }), project('app', [{ key: 'db', subnets: ['172.18.0.0/24'] }])],
        { engine: '26.1' },
      ),
      expect: [
        {
          at: 'app/compose.yaml:12',
          severity: 'error',
          cycle: 1,
          includes: ['network proxy_default of project proxy (172.18.0.0/16) already holds it'],
        },
      ],
    },
    {
      name: 'races inside custom default-address-pools too',
      // pools 10.10.0.0/16 at /24: docker0 10.10.0.0/24, web 10.10.1.0/24, 10.10.2.0/24, then 10.10.3.0/24 = db's
      hosts: host([raceProject('10.10.3.0/24')], { engine: '26.1', daemon: daemon({ pools: [['10.10.0.0/16', 24]] }) }),
      expect: [
        {
          at: 'app/compose.yaml:12',
          severity: 'warning',
          cycle: 3,
          includes: ['the default-address-pools entry 10.10.0.0/16 (split into /24)'],
        },
      ],
    },
    {
      name: 'races in the swarm pool for overlay networks',
      // global cursor: swarm init → ingress 10.0.0.0/24; redeploy 1 → mesh 10.0.1.0/24; redeploy 2 the cursor stands on 10.0.2.0/24 = the pin
      hosts: host(
        [
          project('svc', [
            { key: 'pinned', driver: 'overlay', subnets: ['10.0.2.0/24'] },
            { key: 'mesh', driver: 'overlay' },
          ]),
        ],
        { engine: '26.1', swarm: true },
      ),
      expect: [{ at: 'svc/compose.yaml:22', severity: 'warning', cycle: 2, includes: ['the swarm pool 10.0.0.0/8'] }],
    },
    {
      name: 'passes a pin outside the pools',
      hosts: host([raceProject('10.99.0.0/24')], { engine: '26.1' }),
      expect: [],
    },
    {
      name: 'passes a pin handed out by a plugin IPAM driver',
      hosts: host([project('app', [{ key: 'db', subnets: ['172.20.0.0/24'], ipamDriver: 'infoblox' }, { key: 'web' }])], {
        engine: '26.1',
      }),
      expect: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(pinnedPoolRace, context(c.hosts, { cycles: c.cycles }));
      expect(found.map((f) => ({ at: at(f), severity: f.severity, cycle: f.cycle }))).toEqual(
        c.expect.map((e) => ({ at: e.at, severity: e.severity, cycle: e.cycle })),
      );
      c.expect.forEach((e, i) => {
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }
});
