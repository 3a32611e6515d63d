#!/usr/bin/env node
// The benchmark (`npm run bench`). It prints figures and asserts nothing about time: a loaded CI
// machine must not turn it red. Every case runs as a fresh process, the way a user or CI runs the
// tool, several times; the table shows medians, with the cases that are compared run in alternation
// so that a burst of load on the machine hits both sides alike.
//
//   node bench/run.mjs [--runs N] [--dclint-runs N] [--cli PATH] [--only NAME[,NAME…]]
//
//   --cli PATH   the CLI bundle to measure (default dist/cli/index.js; `npm run bundle` builds it)
//   --only       floor,startup,corpus,cycles,monorepo,onehost,bounds,hostile
//
// Cases: a bare `node -e 0` (the floor) and the bundle's start-up (`--version`); the check on the
// awesome-compose corpus against dclint linting the same files; `--cycles 1000` against
// `--cycles 1000000000` on the two field-report fixtures; a generated monorepo of 1,000 projects on
// 100 hosts simulated over 10^6 redeploys; and the hostile inputs of test/bounds (alias bombs, nesting,
// 50 MB files, a million-line .env, 100,000 reserved ranges, astronomically large pools). Peak RSS comes from the child itself (a preloaded module
// reports process.resourceUsage().maxRSS at exit), CPU time likewise (user + system, main process).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { monorepoFiles, writeTree } from './monorepo.mjs';
import {
  oneHostProjects,
  overlappingPoolsPinnedInRoute,
  overlappingRouteRejectedPools,
  pinnedInPools,
  pinnedOutsidePools,
  routeRejectedPool,
  routesTimesNetworks,
} from './hostile-sim.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const RUNS = Number(option('runs', process.env.BENCH_RUNS ?? 5));
const DCLINT_RUNS = Number(option('dclint-runs', process.env.BENCH_DCLINT_RUNS ?? 3));
const CLI = path.resolve(ROOT, option('cli', process.env.BENCH_CLI ?? 'dist/cli/index.js'));
const ONLY = new Set(option('only', 'floor,startup,corpus,cycles,monorepo,onehost,bounds,hostile').split(','));

if (!fs.existsSync(CLI)) {
  console.error(`bench: ${path.relative(ROOT, CLI)} is missing — run \`npm run bundle\` first (or pass --cli PATH)`);
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'subnet-guard-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// the probe: loaded before the measured program, it writes maxRSS and CPU time when the process exits
const probe = path.join(work, 'probe.mjs');
fs.writeFileSync(
  probe,
  `import fs from 'node:fs';\n` +
    `const out = process.env.SG_BENCH_PROBE;\n` +
    `process.on('exit', () => { const u = process.resourceUsage(); fs.writeFileSync(out, JSON.stringify({ rssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n`,
);

/** Runs `node ...args` once; wall time in ms (spawn to exit), peak RSS in MB and CPU ms when probed. */
function runOnce(args, { cwd = ROOT, probed = true, okCodes = [0, 1] } = {}) {
  const probeOut = path.join(work, `probe-${process.hrtime.bigint()}.json`);
  const argv = probed ? ['--import', pathToFileURL(probe).href, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, {
    cwd,
    env: { ...process.env, SG_BENCH_PROBE: probeOut, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  if (!okCodes.includes(r.status ?? -1)) {
    throw new Error(`node ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${String(r.stderr).slice(0, 2000)}`);
  }
  let rssMb;
  let cpuMs;
  if (probed && fs.existsSync(probeOut)) {
    const p = JSON.parse(fs.readFileSync(probeOut, 'utf8'));
    rssMb = p.rssKb / 1024;
    cpuMs = p.cpuMs;
    fs.rmSync(probeOut);
  }
  return { ms, rssMb, cpuMs, status: r.status };
}

function median(xs) {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs several cases in alternation, `runs` times each; returns per-case medians. */
function measure(cases, runs) {
  const samples = cases.map(() => []);
  // one unrecorded warm-up of each (the OS file cache), unless a case is too slow to repeat for nothing
  for (const c of cases) if (c.warm !== false) runOnce(c.args, c.opts);
  for (let i = 0; i < runs; i++) cases.forEach((c, k) => samples[k].push(runOnce(c.args, c.opts)));
  return samples.map((s) => ({
    ms: median(s.map((x) => x.ms)),
    rssMb: median(s.map((x) => x.rssMb)),
    cpuMs: median(s.map((x) => x.cpuMs)),
    status: s[0]?.status,
    runs: s.length,
  }));
}

const rows = [];
const fmtMs = (ms) =>
  ms === undefined
    ? '—'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(0)} ms`;
const fmtMb = (mb) => (mb === undefined ? '—' : `${mb.toFixed(0)} MB`);
const mark = (ok) => (ok ? 'met' : 'MISSED');
function row(name, m, note = '') {
  rows.push({ name, wall: fmtMs(m.ms), cpu: fmtMs(m.cpuMs), rss: fmtMb(m.rssMb), runs: String(m.runs), note });
}
const progress = (s) => process.stderr.write(`bench: ${s}\n`);

const cpus = os.cpus();
const startLoad = os.loadavg();
const rel = (p) => path.relative(ROOT, p) || '.';
progress(`measuring ${rel(CLI)}, ${RUNS} runs per case (dclint ${DCLINT_RUNS}); work dir ${work}`);

// ---- floor and start-up
let floor;
if (ONLY.has('floor') || ONLY.has('startup')) {
  progress('node -e 0 vs --version');
  const [bare, startup] = measure(
    [
      { args: ['-e', '0'], opts: { probed: true } },
      { args: [CLI, '--version'], opts: { probed: true } },
    ],
    RUNS * 2,
  );
  floor = bare;
  row('`node -e 0` (the floor)', bare);
  const ratio = startup.ms / bare.ms;
  row('`subnet-guard --version` (bundle start-up)', startup, `${ratio.toFixed(2)}× the floor — target ≤ 3×: ${mark(ratio <= 3)}`);
}

// ---- the awesome-compose corpus: subnet-guard vs dclint on the same files
if (ONLY.has('corpus')) {
  const shared = '/work/shared/corpus/awesome-compose';
  const source = fs.existsSync(path.join(ROOT, 'fixtures/awesome-compose')) ? path.join(ROOT, 'fixtures/awesome-compose') : shared;
  const corpus = path.join(work, 'awesome-compose');
  fs.cpSync(source, corpus, { recursive: true });
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/^(docker-)?compose\.ya?ml$/.test(e.name)) files.push(p);
    }
  };
  walk(corpus);
  files.sort();
  // the reserved ranges a real check has (without any, the check says "not checked" and exits 2)
  const inventory = path.join(work, 'corpus-inventory.yaml');
  fs.writeFileSync(
    inventory,
    'version: 1\nreserved:\n  - cidr: 172.31.0.0/16\n    name: ops VPC\n  - cidr: 192.168.0.0/16\n    name: office\n',
  );
  const dclintBin = fs.realpathSync(path.join(ROOT, 'node_modules/.bin/dclint'));
  progress(`corpus: ${files.length} compose files, subnet-guard vs dclint`);
  const [sg, dc] = measure(
    [
      { args: [CLI, corpus, '--inventory', inventory], opts: {} },
      { args: [dclintBin, ...files], opts: { cwd: corpus }, warm: false },
    ],
    DCLINT_RUNS,
  );
  const ratio = dc.ms / sg.ms;
  row(`corpus: subnet-guard on ${files.length} awesome-compose projects (1,000 redeploys, both engine models)`, sg);
  row(
    `corpus: \`dclint\` linting the same ${files.length} files`,
    dc,
    `subnet-guard is ${ratio.toFixed(1)}× faster — target ≥ 20×: ${mark(ratio >= 20)}`,
  );
}

// ---- cycles: 10^3 vs 10^9
if (ONLY.has('cycles')) {
  for (const fx of ['aws-peered-vpc', 'rds-192-168']) {
    progress(`cycles: ${fx}`);
    const dir = path.join(ROOT, 'fixtures', fx);
    const [a, b] = measure(
      [
        { args: [CLI, dir, '--cycles', '1000', '--format', 'json'], opts: {} },
        { args: [CLI, dir, '--cycles', '1000000000', '--format', 'json'], opts: {} },
      ],
      RUNS,
    );
    row(`fixtures/${fx} --cycles 1,000`, a);
    row(`fixtures/${fx} --cycles 1,000,000,000`, b, `${(b.ms / a.ms).toFixed(2)}× the 1,000-cycle time (target: equal within noise)`);
  }
}

// ---- the 1,000-project monorepo
if (ONLY.has('monorepo')) {
  const mono = path.join(work, 'monorepo');
  const files = monorepoFiles(1000, 1_000_000);
  writeTree(mono, files);
  progress(`monorepo: ${Object.keys(files).length} files, 1,000 projects on 100 hosts, 10^6 cycles`);
  const m = measure([{ args: [CLI, mono, '--cycles', '1000000'], opts: {} }], RUNS)[0];
  row(
    'monorepo: 1,000 projects on 100 hosts, 10^6 redeploys',
    m,
    `targets < 1.5 s: ${mark(m.ms < 1500)}, < 150 MB: ${mark((m.rssMb ?? Infinity) < 150)}`,
  );
}

// ---- 1,000 two-network projects on ONE host, Engine unknown, 10^6 redeploys (one address space of 2,000 networks)
if (ONLY.has('onehost')) {
  const dir = path.join(work, 'onehost');
  writeTree(dir, oneHostProjects(1000, 1_000_000));
  progress('onehost: 1,000 two-network projects on one host, Engine unknown, 10^6 cycles');
  const m = measure([{ args: [CLI, dir], opts: {} }], RUNS)[0];
  row(
    'one host: 1,000 two-network projects, Engine unknown, 10^6 redeploys',
    m,
    `targets < 1.0 s: ${mark(m.ms < 1000)}, < 150 MB: ${mark((m.rssMb ?? Infinity) < 150)}; exit ${m.status}`,
  );
}

// ---- hostile simulation input (test/bounds/simulation.test.ts asserts the results): < 5 s and < 300 MB each
if (ONLY.has('hostile')) {
  const cases = [
    ['1,000 networks pinned inside the built-in pools, Engine unknown', pinnedInPools(1000), 0],
    ['8,000 pinned networks + 1 dynamic, Engine 26: the collision on redeploy 14', pinnedOutsidePools(8000), 1],
    // exit 1: 32.0.0.0/31 onwards are public addresses (public-range)
    ['0.0.0.0/2 split into /31 with an on-link route 0.0.0.0/3 (2^28 rejected candidates), Engine 26', routeRejectedPool(), 1],
    // the same with overlapping pools (/30s, then /31s, of 0.0.0.0/2): 2^27 rejected candidates held in one run
    ['0.0.0.0/2 at /30 and at /31 (overlapping) with an on-link route 0.0.0.0/3, Engine 26', overlappingRouteRejectedPools(), 1],
    // exit 2: simulation-incomplete (not checked) — 200 requests would hold 1,024 runs each, past the work budget
    [
      'overlapping pools, 1,024 networks pinned under a route, 200 dynamic ones, Engine 26: stops at the work budget',
      overlappingPoolsPinnedInRoute(1024, 200),
      2,
    ],
    // exit 2: the load budget caps a check at 10,000 routes and nameservers, refused at the line that tips it
    ['20,000 routes × 5,000 networks, Engine unknown: refused by the load budget', routesTimesNetworks(20_000, 5_000), 2],
    // exit 0: on Engine ≤ 26 the 5,000 networks turn round the ring of free candidates (src/engine/ring.ts),
    // answered after 2 redeploys; before the ring they reached the work budget after 20 (simulation-incomplete)
    ['10,000 routes (the limit) × 5,000 networks, Engine unknown', routesTimesNetworks(10_000, 5_000), 0],
  ];
  for (const [name, files, code] of cases) {
    progress(`hostile: ${name}`);
    const dir = path.join(work, `hostile-${rows.length}`);
    writeTree(dir, files);
    const m = measure([{ args: [CLI, dir], opts: { okCodes: [0, 1, 2] } }], 3)[0];
    const ok = m.ms < 5000 && (m.rssMb ?? Infinity) < 300;
    row(`hostile: ${name}`, m, `exit ${m.status}${m.status === code ? '' : ` (expected ${code})`}; < 5 s and < 300 MB: ${mark(ok)}`);
  }
}

// ---- bounded cost: hostile input, each refused or handled (test/bounds asserts the outcome, this times it)
if (ONLY.has('bounds')) {
  const APP = 'services:\n  web:\n    image: nginx\n';
  const L = 'abcdefghi';
  let bomb = `x-a: &a [${Array(9).fill('"lol"').join(',')}]\n`;
  for (let i = 1; i < 9; i++)
    bomb += `x-${L[i]}: &${L[i]} [${Array(9)
      .fill('*' + L[i - 2])
      .join(',')}]\n`;
  let reserved = 'version: 1\nreserved:\n';
  for (let k = 0; k < 80_000; k++) reserved += `  - cidr: ${10 + (k >> 16)}.${(k >> 8) & 255}.${k & 255}.0/24\n`;
  reserved += '  - cidr: 172.31.0.0/16\n    name: ops VPC\nhosts:\n  - name: app-1\n    engine: "26.1"\n    projects:\n      - path: app\n';
  const pools = (p, v6 = false) => ({
    'daemon.json': JSON.stringify({ 'default-address-pools': p }),
    'app/compose.yaml': v6 ? APP + '    networks: [v6]\nnetworks:\n  v6:\n    enable_ipv6: true\n' : APP,
  });
  const cases = [
    ['YAML alias bomb (9 levels of 9 aliases, 387 M nodes if expanded)', { 'app/compose.yaml': bomb + APP }, [], 2],
    [
      'compose file nested 200,000 levels deep (flow)',
      { 'app/compose.yaml': 'x: ' + '['.repeat(200_000) + ']'.repeat(200_000) + '\n' + APP },
      [],
      2,
    ],
    ['50 MB compose file', { 'app/compose.yaml': APP + `# ${'x'.repeat(78)}\n`.repeat(625_000) }, [], 2],
    [
      'million-line .env (7.9 MB)',
      {
        'app/compose.yaml': APP,
        'app/.env': Array.from({ length: 1_000_000 }, (_, i) => `k${i.toString(36)}=${i % 10}`).join('\n') + '\n',
      },
      [],
      0,
    ],
    [
      '80,000 reserved ranges (1.9 MB inventory), a collision to fix',
      { 'network-inventory.yaml': reserved, 'app/compose.yaml': APP },
      [],
      1,
    ],
    [
      'fd00::/8 split into /128 (2^120 subnets), both models, 10^9 redeploys',
      pools(
        [
          { base: '10.10.0.0/16', size: 24 },
          { base: 'fd00::/8', size: 128 },
        ],
        true,
      ),
      ['--cycles', '1000000000'],
      1,
    ],
    ['0.0.0.0/0 split into /32, Engine 26 (refused: 2^32-entry list)', pools([{ base: '0.0.0.0/0', size: 32 }]), ['--engine', '26.1'], 2],
    [
      '0.0.0.0/0 split into /32, Engine 27, 10^9 redeploys',
      pools([{ base: '0.0.0.0/0', size: 32 }]),
      ['--engine', '27.3', '--cycles', '1000000000'],
      1,
    ],
    [
      '0.0.0.0/3 split into /32 (2^29), Engine 26, 10^9 redeploys (work budget)',
      pools([{ base: '0.0.0.0/3', size: 32 }]),
      ['--engine', '26.1', '--cycles', '1000000000'],
      1,
    ],
  ];
  for (const [name, files, args, code] of cases) {
    progress(`bounds: ${name}`);
    const dir = path.join(work, `bounds-${rows.length}`);
    writeTree(dir, files);
    const m = measure([{ args: [CLI, dir, ...args], opts: { okCodes: [0, 1, 2] } }], 3)[0];
    row(`bounds: ${name}`, m, `exit ${m.status}${m.status === code ? '' : ` (expected ${code})`}`);
  }
}

// ---- the table
const endLoad = os.loadavg();
const head = ['case', 'median wall', 'median CPU', 'peak RSS', 'runs', ''];
const lines = [head, head.map(() => '---'), ...rows.map((r) => [r.name, r.wall, r.cpu, r.rss, r.runs, r.note])];
const out = [
  '',
  `subnet-guard benchmark — ${new Date().toISOString().slice(0, 10)}, ${rel(CLI)}`,
  `machine: ${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()}, node ${process.version}`,
  `load average (1 min) at start ${startLoad[0].toFixed(2)}, at end ${endLoad[0].toFixed(2)}; wall = spawn to exit of a fresh process; CPU and RSS of the main process`,
  '',
  ...lines.map((l) => `| ${l.join(' | ')} |`),
  '',
];
process.stdout.write(out.join('\n'));
if (floor === undefined) process.stdout.write('(floor not measured)\n');
