import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { SimDaemon } from '../../src/engine/daemon.js';
import { MemoryReader } from '../../src/load/reader.js';
import { ulaForEngineId } from '../../src/net/pools.js';

// Engine ≥ 27 derives the ULA /48 of its IPv6 networks from the engine ID (docker-ipam.md §5).
describe('the ULA /48 of an engine ID', () => {
  it.each([
    ['', 'fd42:98fc:1c14::/48'], // the empty ID (moby's own test vector)
    ['499d4bc0-b0b3-416f-b1ee-cf6486315593', 'fd62:fb69:18af::/48'], // moby's test vector
    ['cfabfba2-9576-45e4-9c03-8fc8e1d308fb', 'fd1f:1e0c:7f71::/48'], // seen live on 28.5.2 (docker info ID, then network create --ipv6)
  ])('%j → %s', (id, ula) => {
    expect(ulaForEngineId(id)).toBe(ula);
  });

  it('is where a first-fit daemon with that ID puts IPv6 networks, /64 after /64', () => {
    const d = new SimDaemon({ engine: '28.5.2', engineId: 'cfabfba2-9576-45e4-9c03-8fc8e1d308fb' });
    expect(d.create('a', { ipv6: true })).toEqual({ ok: true, subnets: ['172.18.0.0/16', 'fd1f:1e0c:7f71::/64'] });
    expect(d.create('b', { ipv6: true })).toEqual({ ok: true, subnets: ['172.19.0.0/16', 'fd1f:1e0c:7f71:1::/64'] });
  });
});

describe('IPv6 networks of a host on Engine ≥ 27', () => {
  const tree = (engineId?: string) =>
    new MemoryReader({
      'app/compose.yaml':
        'services:\n  web:\n    image: x\n    networks: [a, b]\nnetworks:\n  a:\n    enable_ipv6: true\n  b:\n    enable_ipv6: true\n',
      'network-inventory.yaml': `hosts:\n  - name: h\n    engine: "28.5.2"\n${engineId ? `    engine-id: ${engineId}\n` : ''}    projects:\n      - path: app\n`,
    });
  const v6 = (engineId?: string) =>
    check(tree(engineId), { timeline: 1, cycles: 2 })
      .report.hosts[0].cycles[0].allocations.filter((a) => a.subnet.includes(':'))
      .map((a) => a.subnet)
      .sort();

  it("without engine-id: only the position inside the host's /48, never the empty ID's /48 as if known", () => {
    expect(v6()).toEqual(['fdxx:xxxx:xxxx:1::/64', 'fdxx:xxxx:xxxx::/64']);
  });

  it('with engine-id: the exact prefixes', () => {
    expect(v6('cfabfba2-9576-45e4-9c03-8fc8e1d308fb')).toEqual(['fd1f:1e0c:7f71:1::/64', 'fd1f:1e0c:7f71::/64']);
  });

  it("a reserved range inside the empty ID's /48 is no collision for a host whose /48 is unknown", () => {
    const reader = tree();
    const inv = reader.read('network-inventory.yaml');
    const r = new MemoryReader({
      'app/compose.yaml': reader.read('app/compose.yaml'),
      'network-inventory.yaml': `reserved:\n  - cidr: fd42:98fc:1c14::/48\n    name: lab\n${inv}`,
    });
    expect(check(r, { cycles: 2 }).report.findings.filter((f) => f.rule === 'reserved-collision')).toEqual([]);
  });
});
