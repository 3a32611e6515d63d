import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { MemoryReader } from '../../src/load/reader.js';

// Compose v2 creates a project's networks in random order (compose-networks.md §4): the set of subnets is
// exact, which network gets which is not. A collision then names every network that can receive the subnet.
const COMPOSE = 'services:\n  web:\n    image: x\n    networks: [front, back]\nnetworks:\n  front: {}\n  back: {}\n';
const inventory = (compose?: string) =>
  `reserved:\n  - cidr: 172.19.0.0/16\n    name: vpn\nhosts:\n  - name: h\n    engine: "20.10.24"\n${compose ? `    compose: ${compose}\n` : ''}    projects:\n      - path: app\n`;

function collision(compose?: string) {
  const { report } = check(new MemoryReader({ 'app/compose.yaml': COMPOSE, 'network-inventory.yaml': inventory(compose) }), { cycles: 3 });
  const f = report.findings.filter((x) => x.rule === 'reserved-collision');
  expect(f).toHaveLength(1);
  return f[0];
}

describe('a collision under Compose v2 random order', () => {
  it("names the subnet, the project and every network that can receive it, at the project's networks:", () => {
    const f = collision();
    expect(f.message).toContain(
      'one of app_back, app_front (project app — Compose v2 creates them in random order, so which one is not known) gets 172.19.0.0/16',
    );
    expect(f.cycle).toBe(1);
    expect({ file: f.file, line: f.line }).toEqual({ file: 'app/compose.yaml', line: 5 });
  });

  it('names the one network, at its key, under compose: v1 (first-use order: front gets 172.18, back 172.19)', () => {
    const f = collision('v1');
    expect(f.message).toContain('network app_back of project app gets 172.19.0.0/16');
    expect({ file: f.file, line: f.line }).toEqual({ file: 'app/compose.yaml', line: 7 });
  });
});
