// Generates a monorepo of N compose projects (default 1,000) with an inventory spreading them over hosts.
// Deterministic (no randomness): the same N gives the same tree, byte for byte.
//
//   node bench/monorepo.mjs DIR [N]
//
// Shape, per project i (services/svc-NNNN/compose.yaml): 2–4 services; the implicit default network,
// a "backend" network on every second project, an IPv6-enabled network on every tenth, a pinned subnet
// (10.250.x.0/24) on every seventh, an external network on every fifth, profiles and a
// network_mode: host service here and there, `${VAR:-default}` interpolation, anchors and a `.env`.
// Hosts: 10 projects each (the first one persistent), engines cycling through 20.10.24, 26.1, 27.3 and
// unknown, every second host with its own daemon.json (default-address-pools 10.{64+k}.0.0/16 size 24),
// every fourth with a restart every 50 cycles, routes and nameservers; 12 reserved ranges plus presets.
import fs from 'node:fs';
import path from 'node:path';

export function monorepoFiles(n = 1000, cycles = 1_000_000) {
  const files = {};
  const pad = (i) => String(i).padStart(4, '0');
  for (let i = 0; i < n; i++) {
    const name = `svc-${pad(i)}`;
    const services = [];
    const nets = [];
    services.push(
      `  web:\n    <<: *common\n    image: \${REGISTRY:-ghcr.io/example}/${name}-web:\${TAG:-latest}\n` +
        `    ports: ["${8000 + (i % 1000)}:80"]\n    networks: [default${i % 2 === 0 ? ', backend' : ''}${i % 5 === 0 ? ', shared' : ''}]\n`,
    );
    if (i % 2 === 0) {
      services.push(
        `  db:\n    <<: *common\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \${DB_PASSWORD:-example}\n    networks: [backend]\n`,
      );
      nets.push(
        `  backend:\n    driver: bridge\n${i % 7 === 0 ? `    ipam:\n      config:\n        - subnet: 10.250.${i % 250}.0/24\n` : ''}`,
      );
    }
    if (i % 10 === 0) {
      services.push(`  v6:\n    image: busybox\n    networks: [v6net]\n`);
      nets.push(`  v6net:\n    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: fd00:${i.toString(16)}::/64\n`);
    }
    if (i % 3 === 0) services.push(`  debug:\n    image: busybox\n    profiles: [debug]\n    networks: [tools]\n`);
    if (i % 3 === 0) nets.push(`  tools: {}\n`);
    if (i % 11 === 0) services.push(`  agent:\n    image: datadog/agent\n    network_mode: host\n`);
    if (i % 5 === 0) nets.push(`  shared:\n    external: true\n    name: edge\n`);
    files[`services/${name}/compose.yaml`] =
      `# generated project ${i}\nname: ${name}\nx-common: &common\n  restart: unless-stopped\n  logging:\n    driver: json-file\n\n` +
      `services:\n${services.join('')}` +
      (nets.length ? `networks:\n${nets.join('')}` : '');
    if (i % 4 === 0)
      files[`services/${name}/.env`] = `TAG=1.${i}\nREGISTRY=registry.example.com/team-${i % 9}\n# comment\nDB_PASSWORD="s3cret ${i}"\n`;
  }
  const perHost = 10;
  const hosts = [];
  const engines = ['20.10.24', '26.1', '27.3', 'unknown'];
  for (let h = 0; h * perHost < n; h++) {
    const lines = [`  - name: host-${pad(h)}`, `    engine: "${engines[h % engines.length]}"`];
    if (h % 2 === 0) {
      const daemon = `hosts/host-${pad(h)}/daemon.json`;
      files[daemon] =
        JSON.stringify(
          { 'log-driver': 'json-file', 'default-address-pools': [{ base: `10.${64 + (h % 100)}.0.0/16`, size: 24 }], mtu: 1500 },
          null,
          2,
        ) + '\n';
      lines.push(`    daemon: ${daemon}`);
    }
    lines.push(`    routes: [10.${h % 60}.0.0/24]`, `    nameservers: [10.${h % 60}.0.2]`, `    underlay-mtu: 1500`);
    if (h % 4 === 3) lines.push('    restart-every: 50');
    lines.push('    projects:');
    for (let k = 0; k < perHost && h * perHost + k < n; k++) {
      const i = h * perHost + k;
      lines.push(`      - path: services/svc-${pad(i)}`);
      lines.push(`        lifecycle: ${k === 0 ? 'persistent' : 'cycling'}`);
    }
    hosts.push(lines.join('\n'));
  }
  // the external network "edge" comes from each host's persistent project (svc-xxx0, i % 5 === 0 names it)
  const reserved = [
    ['172.31.0.0/16', 'ops VPC (peered)'],
    ['192.168.0.0/16', 'managed database VPC'],
    ['10.200.0.0/16', 'office VPN'],
    ['100.64.0.0/10', 'carrier-grade NAT'],
    ['172.20.0.0/16', 'legacy datacenter'],
    ['10.254.0.0/16', 'kubernetes pods'],
    ['10.253.0.0/16', 'kubernetes services'],
    ['172.24.0.0/14', 'partner network'],
    ['10.180.0.0/16', 'transit gateway'],
    ['10.181.0.0/16', 'backup site'],
    ['fd12:3456::/32', 'IPv6 ULA of the office'],
    ['192.0.2.0/24', 'documentation'],
  ];
  files['network-inventory.yaml'] =
    `version: 1\nreserved:\n${reserved.map(([c, nm]) => `  - cidr: ${c}\n    name: ${nm}\n`).join('')}  - preset: aws-default-vpc\n` +
    `hosts:\n${hosts.join('\n')}\ncycles: ${cycles}\n`;
  return files;
}

export function writeTree(dir, files) {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/monorepo.mjs DIR [N]');
    process.exit(2);
  }
  const files = monorepoFiles(n ? Number(n) : 1000);
  writeTree(dir, files);
  console.log(`${Object.keys(files).length} files written to ${dir}`);
}
