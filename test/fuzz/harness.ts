// The fuzz contract: whatever the input, a loader (or the whole check) ends in a result or in a
// ConfigError that names the file — and the line, when the input has lines. Anything else thrown is
// an internal error: the property fails and fast-check prints the shrunk input that causes it.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { expect } from 'vitest';
import { ConfigError } from '../../src/errors.js';

/** every input any property fed to a loader in this process */
export const tally = { inputs: 0, configErrors: 0, results: 0, internal: 0 };

export interface Expect {
  /** the input has lines, so a ConfigError must name one (default: true) */
  line?: boolean;
  /** files a ConfigError may name (default: any non-empty) */
  files?: readonly string[];
  /** false: the input is not a file (a command-line glob), so a ConfigError need not name one */
  file?: false;
}

/** Runs one input; throws (failing the property) unless it ends in a result or a located ConfigError. */
export function mustEndWell<T>(run: () => T, expect: Expect = {}): T | ConfigError {
  tally.inputs++;
  let out: T;
  try {
    out = run();
  } catch (e) {
    if (e instanceof ConfigError) {
      const pos = e.pos;
      if (expect.file === false && !pos) {
        tally.configErrors++;
        return e;
      }
      if (!pos || typeof pos.file !== 'string' || pos.file === '') {
        tally.internal++;
        throw new Error(`ConfigError without a file: ${e.message}`, { cause: e });
      }
      if (expect.files && !expect.files.includes(pos.file)) {
        tally.internal++;
        throw new Error(`ConfigError names ${pos.file}, which is none of the input files (${expect.files.join(', ')}): ${e.message}`, {
          cause: e,
        });
      }
      if (expect.line !== false && !(typeof pos.line === 'number' && pos.line >= 1)) {
        tally.internal++;
        throw new Error(`ConfigError without a line for ${pos.file}: ${e.message}`, { cause: e });
      }
      if (typeof e.message !== 'string' || e.message.trim() === '') {
        tally.internal++;
        throw new Error(`ConfigError with an empty message at ${pos.file}`, { cause: e });
      }
      tally.configErrors++;
      return e;
    }
    tally.internal++;
    const err = e as Error;
    throw new Error(`internal error ${err?.name ?? typeof e}: ${err?.message ?? String(e)}\n${err?.stack ?? ''}`, { cause: e });
  }
  tally.results++;
  return out;
}

/**
 * fast-check settings: a fixed seed, so that CI runs the same 110,000 inputs every time; FUZZ_SEED=N
 * replays another seed and FUZZ_SEED=random explores. The random seed is chosen here, once per test
 * file, and printed at once (not only on failure): a run that hangs never gets to print it.
 */
export const DEFAULT_FUZZ_SEED = 20261123;

export const FUZZ_SEED: number = (() => {
  const env = process.env.FUZZ_SEED;
  if (env !== 'random') return env ? Number(env) : DEFAULT_FUZZ_SEED;
  const seed = (Date.now() ^ (Math.random() * 0x100000000)) >>> 0;
  // straight to the worker's stderr: console output is sent to vitest asynchronously, and never if the
  // thread then spins
  fs.writeSync(2, `fuzz: FUZZ_SEED=random chose seed ${seed} (replay with FUZZ_SEED=${seed})\n`);
  return seed;
})();

export function params(numRuns: number): fc.Parameters<unknown> {
  const scale = process.env.FUZZ_SCALE ? Number(process.env.FUZZ_SCALE) : 1;
  return { numRuns: Math.max(1, Math.round(numRuns * scale)), seed: FUZZ_SEED, endOnFailure: false };
}

// ---------------------------------------------------------------------------------------------
// time: every input is bounded. A loader that is super-linear on some input must not spin a worker
// for minutes: vitest's test timeout cannot stop it (its timer runs on the thread the synchronous loop
// blocks, so it fires only after the loop returns), nor can fast-check's (for async properties only).
//   - after each input: its CPU time is measured; inputs over FUZZ_SLOW_MS (default 5 s; the slowest of the default seed takes ~1 s) are listed
//     and fail the file's last test (slowInputsReport), by test, seed and input;
//   - during each input: a watchdog on another thread reads the main thread's CPU time; an input still
//     running after FUZZ_HANG_MS (default 60 s) is printed to stderr with its test and seed, and the
//     worker process is killed, so that the run fails (vitest: "Worker exited unexpectedly") instead of
//     hanging. CPU time, not wall time: a worker starved by a loaded machine is not hung.

export const SLOW_INPUT_MS = Number(process.env.FUZZ_SLOW_MS ?? 5_000);
export const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 60_000);

export interface SlowInput {
  test: string;
  ms: number;
  input: string;
}
/** the inputs over SLOW_INPUT_MS, and the slowest input of all */
export const timing: { slow: SlowInput[]; slowest: SlowInput | null } = { slow: [], slowest: null };

/** the input as fast-check would print it (JSON when that fails), cut to `max` characters */
function show(input: readonly unknown[], max: number): string {
  let text: string;
  try {
    text = JSON.stringify(input) ?? String(input);
  } catch {
    text = fc.stringify(input);
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters)` : text;
}

const WATCH_TEXT = 256 * 1024;
/** [0]: the number of the input running (0: none), [1]: the byte length of its description */
const watchState = new Int32Array(new SharedArrayBuffer(8));
const watchText = new Uint8Array(new SharedArrayBuffer(WATCH_TEXT));
const encoder = new TextEncoder();
let watchSeq = 0;

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const state = new Int32Array(workerData.state);
const text = new Uint8Array(workerData.text);
const pid = process.pid;
// the main thread's CPU time (Linux: utime + stime of task <pid>, in ticks of 10 ms); elsewhere wall time
function cpuMs() {
  try {
    const stat = fs.readFileSync('/proc/' + pid + '/task/' + pid + '/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return Date.now();
  }
}
let seq = 0;
let since = 0;
setInterval(() => {
  const s = Atomics.load(state, 0);
  if (s === 0 || s !== seq) {
    seq = s;
    since = cpuMs();
    return;
  }
  const spent = cpuMs() - since;
  if (spent < workerData.limit) return;
  const what = new TextDecoder().decode(text.slice(0, Atomics.load(state, 1)));
  fs.writeSync(2, '\\nfuzz: HANG — one input has run for ' + (spent / 1000).toFixed(0) + ' s of CPU time (FUZZ_HANG_MS=' + workerData.limit + '); killing the test worker.\\n' + what + '\\n');
  process.kill(pid, 'SIGKILL');
}, 1000);
`;

let watchdog: Worker | null = null;
function startWatchdog(): void {
  if (watchdog || !(HANG_MS > 0)) return;
  watchdog = new Worker(WATCHDOG, { eval: true, workerData: { state: watchState.buffer, text: watchText.buffer, limit: HANG_MS } });
  watchdog.unref();
}

/** Runs one input of a property: watched while it runs, timed when it returns. */
function watched<T>(input: readonly unknown[], body: () => T): T {
  startWatchdog();
  const test = expect.getState().currentTestName ?? '(unknown test)';
  const described = `test: ${test}\nseed: ${FUZZ_SEED} (FUZZ_SEED=${FUZZ_SEED})\ninput: ${show(input, WATCH_TEXT / 4)}`;
  const { written } = encoder.encodeInto(described, watchText);
  Atomics.store(watchState, 1, written);
  watchSeq = (watchSeq % 0x7fffffff) + 1;
  Atomics.store(watchState, 0, watchSeq);
  const before = process.cpuUsage();
  try {
    return body();
  } finally {
    Atomics.store(watchState, 0, 0);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    if (ms > SLOW_INPUT_MS || ms > (timing.slowest?.ms ?? 0)) {
      const entry = { test, ms, input: show(input, 20_000) };
      if (ms > (timing.slowest?.ms ?? 0)) timing.slowest = entry;
      if (ms > SLOW_INPUT_MS) timing.slow.push(entry);
    }
  }
}

/** fc.property, with every input watched and timed (see above): use it for every fuzz property. */
export function property<Ts extends [unknown, ...unknown[]]>(
  ...args: [...arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }, predicate: (...args: Ts) => boolean | void]
): fc.IPropertyWithHooks<Ts> {
  const predicate = args[args.length - 1] as (...a: Ts) => boolean | void;
  const arbitraries = args.slice(0, -1);
  const make = fc.property as unknown as (...a: unknown[]) => fc.IPropertyWithHooks<Ts>;
  return make(...arbitraries, (...input: Ts) => watched(input, () => predicate(...input)));
}

/** What the last test of a fuzz file asserts: no input took more than SLOW_INPUT_MS (the text names them). */
export function slowInputsReport(): string {
  return timing.slow
    .map(
      (x) =>
        `${(x.ms / 1000).toFixed(2)} s of CPU time (over FUZZ_SLOW_MS=${SLOW_INPUT_MS}) in "${x.test}", FUZZ_SEED=${FUZZ_SEED}, input: ${x.input}`,
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// seeds: real files

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

function walk(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, keep, out);
    else if (keep(e.name)) out.push(p);
  }
  return out.sort();
}

const read = (p: string) => fs.readFileSync(p, 'utf8');

/** every compose file of the fixtures (the awesome-compose corpus and the field-report fixtures) */
export const COMPOSE_SEEDS: readonly string[] = walk(path.join(ROOT, 'fixtures'), (n) =>
  /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(n),
).map(read);
export const INVENTORY_SEEDS: readonly string[] = walk(path.join(ROOT, 'fixtures'), (n) => /^network-inventory\.ya?ml$/.test(n)).map(read);
export const DAEMON_SEEDS: readonly string[] = [
  ...walk(path.join(ROOT, 'fixtures'), (n) => n === 'daemon.json').map(read),
  '{}',
  '{"bip": "172.26.0.1/16", "mtu": 1442}',
  '{"default-address-pools": [{"base": "10.201.0.0/16", "size": 24}, {"base": "fd00:1::/48", "size": 64}], "bridge": "none"}',
  '{"fixed-cidr": "172.26.5.0/24", "default-network-opts": {"bridge": {"com.docker.network.driver.mtu": "1442"}}, "ip-forward": false, "iptables": true}',
];
export const IMPORT_SEEDS: readonly string[] = walk(
  path.join(ROOT, 'fixtures/load'),
  (n) => n.endsWith('.json') && n !== 'daemon.json',
).map(read);
export const ENV_SEEDS: readonly string[] = [
  '# comment\n\nA=1\nB=two words\n  C=3\n',
  'export A=1\nB: 2\n',
  'A=value # note\nB=a#b\n',
  `A='\${X} \\n'\nB="line1\\nline2"\nX=x\nC="\${X}y"\n`,
  'COMPOSE_PROJECT_NAME=shop\nCOMPOSE_FILE=compose.yaml:compose.prod.yaml\nCOMPOSE_PROFILES=debug,tools\nSUBNET=10.20.0.0/24\n',
  'NET=${BASE:-10.0.0.0}/16\nREQ=${MUST:?set it}\nEMPTY=\nQUOTED="a \\"b\\" c"\n',
];

// ---------------------------------------------------------------------------------------------
// mutations: cheap edits of a text that keep most of its structure

/** the pieces edits insert: YAML/JSON syntax, interpolation, tags, odd Unicode, invalid UTF-16 */
export const TOKENS: readonly string[] = [
  ':',
  ': ',
  '- ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '*b',
  '!',
  '!!str ',
  '!!binary ',
  '!reset ',
  '!override ',
  '|',
  '>',
  "'",
  '"',
  '#',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '@',
  '`',
  '?',
  '<<: ',
  '<<: *a',
  '$',
  '$$',
  '${',
  '}',
  '${A}',
  '${A:-x}',
  '${A:?err}',
  '${A-}',
  '${${A}}',
  '\\',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\ud800',
  '\udc00',
  'é',
  '𝕏',
  '\u2028',
  '\u0085',
  '0',
  '1',
  '-1',
  '1e9',
  '0x10',
  '.inf',
  '.nan',
  '~',
  'null',
  'true',
  'yes',
  'no',
  '/',
  '.',
  '..',
  '../',
  '/etc/passwd',
  '172.300.0.0/16',
  '10.0.0.0/33',
  '::/129',
  'fd00::/8',
  '0.0.0.0/0',
  '10.1.2.3/16',
  '999999999999999999999',
  'services:',
  'networks:',
  'ipam:',
  'config:',
  'subnet: ',
  'include:',
  'extends:',
  'external: true',
  'name: ',
  'driver: ',
  'enable_ipv6: true',
  'profiles: [x]',
];

export type Edit = [number, number, number];

/** an edit: [where, what (0 insert, 1 delete, 2 replace, 3 duplicate a line, 4 drop a line, 5 truncate, 6 swap two lines), which token / length] */
export const edit: fc.Arbitrary<Edit> = fc.tuple(fc.nat(), fc.nat(6), fc.nat());

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let t = text;
  for (const [at, kind, k] of edits) {
    const i = t.length === 0 ? 0 : at % (t.length + 1);
    switch (kind) {
      case 0:
        t = t.slice(0, i) + TOKENS[k % TOKENS.length] + t.slice(i);
        break;
      case 1:
        t = t.slice(0, i) + t.slice(i + 1 + (k % 8));
        break;
      case 2:
        t = t.slice(0, i) + TOKENS[k % TOKENS.length] + t.slice(i + 1);
        break;
      case 3:
      case 4:
      case 6: {
        const lines = t.split('\n');
        const a = at % lines.length;
        const b = k % lines.length;
        if (kind === 3) lines.splice(a, 0, lines[a]);
        else if (kind === 4) lines.splice(a, 1);
        else [lines[a], lines[b]] = [lines[b], lines[a]];
        t = lines.join('\n');
        break;
      }
      default:
        t = t.slice(0, i);
    }
  }
  return t;
}

/** a seed text with up to `max` edits */
export function mutated(seeds: readonly string[], max = 6): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(seeds.length - 1), fc.array(edit, { minLength: 1, maxLength: max }))
    .map(([s, edits]) => applyEdits(seeds[s], edits));
}

/** bytes as a file read with invalid UTF-8 would give them (U+FFFD), or as Latin-1, or raw UTF-16 units */
export const junk: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder('utf-8').decode(b)),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\n',
    '\uFEFF',
    '\uFEFF\n',
    '\r\n\r\n',
    '\u0000',
    '---',
    '...',
    '[]',
    '{}',
    'null',
    '~',
    '""',
    '0',
    '- ',
    ': ',
    '#',
  ),
);

/** CIDR-looking text, valid and not */
export const cidrish: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.array(
        fc.oneof(
          fc.integer({ min: 0, max: 255 }).map(String),
          fc.constantFrom('256', '300', '-1', '01', '00', 'a', '', ' 1', '1e2', '0x1'),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      fc.oneof(fc.integer({ min: 0, max: 33 }).map(String), fc.constantFrom('', '-1', '08', '032', '64', '128', '129', 'x', '24 ')),
    )
    .map(([o, l]) => `${o.join('.')}/${l}`),
  fc.constantFrom(
    '172.300.0.0/16',
    '10.0.0.0/8',
    '10.1.2.3/16',
    '0.0.0.0/0',
    '255.255.255.255/32',
    '192.168.0.0',
    '10.0.0.0/',
    '/24',
    '10.0.0.0/24/24',
    ' 10.0.0.0/24',
    'fd00::/8',
    '::/0',
    '::/128',
    '::/129',
    'fd00:::/64',
    'g::/64',
    '1:2:3:4:5:6:7:8:9/64',
    '::ffff:1.2.3.4/120',
    'fe80::1%eth0/64',
    'FD00::/8',
    'fd00::1/64',
  ),
);

/** a JSON-ish value of any type, small */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small', maxDepth: 2 },
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(-1, 0, 24, 32, 33, 64, 128, 129, 1e9, 2 ** 53, 2 ** 64, -0, 24.5, 1e308, Number.MAX_SAFE_INTEGER),
  cidrish,
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'none', 'unknown', '26.1', '20.10', '27', 'persistent', 'cycling', '../x', '/etc', 'a/../../b', '${X}'),
  fc.array(fc.oneof(cidrish, fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('base', 'size', 'cidr', 'name', 'path', 'x'),
    fc.oneof(cidrish, fc.integer(), fc.constant(null), fc.string({ maxLength: 5 })),
    { maxKeys: 3 },
  ),
);

/** every path (keys and indices) in a plain value */
export function pathsOf(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

/** a copy of `root` with the value at `at` replaced (or a key added next to it) */
export function replaceAt(root: unknown, at: readonly (string | number)[], value: unknown, addKey?: string): unknown {
  if (at.length === 0)
    return addKey && root && typeof root === 'object' && !Array.isArray(root) ? { ...(root as object), [addKey]: value } : value;
  const [k, ...rest] = at;
  if (Array.isArray(root)) return root.map((x, i) => (i === k ? replaceAt(x, rest, value, addKey) : x));
  if (root && typeof root === 'object')
    return { ...(root as Record<string, unknown>), [k]: replaceAt((root as Record<string, unknown>)[k as string], rest, value, addKey) };
  return root;
}
