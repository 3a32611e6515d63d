import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/compose.js';
import { MemoryReader } from '../../src/load/reader.js';
import { unsetVariable } from '../../src/rules/unset-variable.js';
import type { HostProject } from '../../src/simulate/host.js';
import { at, context, host, run } from './helpers.js';

// compose-networks.md §7: an unset variable becomes its default (`:-`) or "" plus a warning; the finding
// must say which variable a subnet, a network name or an MTU came from.
function loaded(compose: string, environment: Record<string, string> = {}): HostProject {
  const reader = new MemoryReader({ 'app/compose.yaml': compose });
  return { project: loadProject({ reader, files: ['app/compose.yaml'], environment }), lifecycle: 'cycling' };
}

const SUBNET = `name: mail
services:
  postfix:
    image: postfix
    networks: [mailnet]
networks:
  mailnet:
    ipam:
      config:
        - subnet: \${IPV4_NETWORK:-172.22.1}.0/24
`;

const NAME = `services:
  web:
    image: nginx
    networks: [edge]
networks:
  edge:
    name: \${EDGE_NETWORK:-edge}
`;

const MTU = `services:
  web:
    image: nginx
networks:
  default:
    driver_opts:
      com.docker.network.driver.mtu: \${NET_MTU}
`;

const IMAGE_ONLY = `services:
  web:
    image: nginx:\${TAG}
`;

describe('unset-variable', () => {
  const cases: { name: string; project: () => HostProject; expect: { at: string; includes: string[] }[] }[] = [
    {
      name: 'a subnet from ${IPV4_NETWORK:-172.22.1} with the variable unset names the variable and the default used',
      project: () => loaded(SUBNET),
      expect: [
        {
          at: 'app/compose.yaml:10',
          includes: ['the subnet 172.22.1.0/24 of network mail_mailnet', '$IPV4_NETWORK', 'its default was used'],
        },
      ],
    },
    {
      name: 'passes the same subnet when the variable is set',
      project: () => loaded(SUBNET, { IPV4_NETWORK: '10.99.1' }),
      expect: [],
    },
    {
      name: 'a network name from an unset variable',
      project: () => loaded(NAME),
      expect: [{ at: 'app/compose.yaml:7', includes: ['the name edge of network edge', '$EDGE_NETWORK'] }],
    },
    {
      name: 'an MTU from an unset variable without default (Compose substitutes "")',
      project: () => loaded(MTU),
      expect: [{ at: 'app/compose.yaml:7', includes: ['the MTU of network app_default', '$NET_MTU', 'empty string'] }],
    },
    {
      name: 'passes unset variables elsewhere (an image tag decides no subnet)',
      project: () => loaded(IMAGE_ONLY),
      expect: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = run(unsetVariable, context(host([c.project()])));
      expect(found.map(at)).toEqual(c.expect.map((e) => e.at));
      c.expect.forEach((e, i) => {
        expect(found[i].severity).toBe('warning');
        for (const s of e.includes) expect(found[i].message).toContain(s);
      });
    });
  }
});
