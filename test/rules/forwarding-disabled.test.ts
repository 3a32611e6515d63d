import { describe, expect, it } from 'vitest';
import { forwardingDisabled } from '../../src/rules/forwarding-disabled.js';
import { at, context, daemon, host, project, run } from './helpers.js';

describe('forwarding-disabled', () => {
  const web = project('app', [{ key: 'default' }], { published: ['web'] });
  const quiet = project('worker');
  const cases: { name: string; hosts: ReturnType<typeof host>; expect: { at: string; includes: string[] }[] }[] = [
    {
      name: '"ip-forward": false with a published port is reported at the setting',
      hosts: host([web], { daemon: daemon({ ipForward: false }) }),
      expect: [
        {
          at: 'deploy/daemon.json:24',
          includes: ['"ip-forward": false', 'service web of project app (app/compose.yaml:3) publishes ports', 'dropped'],
        },
      ],
    },
    {
      name: '"iptables": false with a published port is reported at the setting',
      hosts: host([web], { daemon: daemon({ iptables: false }) }),
      expect: [{ at: 'deploy/daemon.json:25', includes: ['"iptables": false', 'no NAT rules'] }],
    },
    {
      name: 'both settings give two findings',
      hosts: host([quiet, web], { daemon: daemon({ ipForward: false, iptables: false }) }),
      expect: [
        { at: 'deploy/daemon.json:24', includes: [] },
        { at: 'deploy/daemon.json:25', includes: [] },
      ],
    },
    {
      name: 'passes when no project publishes ports',
      hosts: host([quiet], { daemon: daemon({ ipForward: false, iptables: false }) }),
      expect: [],
    },
    {
      name: 'passes "ip-forward": true',
      hosts: host([web], { daemon: daemon({ ipForward: true, iptables: true }) }),
      expect: [],
    },
    {
      name: 'passes when daemon.json does not mention them',
      hosts: host([web]),
      expect: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(forwardingDisabled, context(c.hosts));
      expect(found.map(at)).toEqual(c.expect.map((e) => e.at));
      c.expect.forEach((e, i) => {
        expect(found[i].severity).toBe('error');
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }
});
