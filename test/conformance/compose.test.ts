// Compose conformance: the loader's prediction against what real Compose creates. Each project is
// brought up (`up --no-start`) with Debian's docker-compose 1.29.2 on a real dockerd 20.10.24, and
// with Compose 2.40.3 on a real dockerd 28.5.2, each daemon in its own network namespace
// (test/oracle/dockerd.ts); the networks the daemon then holds must be exactly the networks the
// loader predicts: the same names, external ones joined (only the predicted external names exist
// beforehand, so a wrong name makes `up` fail), pinned subnets as written, and the dynamic subnets the
// simulator (src/engine) gives for the same daemon state. Under v1 (`compose: v1`, one file) the
// mapping network → subnet must be exact: the loader lists the networks in docker-compose 1.x's
// creation order. Under v2 the order is random, so the SET of dynamic subnets is compared.
//
// Two sources: the awesome-compose corpus (fixtures/awesome-compose, images and builds swapped for
// a local empty image: networks do not depend on images) and seeded generated projects where v1
// and v2 agree (compose-gen.ts). v2-only semantics have table tests in test/load/compose.test.ts.
//
// Replay:   COMPOSE_CONFORMANCE_SEED=<seed> npx vitest run test/conformance/compose.test.ts
// Knobs:    COMPOSE_CONFORMANCE_PROJECTS (generated projects, default 60),
//           COMPOSE_CONFORMANCE_PARALLEL (daemons at once over both Compose generations, default 4)
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { SimDaemon } from '../../src/engine/daemon.js';
import { isConfigError } from '../../src/errors.js';
import { loadProject } from '../../src/load/compose.js';
import { FsReader } from '../../src/load/reader.js';
import type { ComposeProject } from '../../src/model.js';
import type { ComposeGeneration } from '../../src/model.js';
import {
  dockerdVersion,
  hasCommand,
  leftoverNamespaces,
  liveDaemonCount,
  oracleAvailability,
  startDaemon,
  stopAllDaemons,
  type DaemonHandle,
} from '../oracle/dockerd.js';
import { COMPOSE_V2_PATH, composeV2, ENGINES, type OracleEngine } from '../oracle/engines.js';
import { generateProject, type GeneratedProject } from './compose-gen.js';
import { DaemonSlots } from './runner.js';

const execFileP = promisify(execFile);
const availability = oracleAvailability();
const composeV1 = hasCommand('docker-compose');
const dockerCli = hasCommand('docker');
const inCI = process.env.CI === 'true';
const runnable = availability.ok && composeV1 && dockerCli;
const whyNot = !availability.ok
  ? `the real-dockerd oracle is not available here (${availability.reason})`
  : !composeV1
    ? 'docker-compose (v1) is not installed (apt-get install docker-compose)'
    : 'the docker CLI is not installed (apt-get install docker.io)';
/** a Compose generation and the engine it runs on */
interface Composer {
  generation: ComposeGeneration;
  label: string;
  bin: string;
  engine: OracleEngine | undefined;
  /** why it cannot run (undefined when it can) */
  missing?: string;
}
const COMPOSERS: Composer[] = [
  { generation: 'v1', label: 'docker-compose 1.29.2', bin: 'docker-compose', engine: ENGINES.find((e) => e.version === '20.10.24') },
  { generation: 'v2', label: 'Compose 2.40.3', bin: composeV2 ?? COMPOSE_V2_PATH, engine: ENGINES.find((e) => e.version === '28.5.2') },
].map((c) => ({
  ...c,
  missing:
    c.generation === 'v2' && !composeV2
      ? `${COMPOSE_V2_PATH} not found (run test/oracle/fetch-engines.sh)`
      : !c.engine
        ? 'its dockerd is not available (run test/oracle/fetch-engines.sh)'
        : c.engine.missing,
})) as Composer[];
const SEED = Number(process.env.COMPOSE_CONFORMANCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PROJECTS = Number(process.env.COMPOSE_CONFORMANCE_PROJECTS ?? 60);
const PARALLEL = Math.max(1, Number(process.env.COMPOSE_CONFORMANCE_PARALLEL ?? 4));
/** daemons at once over both Compose generations and both tests */
const slots = new DaemonSlots(PARALLEL);
const CORPUS = join(import.meta.dirname, '../../fixtures/awesome-compose');
const BUILTIN = new Set(['bridge', 'host', 'none']);

/** One project to bring up: the files docker-compose reads and the files the loader reads. */
interface Case {
  title: string;
  /** root of the case on disk (the loader's repository root) */
  root: string;
  /** files the loader reads, relative to root */
  files: string[];
  /** files docker-compose reads (may be a swapped-image copy), relative to root */
  composeFiles: string[];
  /** -p for the loader */
  projectName?: string;
  /** -p for docker-compose (defaults to projectName) */
  composeProjectName?: string;
  notes: string[];
}

interface Outcome {
  title: string;
  ok: boolean;
  detail: string;
  created: number;
}

type Tally = {
  corpus: number;
  generated: number;
  corpusOk: number;
  generatedOk: number;
  networks: number;
  subnetsChecked: number;
  mappings: number;
};
const newTally = (): Tally => ({ corpus: 0, generated: 0, corpusOk: 0, generatedOk: 0, networks: 0, subnetsChecked: 0, mappings: 0 });

// ---------------------------------------------------------------------------------------------
// the awesome-compose corpus, with images swapped

/**
 * Compose's copy of a corpus file: every service gets the local empty image and a command; `build`,
 * volumes, secrets and configs are dropped. Nothing that decides networks is touched, except the top-level `name:` that
 * v1 cannot parse: it is dropped from v1's copy and handed to v1 as -p (see corpusCases).
 */
function swapImages(text: string): { text: string; name?: string } {
  const doc = parseDocument(text, { merge: true });
  const js = doc.toJS({ maxAliasCount: 1000 }) as Record<string, unknown>;
  const name = typeof js.name === 'string' ? js.name : undefined;
  delete js.name;
  const services = (js.services ?? {}) as Record<string, Record<string, unknown>>;
  // file mounts and secrets decide nothing about networks, and Compose v2 creates containers (after the
  // networks) whose bind sources and secret files the corpus does not carry
  delete js.secrets;
  delete js.configs;
  for (const s of Object.values(services)) {
    delete s.build;
    delete s.volumes;
    delete s.secrets;
    delete s.configs;
    // a platform (wasi/wasm) the local image lacks makes Compose v2 pull from a registry
    delete s.platform;
    delete s.pull_policy;
    delete s.runtime;
    s.image = 'scratch-local';
    s.command = ['/x'];
    delete s.entrypoint;
  }
  return { text: JSON.stringify(js, null, 1), name };
}

function corpusCases(base: string): Case[] {
  const out: Case[] = [];
  for (const name of readdirSync(CORPUS).sort()) {
    const dir = join(CORPUS, name);
    if (!statSync(dir).isDirectory()) continue;
    const file = readdirSync(dir).find((f) => /^(compose|docker-compose)\.ya?ml$/.test(f));
    if (!file) continue;
    const root = join(base, `corpus-${name}`);
    mkdirSync(join(root, name), { recursive: true });
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(root, name, file), text);
    const swapped = swapImages(text);
    writeFileSync(join(root, name, 'swapped.compose.json'), swapped.text);
    out.push({
      title: `awesome-compose/${name}`,
      root,
      files: [`${name}/${file}`],
      composeFiles: [`${name}/swapped.compose.json`],
      // v1 has no top-level name: (v2 only); the same name goes to v1 as -p, the loader reads name:
      composeProjectName: swapped.name,
      notes: swapped.name ? ['top-level name: given to v1 as -p'] : [],
    });
  }
  return out;
}

function generatedCase(base: string, g: GeneratedProject): Case {
  const root = join(base, `gen-${g.index}`);
  for (const [p, text] of Object.entries(g.tree)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return {
    title: `generated #${g.index} (${g.notes.join(', ')})`,
    root,
    files: g.files,
    composeFiles: g.files,
    projectName: g.projectName,
    notes: g.notes,
  };
}

// ---------------------------------------------------------------------------------------------
// running one case on a daemon

function minimalEnv(d: DaemonHandle): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', HOME: process.env.HOME ?? '/root', LANG: 'C.UTF-8', ...d.env };
}

async function docker(d: DaemonHandle, args: string[]): Promise<string> {
  const { stdout } = await execFileP('docker', args, { env: minimalEnv(d), timeout: 60_000 });
  return stdout;
}

/** Removes every container and every non-built-in network, in the daemon and in the simulator. */
async function reset(d: DaemonHandle, sim: SimDaemon): Promise<void> {
  const ids = (await docker(d, ['ps', '-aq'])).split(/\s+/).filter(Boolean);
  if (ids.length) await docker(d, ['rm', '-f', ...ids]);
  for (const n of await d.listNetworks()) {
    if (BUILTIN.has(n.name)) continue;
    await d.removeNetwork(n.name);
    sim.remove(n.name);
  }
}

function describeProject(p: ComposeProject): string {
  return p.networks
    .map((n) => `${n.name}${n.external ? ' (external)' : ''}${n.subnets.length ? ` ${n.subnets.map((s) => s.cidr).join(',')}` : ''}`)
    .join('; ');
}

async function runCase(d: DaemonHandle, sim: SimDaemon, c: Case, composer: Composer, tally: Tally): Promise<Outcome> {
  let predicted: ComposeProject;
  try {
    predicted = loadProject({
      reader: new FsReader(c.root),
      files: c.files,
      environment: {},
      projectName: c.projectName,
      compose: composer.generation,
    });
  } catch (e) {
    const msg = isConfigError(e) ? e.describe() : ((e as Error).stack ?? String(e));
    return { title: c.title, ok: false, detail: `the loader refused it: ${msg}`, created: 0 };
  }
  // only the predicted external networks exist beforehand: a wrong external name makes `up` fail
  for (const n of predicted.networks.filter((x) => x.external)) {
    const r = await d.createNetwork(n.name);
    if (!r.ok) return { title: c.title, ok: false, detail: `creating external ${n.name}: ${r.error}`, created: 0 };
    sim.create(n.name);
  }
  const before = new Set((await d.listNetworks()).map((n) => n.name));
  const p = c.composeProjectName ?? c.projectName;
  // nothing is ever pulled (the namespace has no way out): v2 is told so, v1 never pulls a local image
  const args = [
    ...(p ? ['-p', p] : []),
    ...c.composeFiles.flatMap((f) => ['-f', join(c.root, f)]),
    'up',
    '--no-start',
    ...(composer.generation === 'v2' ? ['--pull', 'never'] : []),
  ];
  let composeError = '';
  try {
    await execFileP(composer.bin, args, { cwd: join(c.root, dirname(c.files[0])), env: minimalEnv(d), timeout: 120_000 });
  } catch (e) {
    composeError = ((e as { stderr?: string }).stderr ?? String(e)).trim();
  }
  const after = await d.listNetworks();
  const created = after.filter((n) => !before.has(n.name));
  const want = predicted.networks.filter((n) => !n.external);
  const problems: string[] = [];
  const gotNames = created.map((n) => n.name).sort();
  const wantNames = want.map((n) => n.name).sort();
  if (gotNames.join('\n') !== wantNames.join('\n')) {
    problems.push(`networks: ${composer.label} created [${gotNames.join(', ')}], the loader predicted [${wantNames.join(', ')}]`);
  }
  if (composeError && !/Cannot create container|No command specified/.test(composeError)) {
    problems.push(`${composer.label} failed: ${composeError.split('\n').slice(-3).join(' | ')}`);
  }
  if (problems.length === 0) {
    // pinned subnets as written; dynamic ones as the simulator allocates them from the same state
    const dynamicReal: string[] = [];
    const dynamicSim: string[] = [];
    for (const n of want) {
      const real = created.find((x) => x.name === n.name)!;
      if (n.subnets.length > 0) {
        const pinned = n.subnets.map((s) => s.cidr).sort();
        tally.subnetsChecked += pinned.length;
        if (real.subnets.slice().sort().join() !== pinned.join())
          problems.push(`${n.name}: subnets ${real.subnets.join(',')} on dockerd, ${pinned.join(',')} predicted`);
        sim.create(n.name, { subnets: n.subnets.map((s) => s.cidr) });
      } else {
        dynamicReal.push(...real.subnets);
      }
    }
    // in the loader's order: Compose v1's creation order when it is known
    const mapping: string[] = [];
    for (const n of want.filter((x) => x.subnets.length === 0)) {
      const r = sim.create(n.name);
      const real = created.find((x) => x.name === n.name)!;
      if (r.ok) dynamicSim.push(...r.subnets);
      else dynamicSim.push(`error: ${r.error}`);
      const simText = r.ok ? r.subnets.join(',') : `error: ${r.error}`;
      if (simText !== real.subnets.join(',')) mapping.push(`${n.name}: ${real.subnets.join(',')} on dockerd, ${simText} predicted`);
    }
    tally.subnetsChecked += dynamicReal.length;
    if (dynamicReal.sort().join() !== dynamicSim.sort().join()) {
      problems.push(`dynamic subnets: [${dynamicReal.join(', ')}] on dockerd, [${dynamicSim.join(', ')}] from the simulator`);
    } else if (predicted.creationOrder === 'first-use') {
      // the order is known: every network must get exactly the subnet predicted for it
      if (mapping.length) problems.push(`network → subnet (first-use order): ${mapping.join('; ')}`);
      else if (dynamicReal.length > 1) tally.mappings++;
    }
  }
  tally.networks += created.length;
  await reset(d, sim);
  return {
    title: c.title,
    ok: problems.length === 0,
    detail: problems.length
      ? `${problems.join('\n  ')}\n  prediction: ${describeProject(predicted)}\n  files: ${c.files.join(' ')} (root ${c.root})`
      : '',
    created: created.length,
  };
}

/** Runs the cases on PARALLEL daemons, each case alone on its daemon, in order per daemon. */
async function runAll(cases: Case[], composer: Composer, tally: Tally): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(cases.length);
  const queues: number[][] = Array.from({ length: Math.min(PARALLEL, cases.length) }, () => []);
  cases.forEach((_, i) => queues[i % queues.length].push(i));
  await Promise.all(
    queues.map((queue) =>
      slots.run(async () => {
        const d = await startDaemon({ dockerdPath: composer.engine!.dockerd });
        try {
          await d.importScratchImage('scratch-local');
          const sim = new SimDaemon({ engine: composer.engine!.version });
          for (const i of queue) outcomes[i] = await runCase(d, sim, cases[i], composer, tally);
        } finally {
          await d.stop();
        }
      }),
    ),
  );
  return outcomes;
}

function report(outcomes: Outcome[]): string {
  return outcomes
    .filter((o) => !o.ok)
    .map((o) => `${o.title}:\n  ${o.detail}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

if (!runnable && !inCI) {
  console.log(`compose conformance skipped: ${whyNot}; CI=true makes this a failure`);
}

const summaries: string[] = [];

describe.concurrent('compose conformance (loader vs real Compose on a real dockerd)', () => {
  it.runIf(!runnable && inCI)('needs a real dockerd and docker-compose on CI', () => {
    throw new Error(`compose conformance cannot run on CI: ${whyNot}`);
  });

  afterAll(async () => {
    await stopAllDaemons();
    if (!runnable) return;
    console.log(`compose conformance (seed ${SEED}):\n${summaries.map((l) => `  ${l}`).join('\n')}`);
    expect(liveDaemonCount(), 'daemons left running').toBe(0);
    expect(leftoverNamespaces(), 'network namespaces left behind').toEqual([]);
  });

  for (const composer of runnable ? COMPOSERS : []) composerSuite(composer);
});

function composerSuite(composer: Composer): void {
  const tally = newTally();
  const started = performance.now();
  const engine =
    composer.engine && !composer.engine.missing
      ? (dockerdVersion(composer.engine.dockerd) ?? composer.engine.version)
      : (composer.engine?.version ?? '?');

  describe(`${composer.label} on dockerd ${engine}`, () => {
    it.runIf(!!composer.missing)(`needs ${composer.label} on CI`, () => {
      throw new Error(`${composer.label} cannot run: ${composer.missing}`);
    });
    if (composer.missing) return;
    const base = mkdtempSync(join(tmpdir(), `sg-compose-conf-${composer.generation}-`));

    afterAll(() => {
      rmSync(base, { recursive: true, force: true });
      console.log(`compose conformance: ${summaryLine()}`);
      summaries.push(summaryLine());
    });
    const summaryLine = () =>
      `${composer.label} on dockerd ${engine}: ${tally.corpus} corpus projects + ${tally.generated} generated, ` +
      (tally.corpusOk === tally.corpus && tally.generatedOk === tally.generated
        ? 'all matched'
        : `${tally.corpus - tally.corpusOk + tally.generated - tally.generatedOk} did not match`) +
      ` (${tally.networks} networks created, ${tally.subnetsChecked} subnets compared` +
      (composer.generation === 'v1'
        ? `, ${tally.mappings} projects with several dynamic networks matched network by network`
        : ', dynamic subnets compared as a set per project') +
      `; ${Math.round((performance.now() - started) / 1000)} s)`;

    it(`predicts the networks ${composer.label} creates for every awesome-compose project`, { timeout: 900_000 }, async () => {
      const cases = corpusCases(base);
      expect(cases.length).toBe(39);
      const outcomes = await runAll(cases, composer, tally);
      tally.corpus = outcomes.length;
      tally.corpusOk = outcomes.filter((o) => o.ok).length;
      expect(report(outcomes)).toBe('');
    });

    it(
      `predicts the networks ${composer.label} creates for ${PROJECTS} generated projects (seed ${SEED})`,
      { timeout: 1_800_000 },
      async () => {
        const cases = Array.from({ length: PROJECTS }, (_, i) => generatedCase(base, generateProject(SEED, i, `t${i}`, 1 + (i % 250))));
        const outcomes = await runAll(cases, composer, tally);
        tally.generated = outcomes.length;
        tally.generatedOk = outcomes.filter((o) => o.ok).length;
        expect(report(outcomes), `replay with COMPOSE_CONFORMANCE_SEED=${SEED}`).toBe('');
      },
    );
  });
}
