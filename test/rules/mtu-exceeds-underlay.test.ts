import { describe, expect, it } from 'vitest';
import { mtuExceedsUnderlay } from '../../src/rules/mtu-exceeds-underlay.js';
import { at, context, daemon, host, project, run } from './helpers.js';

const MTU = 'com.docker.network.driver.mtu';
// docker-ipam.md §6: docker0 uses daemon.json "mtu", user networks the driver option, then
// default-network-opts (Engine ≥ 24), else 1500. Overlay containers get the option − 50; the option is
// the size of the VXLAN packets on the underlay.
describe('mtu-exceeds-underlay', () => {
  const tuned = daemon({ mtu: 1442 });
  const cases: { name: string; hosts: ReturnType<typeof host>; expect: { at: string; includes: string[] }[] }[] = [
    {
      name: 'a default network on a Geneve underlay (1442) has 1500 and hangs downloads',
      hosts: host([project('app')], { underlayMtu: 1442, daemon: tuned }),
      expect: [
        {
          at: 'app/compose.yaml:10',
          includes: [
            'underlay MTU 1442',
            "network app_default of project app has MTU 1500 (Docker's default)",
            'TLS handshakes and package downloads',
            `${MTU}: "1442"`,
            '"default-network-opts"',
          ],
        },
      ],
    },
    {
      name: 'docker0 without "mtu" is reported at the inventory\'s underlay-mtu',
      hosts: host([project('app', [{ key: 'default', mtu: 1442 }])], { underlayMtu: 1442 }),
      expect: [{ at: 'network-inventory.yaml:13', includes: ['docker0 has MTU 1500', 'set "mtu": 1442 in daemon.json'] }],
    },
    {
      name: 'docker0 with a too-large "mtu" is reported at that value',
      hosts: host([project('app', [{ key: 'default', mtu: 1400 }])], { underlayMtu: 1442, daemon: daemon({ mtu: 1500 }) }),
      expect: [{ at: 'deploy/daemon.json:23', includes: ['docker0 has MTU 1500 (daemon.json "mtu")'] }],
    },
    {
      name: 'a too-large driver option is reported at the option',
      hosts: host([project('app', [{ key: 'default', mtu: 1450 }])], { underlayMtu: 1442, daemon: tuned }),
      expect: [{ at: 'app/compose.yaml:11', includes: [`has MTU 1450 (its driver option ${MTU})`] }],
    },
    {
      name: 'default-network-opts is applied from Engine 24',
      hosts: host([project('app')], {
        engine: '24.0.7',
        underlayMtu: 1442,
        daemon: daemon({ mtu: 1442, defaultNetworkOpts: { bridge: { [MTU]: '1442' } } }),
      }),
      expect: [],
    },
    {
      name: 'default-network-opts is ignored before Engine 24',
      hosts: host([project('app')], {
        engine: '23.0.6',
        underlayMtu: 1442,
        daemon: daemon({ mtu: 1442, defaultNetworkOpts: { bridge: { [MTU]: '1442' } } }),
      }),
      expect: [{ at: 'app/compose.yaml:10', includes: ["has MTU 1500 (Docker's default)"] }],
    },
    {
      name: 'a too-large default-network-opts value is reported there',
      hosts: host([project('app')], {
        engine: '26.1',
        underlayMtu: 1442,
        daemon: daemon({ mtu: 1442, defaultNetworkOpts: { bridge: { [MTU]: '1500' } } }),
      }),
      expect: [{ at: 'deploy/daemon.json:30', includes: ['daemon.json default-network-opts', 'under default-network-opts.bridge'] }],
    },
    {
      name: 'an overlay with the default option sends 1500-byte VXLAN packets',
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { underlayMtu: 1442, daemon: tuned }),
      expect: [
        {
          at: 'svc/compose.yaml:10',
          includes: ['containers get MTU 1450', 'packets of 1500 bytes', `${MTU}: "1442"`, 'containers then get MTU 1392'],
        },
      ],
    },
    {
      name: 'an overlay whose option leaves containers at the underlay MTU still overflows it',
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay', mtu: 1492 }])], { underlayMtu: 1442, daemon: tuned }),
      expect: [{ at: 'svc/compose.yaml:11', includes: ['containers get MTU 1442', 'packets of 1492 bytes'] }],
    },
    {
      name: 'an overlay set to the underlay MTU passes',
      hosts: host([project('svc', [{ key: 'mesh', driver: 'overlay', mtu: 1442 }])], { underlayMtu: 1442, daemon: tuned }),
      expect: [],
    },
    {
      name: 'passes a 1500 underlay',
      hosts: host([project('app')], { underlayMtu: 1500 }),
      expect: [],
    },
    {
      name: 'passes when the inventory gives no underlay MTU',
      hosts: host([project('app')]),
      expect: [],
    },
    {
      name: 'skips docker0 with "bridge": "none" and macvlan networks (they take the parent\'s MTU)',
      hosts: host([project('app', [{ key: 'lan', driver: 'macvlan' }])], { underlayMtu: 1442, daemon: daemon({ bridgeNone: true }) }),
      expect: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(mtuExceedsUnderlay, context(c.hosts));
      expect(found.map(at)).toEqual(c.expect.map((e) => e.at));
      c.expect.forEach((e, i) => {
        expect(found[i].severity).toBe('error');
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }
});
