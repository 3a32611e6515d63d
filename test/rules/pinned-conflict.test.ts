import { describe, expect, it } from 'vitest';
import { pinnedConflict } from '../../src/rules/pinned-conflict.js';
import { at, context, daemon, host, project, run } from './helpers.js';

describe('pinned-conflict', () => {
  const cases: { name: string; hosts: ReturnType<typeof host>; expect: { at: string; cycle: number; includes: string[] }[] }[] = [
    {
      name: 'reports the project brought up second when two projects pin the same subnet',
      hosts: host([
        project('alpha', [{ key: 'net', subnets: ['10.50.0.0/24'] }]),
        project('beta', [{ key: 'net', subnets: ['10.50.0.0/24'] }]),
      ]),
      expect: [
        {
          at: 'beta/compose.yaml:12',
          cycle: 1,
          includes: [
            'network beta_net of project beta (10.50.0.0/24)',
            'network alpha_net of project alpha (10.50.0.0/24) at alpha/compose.yaml:12',
            '"Pool overlaps with other one on this address space"',
          ],
        },
      ],
    },
    {
      name: 'a persistent project comes up first, so the cycling one fails',
      hosts: host([
        project('app', [{ key: 'net', subnets: ['10.50.1.0/24'] }]),
        project('proxy', [{ key: 'edge', subnets: ['10.50.0.0/16'] }], { lifecycle: 'persistent' }),
      ]),
      expect: [{ at: 'app/compose.yaml:12', cycle: 1, includes: ['project app', 'fails on its first `up`'] }],
    },
    {
      name: 'two networks of one project: whichever Compose creates second is refused',
      hosts: host([
        project('app', [
          { key: 'a', subnets: ['10.50.0.0/16'] },
          { key: 'b', subnets: ['10.50.1.0/24'] },
        ]),
      ]),
      expect: [{ at: 'app/compose.yaml:22', cycle: 1, includes: ['random order'] }],
    },
    {
      name: "a compose subnet inside docker0's bip",
      hosts: host([project('app', [{ key: 'net', subnets: ['10.60.5.0/24'] }])], { daemon: daemon({ bip: '10.60.0.1/16' }) }),
      expect: [{ at: 'app/compose.yaml:12', cycle: 1, includes: ['docker0 (daemon.json "bip" 10.60.0.1/16) at deploy/daemon.json:20'] }],
    },
    {
      name: 'quotes the Engine ≥ 27 wording on first-fit engines',
      hosts: host(
        [project('alpha', [{ key: 'net', subnets: ['10.50.0.0/24'] }]), project('beta', [{ key: 'net', subnets: ['10.50.0.0/25'] }])],
        { engine: '27.3' },
      ),
      expect: [
        { at: 'beta/compose.yaml:12', cycle: 1, includes: ['"invalid pool request: Pool overlaps with other one on this address space"'] },
      ],
    },
    {
      name: 'passes one network shared by name between projects',
      hosts: host([
        project('alpha', [{ key: 'edge', name: 'edge', subnets: ['10.50.0.0/24'] }]),
        project('beta', [{ key: 'edge', name: 'edge', subnets: ['10.50.0.0/24'] }]),
      ]),
      expect: [],
    },
    {
      name: 'passes a bridge and an overlay network (separate address spaces)',
      hosts: host([
        project('alpha', [{ key: 'net', subnets: ['10.50.0.0/24'] }]),
        project('beta', [{ key: 'mesh', driver: 'overlay', subnets: ['10.50.0.0/24'] }]),
      ]),
      expect: [],
    },
    {
      name: 'passes neighbouring subnets',
      hosts: host([
        project('alpha', [{ key: 'net', subnets: ['10.50.0.0/24'] }]),
        project('beta', [{ key: 'net', subnets: ['10.50.1.0/24'] }]),
      ]),
      expect: [],
    },
    {
      name: 'reports once per host even with two engine models',
      hosts: host(
        [project('alpha', [{ key: 'net', subnets: ['10.50.0.0/24'] }]), project('beta', [{ key: 'net', subnets: ['10.50.0.0/24'] }])],
        { engine: 'unknown' },
      ),
      expect: [{ at: 'beta/compose.yaml:12', cycle: 1, includes: [] }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(pinnedConflict, context(c.hosts));
      expect(found.map((f) => ({ at: at(f), cycle: f.cycle }))).toEqual(c.expect.map((e) => ({ at: e.at, cycle: e.cycle })));
      c.expect.forEach((e, i) => {
        expect(found[i].severity).toBe('error');
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }
});
