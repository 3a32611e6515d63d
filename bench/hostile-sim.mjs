// Hostile inputs for the simulation (issue 11, items 2, 3 and 8): the repositories as files, path → content.
// Deterministic. test/bounds/simulation.test.ts asserts what each one yields; bench/run.mjs times them.
//
//   node bench/hostile-sim.mjs NAME DIR     # write one of them (names: the keys of HOSTILE_SIM)
import fs from 'node:fs';
import path from 'node:path';
import { writeTree } from './monorepo.mjs';

const pad = (i) => String(i).padStart(5, '0');

/** A compose file: one service on every network listed, the networks pinned to the subnets given (null: dynamic). */
function composeWith(nets) {
  const names = nets.map(([n]) => n);
  let s = `services:\n  web:\n    image: nginx\n    networks: [${names.join(', ')}]\nnetworks:\n`;
  for (const [n, subnet] of nets) s += subnet ? `  ${n}:\n    ipam:\n      config:\n        - subnet: ${subnet}\n` : `  ${n}: {}\n`;
  return s;
}

/**
 * P networks pinned inside Docker's built-in pools (172.18.0.0/16 onwards, one /24 each) and one network
 * without a subnet, in one project on one host with the Engine unknown.
 */
export function pinnedInPools(p = 1000) {
  const nets = [];
  for (let i = 0; i < p; i++) nets.push([`p${pad(i)}`, `172.${18 + (i >> 8)}.${i & 255}.0/24`]);
  nets.push(['default', null]);
  return {
    'network-inventory.yaml':
      'version: 1\nreserved:\n  - cidr: 10.0.0.0/8\n    name: corporate\nhosts:\n  - name: app-1\n    engine: unknown\n    projects:\n      - path: app\n',
    'app/compose.yaml': composeWith(nets),
  };
}

/**
 * P networks pinned outside the pools (10.x.y.0/24) and one without a subnet, on an Engine 26 host with
 * 172.31.0.0/16 reserved: the dynamic network walks the 31 built-in candidates and lands on 172.31.0.0/16
 * on redeploy 14.
 */
export function pinnedOutsidePools(p = 8000, cycles = 1000) {
  const nets = [];
  for (let i = 0; i < p; i++) nets.push([`p${pad(i)}`, `10.${i >> 8}.${i & 255}.0/24`]);
  nets.push(['default', null]);
  return {
    'network-inventory.yaml': `version: 1\ncycles: ${cycles}\nreserved:\n  - cidr: 172.31.0.0/16\n    name: ops VPC\nhosts:\n  - name: app-1\n    engine: "26.1"\n    projects:\n      - path: app\n`,
    'app/compose.yaml': composeWith(nets),
  };
}

/**
 * Engine 26 with 0.0.0.0/2 split into /31 (2^29 candidates) and an on-link route 0.0.0.0/3 on the host: the
 * daemon holds every candidate the route rejects (2^28 of them) before it reaches a free one.
 */
export function routeRejectedPool() {
  return {
    'network-inventory.yaml':
      'version: 1\nreserved:\n  - cidr: 100.64.0.0/10\n    name: carrier NAT\nhosts:\n  - name: app-1\n    engine: "26.1"\n    daemon: daemon.json\n    routes: [0.0.0.0/3]\n    projects:\n      - path: app\n',
    'daemon.json': JSON.stringify({ 'default-address-pools': [{ base: '0.0.0.0/2', size: 31 }] }),
    'app/compose.yaml': 'services:\n  web:\n    image: nginx\n',
  };
}

/**
 * routeRejectedPool with overlapping pools: 0.0.0.0/2 split into /30 and again into /31, Engine 26, an
 * on-link route 0.0.0.0/3. The first 2^27 candidates (the /30s under the route) are rejected; the daemon
 * holds them before it reaches 32.0.0.0/30 (each hold also blocks the /31s inside it).
 */
export function overlappingRouteRejectedPools() {
  return {
    ...routeRejectedPool(),
    'daemon.json': JSON.stringify({
      'default-address-pools': [
        { base: '0.0.0.0/2', size: 30 },
        { base: '0.0.0.0/2', size: 31 },
      ],
    }),
  };
}

/**
 * Engine 26, overlapping pools 10.0.0.0/12 at /24 and at /26, an on-link route over all of 10.0.0.0/12 and
 * docker0 on its bip outside it. One project: P networks pinned to every other /24 of 10.0.0.0/13, then
 * D networks without a subnet. Each of the D requests holds the P + 1 runs of free candidates between the
 * pinned ones (all rejected) and then finds none: D × (P + 1) runs, past the work budget for D = 200.
 */
export function overlappingPoolsPinnedInRoute(p = 1024, d = 200) {
  const nets = [];
  for (let i = 0; i < p; i++) {
    const k = 2 * i;
    nets.push([`p${pad(i)}`, `10.${k >> 8}.${k & 255}.0/24`]);
  }
  for (let i = 0; i < d; i++) nets.push([`d${pad(i)}`, null]);
  return {
    'network-inventory.yaml':
      'version: 1\nreserved:\n  - cidr: 172.16.0.0/12\n    name: VPN\nhosts:\n  - name: app-1\n    engine: "26.1"\n    daemon: daemon.json\n    routes: [10.0.0.0/12]\n    projects:\n      - path: app\n',
    'daemon.json': JSON.stringify({
      bip: '192.168.1.1/24',
      'default-address-pools': [
        { base: '10.0.0.0/12', size: 24 },
        { base: '10.0.0.0/12', size: 26 },
      ],
    }),
    'app/compose.yaml': composeWith(nets),
  };
}

/** R on-link routes and N networks without a subnet in one project, Engine unknown, pools 10.0.0.0/8 at /24. */
export function routesTimesNetworks(r = 20_000, n = 5_000) {
  const routes = [];
  // every third /24 of 10.0.0.0/8 from 10.0.0.0 on: candidates the allocators must step over
  for (let i = 0; i < r; i++) {
    const k = i * 3;
    routes.push(`10.${k >> 16}.${(k >> 8) & 255}.${k & 255}/32`);
  }
  const nets = [];
  for (let i = 0; i < n; i++) nets.push([`n${pad(i)}`, null]);
  return {
    'network-inventory.yaml': `version: 1\ncycles: 1000\nreserved:\n  - cidr: 192.168.0.0/16\n    name: office\nhosts:\n  - name: app-1\n    engine: unknown\n    daemon: daemon.json\n    routes:\n${routes.map((x) => `      - ${x}\n`).join('')}    projects:\n      - path: app\n`,
    'daemon.json': JSON.stringify({ 'default-address-pools': [{ base: '10.0.0.0/8', size: 24 }] }),
    'app/compose.yaml': composeWith(nets),
  };
}

/** N projects of two networks each (default and backend) on ONE host with the Engine unknown, 10^6 redeploys. */
export function oneHostProjects(n = 1000, cycles = 1_000_000) {
  const files = {};
  const lines = [];
  for (let i = 0; i < n; i++) {
    const name = `svc-${pad(i)}`;
    files[`services/${name}/compose.yaml`] =
      `name: ${name}\nservices:\n  web:\n    image: nginx\n    networks: [default, backend]\n  db:\n    image: postgres:16\n    networks: [backend]\nnetworks:\n  backend: {}\n`;
    lines.push(`      - path: services/${name}`);
  }
  files['network-inventory.yaml'] =
    `version: 1\ncycles: ${cycles}\nreserved:\n  - cidr: 10.0.0.0/8\n    name: corporate\nhosts:\n  - name: app-1\n    engine: unknown\n    daemon: daemon.json\n    projects:\n${lines.join('\n')}\n`;
  files['daemon.json'] = JSON.stringify({
    'default-address-pools': [
      { base: '172.16.0.0/12', size: 24 },
      { base: '192.168.0.0/16', size: 24 },
    ],
  });
  return files;
}

export const HOSTILE_SIM = {
  pinnedInPools,
  pinnedOutsidePools,
  routeRejectedPool,
  overlappingRouteRejectedPools,
  overlappingPoolsPinnedInRoute,
  routesTimesNetworks,
  oneHostProjects,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [name, dir] = process.argv.slice(2);
  if (!HOSTILE_SIM[name] || !dir) {
    console.error(`usage: node bench/hostile-sim.mjs ${Object.keys(HOSTILE_SIM).join('|')} DIR`);
    process.exit(2);
  }
  writeTree(path.resolve(dir), HOSTILE_SIM[name]());
}
