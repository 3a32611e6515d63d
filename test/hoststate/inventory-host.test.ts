// The host as it really is (issue 12): per-host reserved ranges, networks already on the host, external
// networks resolved against them, and a snapshot's state as the starting point of the simulation.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { MemoryReader } from '../../src/load/reader.js';

/** a fixture folder as an in-memory tree, with files replaced or added */
function tree(dir: string, over: Record<string, string> = {}): MemoryReader {
  const files: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else files[r] = readFileSync(p, 'utf8');
    }
  };
  walk(new URL(`../../fixtures/${dir}`, import.meta.url).pathname, '');
  return new MemoryReader({ ...files, ...over });
}

const APP = `name: app
services:
  web:
    image: web
    networks: [proxy, default]
networks:
  proxy:
    external: true
`;

function inventory(host: string, top = ''): string {
  return `version: 1\n${top}hosts:\n  - name: h\n    engine: "20.10.24"\n${host}    projects:\n      - path: app\ncycles: 100\n`;
}

describe('traefik pattern: a hand-made proxy network and a redeployed app', () => {
  // docker-ipam.md §2.1 on 20.10.24: docker0 takes 172.17/16, the hand-made proxy the next pool,
  // 172.18/16; redeploy k then gives app_default 172.(18 + k)/16, so 172.31/16 on redeploy 13.
  it('collides on redeploy 13 once the proxy network is declared', () => {
    const { report } = check(tree('traefik-hand-made-proxy'));
    expect(report.hosts[0].boot.map((a) => `${a.network} ${a.subnet}`)).toEqual(['bridge 172.17.0.0/16', 'proxy 172.18.0.0/16']);
    expect(report.hosts[0].firstCollision).toMatchObject({ cycle: 13, network: 'app_default', subnet: '172.31.0.0/16' });
    expect(report.findings.map((f) => f.rule)).not.toContain('unknown-external-network');
  });

  it('without the declaration: an unknown-external-network warning at the network, and a prediction one pool off', () => {
    const inv = readFileSync(new URL('../../fixtures/traefik-hand-made-proxy/network-inventory.yaml', import.meta.url), 'utf8').replace(
      /    networks:\n      - name: proxy\n/,
      '',
    );
    const { report } = check(tree('traefik-hand-made-proxy', { 'network-inventory.yaml': inv }));
    const f = report.findings.find((x) => x.rule === 'unknown-external-network');
    expect(f).toMatchObject({ severity: 'warning', file: 'app/compose.yaml', line: 11, host: 'edge-1' });
    expect(f!.message).toMatch(/Compose refuses `up` without it/);
    expect(f!.message).toMatch(/- name: proxy/);
    // the app is predicted on 172.18 first, so 172.31 only on redeploy 14: the real host hits it on 13
    expect(report.hosts[0].firstCollision?.cycle).toBe(14);
  });

  it('an external network another listed project creates is known', () => {
    const proxy = 'name: proxy\nservices:\n  traefik:\n    image: traefik\n    networks: [edge]\nnetworks:\n  edge:\n    name: proxy\n';
    const inv =
      'version: 1\nhosts:\n  - name: h\n    engine: "20.10.24"\n    projects:\n      - path: proxy\n        lifecycle: persistent\n      - path: app\n';
    const { report } = check(new MemoryReader({ 'app/compose.yaml': APP, 'proxy/compose.yaml': proxy, 'network-inventory.yaml': inv }));
    expect(report.findings.filter((x) => x.rule === 'unknown-external-network')).toEqual([]);
  });

  it('a host network with subnets holds exactly those; networks without come from the pools in listed order', () => {
    const host =
      '    networks:\n      - name: a\n      - name: legacy\n        subnets: [172.19.0.0/16]\n      - name: b\n      - name: proxy\n';
    const { report } = check(new MemoryReader({ 'app/compose.yaml': APP, 'network-inventory.yaml': inventory(host) }), { timeline: 2 });
    expect(report.hosts[0].boot.map((a) => `${a.network} ${a.subnet}`)).toEqual([
      'a 172.18.0.0/16',
      'b 172.20.0.0/16',
      'bridge 172.17.0.0/16',
      'legacy 172.19.0.0/16',
      'proxy 172.21.0.0/16',
    ]);
    // they never go away: the app walks on past them
    expect(report.hosts[0].cycles.map((c) => c.allocations.map((a) => a.subnet))).toEqual([['172.22.0.0/16'], ['172.23.0.0/16']]);
  });

  it('refuses a host network that a listed project creates, at its line', () => {
    const host = '    networks:\n      - name: app_default\n';
    const e = (() => {
      try {
        check(new MemoryReader({ 'app/compose.yaml': APP, 'network-inventory.yaml': inventory(host) }));
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).message).toMatch(/app_default is created by project app/);
    expect((e as ConfigError).pos).toMatchObject({ file: 'network-inventory.yaml', line: 6 });
  });
});

describe('per-host reserved ranges', () => {
  it("reports each host's own range only on that host", () => {
    const { report } = check(tree('three-hosts-own-reserved'));
    const collisions = report.findings.filter((f) => f.rule === 'reserved-collision');
    const byHost = Object.fromEntries(collisions.map((f) => [f.host, f.message]));
    expect(Object.keys(byHost).sort()).toEqual(['aliyun-1', 'aws-1', 'hetzner-1']);
    // round-robin from 172.18 on: 172.25 on redeploy 8, 172.28 on redeploy 11 (docker-ipam.md §2.1)
    expect(byHost['aws-1']).toMatch(/redeploy 8,.*172\.25\.0\.0\/16 \(peered VPC \(AWS\)\)/);
    expect(byHost['aliyun-1']).toMatch(/redeploy 11,.*172\.28\.0\.0\/16 \(RDS VPC \(Alibaba Cloud\)\)/);
    expect(byHost['hetzner-1']).toMatch(/10\.20\.1\.0\/24 \(vSwitch \(Hetzner\)\)/);
    for (const f of report.findings) {
      if (f.host !== 'aws-1') expect(f.message).not.toMatch(/AWS/);
      if (f.host !== 'aliyun-1') expect(f.message).not.toMatch(/Alibaba/);
      if (f.host !== 'hetzner-1') expect(f.message).not.toMatch(/Hetzner/);
    }
  });

  it("a top-level range still applies to every host, next to the host's own", () => {
    const inv = readFileSync(new URL('../../fixtures/three-hosts-own-reserved/network-inventory.yaml', import.meta.url), 'utf8').replace(
      '10.99.0.0/16',
      '172.20.0.0/16',
    );
    const { report } = check(tree('three-hosts-own-reserved', { 'network-inventory.yaml': inv }));
    const first = Object.fromEntries(report.hosts.map((h) => [h.name, h.firstCollision?.reserved.cidr]));
    expect(first).toEqual({ 'aws-1': '172.20.0.0/16', 'aliyun-1': '172.20.0.0/16', 'hetzner-1': '10.20.1.0/24' });
  });

  it('the same ranges at the top level would be reported on every host', () => {
    const inv = readFileSync(new URL('../../fixtures/three-hosts-own-reserved/network-inventory.yaml', import.meta.url), 'utf8');
    const moved = inv
      .replace(/    reserved:\n      - cidr: (\S+)\n        name: (.+)\n/g, '')
      .replace('reserved:\n', 'reserved:\n  - cidr: 172.25.0.0/16\n  - cidr: 172.28.0.0/16\n');
    const { report } = check(tree('three-hosts-own-reserved', { 'network-inventory.yaml': moved }));
    expect(report.hosts.find((h) => h.name === 'aliyun-1')!.firstCollision?.reserved.cidr).toBe('172.25.0.0/16');
  });
});

describe('simulation from a snapshot', () => {
  const state = (cursor: string) =>
    `    state:\n      read: "2026-12-03T10:00:00Z"\n      bridge: 172.17.0.0/16\n      cursor: ${cursor}\n      projects:\n        - name: app\n          networks:\n            - name: app_default\n              subnets: [172.26.0.0/16]\n`;
  const host = (cursor: string) => `    networks:\n      - name: proxy\n        subnets: [172.18.0.0/16]\n${state(cursor)}`;
  const run = (cursor: string, reserved = '172.31.0.0/16') =>
    check(
      new MemoryReader({
        'app/compose.yaml': APP,
        'network-inventory.yaml': inventory(host(cursor), `reserved:\n  - cidr: ${reserved}\n`),
      }),
      { timeline: 3 },
    ).report;

  it('continues from the state read: the project holds its subnets at boot, the walk goes on from the cursor', () => {
    // the app held 172.26 (candidate 9 of the built-in list), cursor 10: down releases it, up takes
    // candidate 10 (172.27), then 172.28 …; 172.31 on redeploy 5
    const r = run('10');
    expect(r.hosts[0].boot.map((a) => `${a.network} ${a.subnet}`)).toContain('app_default 172.26.0.0/16');
    expect(r.hosts[0].cycles.map((c) => c.allocations[0].subnet)).toEqual(['172.27.0.0/16', '172.28.0.0/16', '172.29.0.0/16']);
    expect(r.hosts[0].firstCollision?.cycle).toBe(5);
    expect(r.findings.find((f) => f.rule === 'reserved-collision')!.message).not.toMatch(/cursor: unknown/);
  });

  it('cursor unknown: answers for the worst starting position and says so', () => {
    const r = run('unknown');
    // the worst cursor is the one that puts 172.31 next: redeploy 1
    expect(r.hosts[0].firstCollision?.cycle).toBe(1);
    const f = r.findings.find((x) => x.rule === 'reserved-collision')!;
    expect(f.message).toMatch(/could not tell where Docker's round-robin walk stood \(cursor: unknown\)/);
    expect(f.message).toMatch(/over all 31 cursor positions/);
  });

  it('first-fit engines need no cursor: the project gets the lowest free pool back on its first redeploy', () => {
    const inv = inventory(host('unknown'), 'reserved:\n  - cidr: 172.31.0.0/16\n').replace('"20.10.24"', '"28.5.2"');
    const r = check(new MemoryReader({ 'app/compose.yaml': APP, 'network-inventory.yaml': inv }), { timeline: 2 }).report;
    expect(r.hosts[0].cycles.map((c) => c.allocations[0].subnet)).toEqual(['172.19.0.0/16', '172.19.0.0/16']);
    expect(r.hosts[0].firstCollision).toBeNull();
  });
});
