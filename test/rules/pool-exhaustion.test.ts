import { describe, expect, it } from 'vitest';
import { poolExhaustion } from '../../src/rules/pool-exhaustion.js';
import { at, context, daemon, host, netLine, project, run, type NetSpec } from './helpers.js';

const nets = (n: number): NetSpec[] => Array.from({ length: n }, (_, i) => ({ key: `n${String(i).padStart(2, '0')}` }));
const V4_26 = 'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network';
const V6_26 = 'could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network';
const FF = 'all predefined address pools have been fully subnetted';

// The built-in local pools hold 31 subnets (docker-ipam.md §1.1); docker0 takes one, so 30 networks fit.
describe('pool-exhaustion', () => {
  const cases: { name: string; hosts: ReturnType<typeof host>; expect: { at: string; cycle: number; includes: string[] }[] }[] = [
    {
      name: 'the 31st network of a project fails on Engine 26 with its error quoted',
      hosts: host([project('big', nets(31))], { engine: '26.1' }),
      expect: [
        { at: `big/compose.yaml:${netLine(30)}`, cycle: 1, includes: [`"${V4_26}"`, '32 networks (docker0 included)', 'only 31 subnets'] },
      ],
    },
    {
      name: 'the same on Engine 28 with its own wording',
      hosts: host([project('big', nets(31))], { engine: '28.2' }),
      expect: [{ at: `big/compose.yaml:${netLine(30)}`, cycle: 1, includes: [`"${FF}"`] }],
    },
    {
      name: 'passes 30 networks next to docker0',
      hosts: host([project('big', nets(30))], { engine: '26.1' }),
      expect: [],
    },
    {
      name: 'two on-link routes take two candidates: the 29th network fails (run: 20.10.24)',
      hosts: host([project('big', nets(29))], { engine: '20.10.24', routes: ['172.18.0.0/16', '172.19.0.0/16'] }),
      expect: [{ at: `big/compose.yaml:${netLine(28)}`, cycle: 1, includes: ['30 networks (docker0 included)', 'only 29 subnets'] }],
    },
    {
      name: 'a persistent project fills the pools at boot',
      hosts: host([project('keep', nets(29), { lifecycle: 'persistent' }), project('app', nets(2))], { engine: '26.1' }),
      expect: [{ at: `app/compose.yaml:${netLine(1)}`, cycle: 1, includes: ['project app'] }],
    },
    {
      name: 'a tiny default-address-pools block holds docker0 and one network',
      hosts: host([project('app', nets(2))], { engine: '26.1', daemon: daemon({ pools: [['10.10.0.0/23', 24]] }) }),
      expect: [{ at: `app/compose.yaml:${netLine(1)}`, cycle: 1, includes: ['only 2 subnets'] }],
    },
    {
      name: 'enable_ipv6 without a subnet fails on Engine 26 without an IPv6 pool',
      hosts: host([project('app', [{ key: 'v6', ipv6: true }])], { engine: '26.1' }),
      expect: [{ at: `app/compose.yaml:${netLine(0)}`, cycle: 1, includes: [`"${V6_26}"`, 'IPv6 base'] }],
    },
    {
      name: 'enable_ipv6 is fine on Engine 27 (a ULA /48 is built in)',
      hosts: host([project('app', [{ key: 'v6', ipv6: true }])], { engine: '27.1' }),
      expect: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(poolExhaustion, context(c.hosts));
      expect(found.map((f) => ({ at: at(f), cycle: f.cycle }))).toEqual(c.expect.map((e) => ({ at: e.at, cycle: e.cycle })));
      c.expect.forEach((e, i) => {
        expect(found[i].severity).toBe('error');
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }
});
