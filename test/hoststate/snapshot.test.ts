// `subnet-guard snapshot` on recorded answers: readings taken live (test/hoststate/recorded/, made by
// running the live reader inside an oracle dockerd's namespaces) turned into an inventory entry.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadInventory } from '../../src/load/inventory.js';
import { FsReader, MemoryReader } from '../../src/load/reader.js';
import { hostFacts, inferCursor, nameserversOf, parseProcNetRoute } from '../../src/snapshot/facts.js';
import { snapshotInventory } from '../../src/snapshot/index.js';
import { snapshotMain } from '../../src/snapshot/command.js';
import { endpointOf } from '../../src/snapshot/live.js';
import type { HostReadings } from '../../src/snapshot/readings.js';

function recorded(name: string): HostReadings {
  return JSON.parse(readFileSync(new URL(`./recorded/${name}.json`, import.meta.url), 'utf8')) as HostReadings;
}

const APP =
  'version: "3"\nservices:\n  web:\n    image: scratch-local\n    command: ["/x"]\n    networks: [default, back]\nnetworks:\n  back: {}\n';
const NOW = '2026-12-03T16:00:00.000Z';

describe('snapshot: 20.10.24 with custom pools, restarted, compose v1 (recorded live)', () => {
  // what was done (test/hoststate/recorded): pools 10.10.0.0/22 and 172.30.0.0/16 split into /24, an
  // on-link route 10.10.1.0/24, nameserver 10.9.9.9; `docker network create proxy` and
  // `--subnet 10.250.0.0/24 legacy`; app up; dockerd restarted; app down and up again.
  const r = recorded('20.10.24-pools-restart');

  it("reads engine, compose, on-link routes without Docker's own bridges, nameservers and the hand-made networks", () => {
    const f = hostFacts(r, { listed: new Map([['app', new Set(['app_default', 'app_back'])]]), now: NOW });
    expect(f.engine).toBe('20.10.24');
    expect(f.compose).toBe('v1');
    expect(f.routes).toEqual(['10.10.1.0/24']);
    expect(f.nameservers).toEqual(['10.9.9.9']);
    expect(f.networks).toEqual([
      { name: 'proxy', subnets: ['10.10.2.0/24'] },
      { name: 'legacy', subnets: ['10.250.0.0/24'] },
    ]);
    expect(f.state.bridge).toBe('10.10.0.0/24');
    expect(f.state.projects).toEqual([
      {
        name: 'app',
        networks: [
          { name: 'app_back', subnets: ['172.30.0.0/24'] },
          { name: 'app_default', subnets: ['10.10.3.0/24'] },
        ],
      },
    ]);
    // after the restart the cursor was 0; the up walked 10.10.0 (docker0), 10.10.1 (on-link), 10.10.2
    // (proxy), gave 10.10.3 (index 3) and 172.30.0.0/24 (index 4): the cursor stands at 5
    expect(f.state.cursor).toBe(5);
  });

  it("a network of a project the host does not list is one of the host's networks", () => {
    const f = hostFacts(r, { listed: new Map(), now: NOW });
    expect(f.networks.map((n) => n.name)).toEqual(['proxy', 'legacy', 'app_default', 'app_back']);
    expect(f.state.projects).toEqual([]);
  });

  it('writes the entry, keeps comments, other hosts and projects, and the check continues from it', () => {
    const inv =
      '# our hosts\nversion: 1\nreserved:\n  - cidr: 172.30.2.0/24 # the VPN\nhosts:\n  - name: other\n    engine: "28.1"\n  - name: box\n    engine: "20.10" # was typed by hand\n    projects:\n      - path: app\n';
    const reader = new MemoryReader({ 'network-inventory.yaml': inv, 'app/docker-compose.yml': APP });
    const out = snapshotInventory({ reader, hostName: 'box', readings: r, now: NOW });
    expect(out.text).toMatch(/^# our hosts\n/);
    expect(out.text).toContain('cidr: 172.30.2.0/24 # the VPN');
    expect(out.text).toContain('engine: "20.10.24" # was typed by hand');
    expect(out.text).toContain('  - name: other\n    engine: "28.1"\n');
    expect(out.daemonJson).toEqual({ file: 'box.daemon.json', text: r.daemonJson });
    const next = new MemoryReader({ 'network-inventory.yaml': out.text, 'app/docker-compose.yml': APP, 'box.daemon.json': r.daemonJson! });
    const host = loadInventory(next, 'network-inventory.yaml').hosts[1];
    expect(host.state?.cursor).toBe(5);
    const { report } = check(next, { timeline: 2, cycles: 5 });
    const box = report.hosts.find((h) => h.name === 'box')!;
    // down frees 10.10.3 and 172.30.0; from cursor 5 the up takes 172.30.1 and then 172.30.2 — the VPN
    expect(box.cycles[0].allocations.map((a) => a.subnet).sort()).toEqual(['172.30.1.0/24', '172.30.2.0/24']);
    expect(box.firstCollision?.cycle).toBe(1);
  });

  it('writes the same entry again when nothing changed (apart from the time it was read)', () => {
    const reader = new MemoryReader({ 'app/docker-compose.yml': APP });
    const first = snapshotInventory({ reader, hostName: 'box', readings: r, now: NOW });
    expect(first.created).toBe(true);
    const again = snapshotInventory({
      reader: new MemoryReader({
        'app/docker-compose.yml': APP,
        'network-inventory.yaml': first.text,
        'box.daemon.json': first.daemonJson!.text,
      }),
      hostName: 'box',
      readings: r,
      now: NOW,
    });
    expect(again.text).toBe(first.text);
  });
});

describe('snapshot: 26.1.5 with custom pools (recorded live)', () => {
  it('counts docker0 as an allocation on Engine ≥ 23.0.4 and infers the cursor after the newest network', () => {
    const r = recorded('26.1.5-pools');
    const f = hostFacts(r, { listed: new Map([['app', new Set(['app_default', 'app_back'])]]), now: NOW });
    expect(f.engine).toBe('26.1.5');
    // docker0 10.10.0 (index 0), proxy: 10.10.1 on-link held, 10.10.2 (index 2); app first up: 10.10.3,
    // 172.30.0; down and up again from cursor 5: 172.30.1, 172.30.2 (index 6) → cursor 7
    expect(f.state.projects[0].networks.flatMap((n) => n.subnets).sort()).toEqual(['172.30.1.0/24', '172.30.2.0/24']);
    expect(f.state.cursor).toBe(7);
  });
});

describe('snapshot: host files', () => {
  it('reads on-link routes from /proc/net/route; routes via a gateway and the default route are not on-link', () => {
    const text =
      'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n' +
      'eth0\t00000000\t0100000A\t0003\t0\t0\t0\t00000000\t0\t0\t0\n' +
      'eth0\t0000000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n' +
      'eth0\t00001FAC\t0100000A\t0003\t0\t0\t0\t0000FFFF\t0\t0\t0\n';
    expect(parseProcNetRoute(text)).toEqual([
      { iface: 'eth0', prefix: '0.0.0.0/0', gateway: true, isDefault: true },
      { iface: 'eth0', prefix: '10.0.0.0/24', gateway: false, isDefault: false },
      { iface: 'eth0', prefix: '172.31.0.0/16', gateway: true, isDefault: false },
    ]);
    const r = { ...recorded('20.10.24-pools-restart'), procNetRoute: text, mtu: { eth0: 1442 } };
    const f = hostFacts(r, { listed: new Map(), now: NOW });
    expect(f.routes).toEqual(['10.0.0.0/24']);
    expect(f.underlayMtu).toBe(1442);
  });

  it("takes systemd-resolved's upstream nameservers when resolv.conf has only the stub", () => {
    expect(nameserversOf('nameserver 127.0.0.53\noptions edns0\n', 'nameserver 10.0.0.2\nnameserver fe80::1%eth0\n')).toEqual([
      '10.0.0.2',
      'fe80::1',
    ]);
    expect(nameserversOf('nameserver 10.1.1.1\n', 'nameserver 10.0.0.2\n')).toEqual(['10.1.1.1']);
  });

  it('says the cursor is unknown without a default bridge, or when the newest allocation may have wrapped', () => {
    expect(inferCursor([], undefined, false, undefined, []).cursor).toBe('unknown');
    const bridge = { Name: 'bridge', Created: '2026-12-03T10:00:00Z', IPAM: { Config: [{ Subnet: '172.17.0.0/16' }] } };
    const net = (name: string, subnet: string, created: string) => ({
      Name: name,
      Created: created,
      IPAM: { Config: [{ Subnet: subnet, Gateway: subnet.replace(/0\/\d+$/, '1') }] },
    });
    // 172.20 (index 3) allocated after the start: the cursor is 4
    expect(inferCursor([bridge, net('a', '172.20.0.0/16', '2026-12-03T10:00:01Z')], bridge, false, undefined, []).cursor).toBe(4);
    // made before the daemon started: the cursor went back to 0
    expect(inferCursor([bridge, net('a', '172.20.0.0/16', '2026-12-03T09:00:00Z')], bridge, false, undefined, []).cursor).toBe(0);
    // the last candidate (192.168.240.0/20) taken: 172.20 may have been found after a wrap
    expect(
      inferCursor(
        [bridge, net('a', '172.20.0.0/16', '2026-12-03T10:00:01Z'), net('z', '192.168.240.0/20', '2026-12-03T09:00:00Z')],
        bridge,
        false,
        undefined,
        [],
      ).cursor,
    ).toBe('unknown');
  });

  it('asks the Engine API with GET only (it changes nothing on the host)', () => {
    const src = readFileSync(new URL('../../src/snapshot/live.ts', import.meta.url), 'utf8');
    expect(src.match(/method: '[A-Z]+'/g)).toEqual(["method: 'GET'"]);
    expect(src).not.toMatch(/\b(POST|PUT|DELETE|PATCH)\b/);
  });

  it('takes unix sockets and plain tcp endpoints, and refuses others with the flag named', () => {
    expect(endpointOf(undefined)).toMatchObject({ socketPath: '/var/run/docker.sock' });
    expect(endpointOf('unix:///run/user/1000/docker.sock')).toMatchObject({ socketPath: '/run/user/1000/docker.sock' });
    expect(endpointOf('tcp://127.0.0.1:2375')).toMatchObject({ host: '127.0.0.1', port: 2375 });
    expect(() => endpointOf('ssh://deploy@host')).toThrow(/--docker-host ssh:\/\/deploy@host/);
  });
});

describe('snapshot command', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const source = { read: async () => recorded('20.10.24-pools-restart') };

  it('writes the inventory and the daemon.json into DIR and says what it found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-snap-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'network-inventory.yaml'), 'version: 1\n');
    const code = await snapshotMain([dir, '--host-name', 'box'], source, () => NOW);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'network-inventory.yaml'), 'utf8');
    expect(text).toContain('  - name: box\n    engine: "20.10.24"\n');
    expect(existsSync(join(dir, 'box.daemon.json'))).toBe(true);
    expect(loadInventory(new FsReader(dir), 'network-inventory.yaml').hosts[0].networks.length).toBe(4);
  });

  it('refuses to write through a symbolic link (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-snap-'));
    const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'));
    dirs.push(dir, outside);
    writeFileSync(join(outside, 'x.yaml'), 'version: 1\n');
    symlinkSync(join(outside, 'x.yaml'), join(dir, 'network-inventory.yaml'));
    const code = await snapshotMain([dir, '--host-name', 'box'], source, () => NOW);
    expect(code).toBe(2);
    expect(readFileSync(join(outside, 'x.yaml'), 'utf8')).toBe('version: 1\n');
  });
});
