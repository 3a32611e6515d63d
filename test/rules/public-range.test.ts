import { describe, expect, it } from 'vitest';
import { publicRange } from '../../src/rules/public-range.js';
import { at, context, daemon, host, project, run } from './helpers.js';

describe('public-range', () => {
  const cases: {
    name: string;
    hosts: ReturnType<typeof host>;
    allowCgnat?: boolean;
    expect: { at: string; severity: string; includes: string[] }[];
  }[] = [
    {
      name: 'reports a pinned subnet on internet addresses, suggesting a private one',
      hosts: host([project('app', [{ key: 'net', subnets: ['8.8.8.0/24'] }])]),
      expect: [
        {
          at: 'app/compose.yaml:12',
          severity: 'error',
          includes: ['pins 8.8.8.0/24', 'outside private address space', 'e.g. 10.200.0.0/24'],
        },
      ],
    },
    {
      name: 'reports a bip just past 172.16.0.0/12',
      hosts: host([project('app')], { daemon: daemon({ bip: '172.32.0.1/16' }) }),
      expect: [{ at: 'deploy/daemon.json:20', severity: 'error', includes: ['"bip" 172.32.0.1/16'] }],
    },
    {
      name: 'reports a pool base that is only partly private',
      hosts: host([project('app')], { daemon: daemon({ pools: [['172.0.0.0/8', 16]] }) }),
      expect: [{ at: 'deploy/daemon.json:3', severity: 'error', includes: ['default-address-pools base 172.0.0.0/8 lies outside'] }],
    },
    {
      name: 'reports 100.64.0.0/10 when the inventory does not allow it',
      hosts: host([project('app')], { daemon: daemon({ pools: [['100.64.0.0/16', 24]] }) }),
      expect: [{ at: 'deploy/daemon.json:3', severity: 'error', includes: ['carrier-grade NAT', 'cgnat-is-private: true'] }],
    },
    {
      name: 'passes 100.64.0.0/10 when the inventory allows it',
      hosts: host([project('app')], { daemon: daemon({ pools: [['100.64.0.0/16', 24]] }) }),
      allowCgnat: true,
      expect: [],
    },
    {
      name: 'passes every RFC 1918 range exactly',
      hosts: host([
        project('app', [
          { key: 'a', subnets: ['10.0.0.0/8'] },
          { key: 'b', subnets: ['172.16.0.0/12'] },
          { key: 'c', subnets: ['192.168.0.0/16'] },
        ]),
      ]),
      expect: [],
    },
    {
      name: 'warns about IPv6 outside fc00::/7 (right only when the prefix is routed here)',
      hosts: host([project('app', [{ key: 'v6', subnets: ['2001:db8:1::/64'] }])]),
      expect: [{ at: 'app/compose.yaml:12', severity: 'warning', includes: ['unique local'] }],
    },
    {
      name: 'passes IPv6 unique local addresses',
      hosts: host([project('app', [{ key: 'v6', subnets: ['fd12:3456:789a::/64'] }])]),
      expect: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(publicRange, context(c.hosts, { allowCgnat: c.allowCgnat }));
      expect(found.map((f) => ({ at: at(f), severity: f.severity }))).toEqual(c.expect.map((e) => ({ at: e.at, severity: e.severity })));
      c.expect.forEach((e, i) => {
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }
});
