import { describe, expect, it } from 'vitest';
import { proposeFix } from '../../src/fix/index.js';
import { capacityFor, hostUla, localDemand, poolBlocks } from '../../src/fix/synthesise.js';
import type { Finding } from '../../src/model.js';
import { formatPrefix } from '../../src/net/prefix.js';
import { runRules } from '../../src/rules/index.js';
import type { HostCheck, RuleContext } from '../../src/rules/rule.js';
import { context, daemon, host, project } from '../rules/helpers.js';

const none = (f: Finding[]) => f;

function fixFor(hcs: HostCheck[], opts: Parameters<typeof context>[1] = {}) {
  const ctx: RuleContext = context(hcs, opts);
  const findings = runRules(ctx);
  return { findings, fix: proposeFix(ctx, hcs, findings, none) };
}

describe('sizing', () => {
  it('asks for twice the networks alive at once, and at least 16 spare', () => {
    expect(capacityFor(2)).toBe(18);
    expect(capacityFor(40)).toBe(80);
  });

  it('prefers one /16 of /24s, and a larger block when 256 networks are not enough', () => {
    expect(poolBlocks([], 18)?.map(formatPrefix)).toEqual(['10.200.0.0/16']);
    expect(poolBlocks([], 402)?.map(formatPrefix)).toEqual(['10.200.0.0/15']);
  });

  it('counts docker0 and the networks Docker allocates, not pinned ones', () => {
    const [hc] = host([project('a', [{ key: 'x' }, { key: 'y', subnets: ['10.9.0.0/24'] }]), project('b')]);
    expect(localDemand(hc)).toBe(3);
    const [withBip] = host([project('b')], { daemon: daemon({ bip: '10.9.9.1/24' }) });
    expect(localDemand(withBip)).toBe(1);
  });

  it('derives a stable ULA /48 per host', () => {
    expect(hostUla('app-1')).toMatch(/^fd[0-9a-f]{2}:[0-9a-f]{4}:[0-9a-f]{4}::\/48$/);
    expect(hostUla('app-1')).toBe(hostUla('app-1'));
    expect(hostUla('app-2')).not.toBe(hostUla('app-1'));
  });
});

describe('proven fixes', () => {
  it('moves the pools clear of reserved ranges, routes, nameservers and pinned subnets', () => {
    // 10.200.0.0/16 holds the host route, 10.201.0.0/16 a pinned subnet: 10.202.0.0/16 is the first free /16
    const { fix } = fixFor(
      host([project('app', [{ key: 'default' }, { key: 'db', subnets: ['10.201.5.0/24'] }])], {
        routes: ['10.200.0.0/24'],
        nameservers: ['10.203.0.2'],
      }),
      {
        reserved: [['172.31.0.0/16', 'ops VPC']],
      },
    );
    expect(fix?.daemonJson).toEqual({ 'default-address-pools': [{ base: '10.202.0.0/16', size: 24 }] });
  });

  it('proves the fix under both models when the engine is unknown', () => {
    const { findings, fix } = fixFor(host([project('app')], { engine: 'unknown' }), { reserved: [['172.18.0.0/16', 'office']] });
    // both models collide on redeploy 1: one finding that says so (issue 14), proven under both
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('(Engine ≤ 26 and ≥ 27)');
    expect(fix?.daemonJson).toEqual({ 'default-address-pools': [{ base: '10.200.0.0/16', size: 24 }] });
  });

  it('moves docker0 off a reserved range with a new bip (and fixed-cidr) next to the new pools', () => {
    // bip 192.168.1.1/24 sits in the database VPC; the app's network later walks into 192.168.16.0/20 too
    const { fix } = fixFor(host([project('app')], { daemon: daemon({ bip: '192.168.1.1/24', fixedCidr: '192.168.1.0/25' }) }), {
      reserved: [['192.168.0.0/16', 'database VPC']],
    });
    expect(fix?.daemonJson).toEqual({
      'default-address-pools': [{ base: '10.200.0.0/16', size: 24 }],
      bip: '10.201.0.1/24',
      'fixed-cidr': '10.201.0.0/24',
    });
  });

  it('re-pins the second of two conflicting subnets and leaves daemon.json alone', () => {
    const { fix } = fixFor(
      host([project('alpha', [{ key: 'net', subnets: ['10.50.0.0/24'] }]), project('beta', [{ key: 'net', subnets: ['10.50.0.0/24'] }])]),
    );
    expect(fix).toEqual({
      daemonJson: {},
      compose: [
        {
          project: 'beta',
          network: 'beta_net',
          key: 'net',
          file: 'beta/compose.yaml',
          line: 12,
          subnet: '10.200.0.0/24',
          replaces: '10.50.0.0/24',
        },
      ],
    });
  });

  it('adds an IPv6 ULA pool when a network enables IPv6 without a subnet on Engine 26', () => {
    const { fix } = fixFor(host([project('app', [{ key: 'v6', ipv6: true }])], { name: 'app-1' }));
    expect(fix?.daemonJson).toEqual({
      'default-address-pools': [
        { base: '10.200.0.0/16', size: 24 },
        { base: hostUla('app-1'), size: 64 },
      ],
    });
  });

  it('re-creates the swarm with its own pool, or pins the overlay, when only the swarm pool collides (daemon.json cannot move it)', () => {
    // the swarm pool is 10.0.0.0/8 (ingress 10.0.0.0/24, the overlay 10.0.1.0/24), the built-in local pools 172.17–31 and 192.168
    const { fix } = fixFor(host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { swarm: true }), {
      reserved: [['10.0.1.0/24', 'corp LAN']],
    });
    expect(fix).toEqual({
      daemonJson: {},
      swarm: {
        defaultAddrPool: ['10.200.0.0/16'],
        subnetSize: 24,
        command: 'docker swarm init --default-addr-pool 10.200.0.0/16 --default-addr-pool-mask-length 24',
      },
      alternative: {
        compose: [{ project: 'svc', network: 'svc_mesh', key: 'mesh', file: 'svc/compose.yaml', line: 10, subnet: '172.16.0.0/24' }],
      },
    });
  });

  it('offers only the swarm re-created when the ingress itself collides (no pin moves it)', () => {
    const { fix } = fixFor(host([project('svc', [{ key: 'mesh', driver: 'overlay' }])], { swarm: true }), {
      reserved: [['10.0.0.0/16', 'corp LAN']],
    });
    expect(fix).toEqual({
      daemonJson: {},
      swarm: {
        defaultAddrPool: ['10.200.0.0/16'],
        subnetSize: 24,
        command: 'docker swarm init --default-addr-pool 10.200.0.0/16 --default-addr-pool-mask-length 24',
      },
    });
  });

  it('sets the MTU in the compose file where the engine predates default-network-opts', () => {
    const { fix } = fixFor(host([project('app')], { engine: '23.0.6', underlayMtu: 1442, daemon: daemon({ mtu: 1442 }) }));
    expect(fix).toEqual({
      daemonJson: {},
      compose: [{ project: 'app', network: 'app_default', key: 'default', file: 'app/compose.yaml', line: 10, mtu: 1442 }],
    });
  });

  it('offers pinned subnets per network as an alternative to the daemon.json block', () => {
    const { fix } = fixFor(host([project('app', [{ key: 'default' }, { key: 'jobs' }])]), { reserved: [['172.31.0.0/16', 'ops VPC']] });
    expect(fix?.alternative?.compose.map((c) => [c.network, c.subnet])).toEqual([
      ['app_default', '10.200.0.0/24'],
      ['app_jobs', '10.200.1.0/24'],
    ]);
  });

  it('proposes nothing when every private range is reserved', () => {
    const { fix } = fixFor(host([project('app')]), {
      reserved: [
        ['10.0.0.0/8', 'corp'],
        ['172.16.0.0/12', 'corp'],
        ['192.168.0.0/16', 'corp'],
      ],
    });
    expect(fix).toBeNull();
  });

  it('proposes nothing for a host without findings', () => {
    expect(fixFor(host([project('app')], { engine: '27.1' }), { reserved: [['172.31.0.0/16', 'ops VPC']] }).fix).toBeNull();
  });
});
