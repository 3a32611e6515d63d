// Compose conformance: the loader's prediction against what real Compose creates. Each project is
// brought up with Debian's docker-compose 1.29.2 (`up --no-start`) on a real dockerd 20.10.24 in
// its own network namespace (test/oracle/dockerd.ts); the networks the daemon then holds must be
// exactly the networks the loader predicts: the same names, external ones joined (only the
// predicted external names exist beforehand, so a wrong name makes `up` fail), pinned subnets as
// written, and the dynamic subnets the simulator (src/engine) gives for the same daemon state.
//
// Two sources: the awesome-compose corpus (fixtures/awesome-compose, images and builds swapped for
// a local empty image: networks do not depend on images) and seeded generated projects where v1
// and v2 agree (compose-gen.ts). v2-only semantics have table tests in test/load/compose.test.ts.
//
// Replay:   COMPOSE_CONFORMANCE_SEED=<seed> npx vitest run test/conformance/compose.test.ts
// Knobs:    COMPOSE_CONFORMANCE_PROJECTS (generated projects, default 120),
//           COMPOSE_CONFORMANCE_PARALLEL (daemons at once, default 4)
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
import { dockerdVersion, hasCommand, leftoverNamespaces, liveDaemonCount, oracleAvailability, startDaemon, stopAllDaemons, type DaemonHandle } from '../oracle/dockerd.js';
import { generateProject, type GeneratedProject } from './compose-gen.js';

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
const engine = runnable ? dockerdVersion() ?? 'unknown' : 'unknown';
const SEED = Number(process.env.COMPOSE_CONFORMANCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PROJECTS = Number(process.env.COMPOSE_CONFORMANCE_PROJECTS ?? 120);
const PARALLEL = Math.max(1, Number(process.env.COMPOSE_CONFORMANCE_PARALLEL ?? 4));
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

const tally = { corpus: 0, generated: 0, corpusOk: 0, generatedOk: 0, networks: 0, subnetsChecked: 0 };

// ---------------------------------------------------------------------------------------------
// the awesome-compose corpus, with images swapped

/**
 * docker-compose's copy of a corpus file: every service gets the local empty image and a command,
 * `build` is dropped. Nothing that decides networks is touched, except the top-level `name:` that
 * v1 cannot parse: it is dropped from v1's copy and handed to v1 as -p (see corpusCases).
 */
function swapImages(text: string): { text: string; name?: string } {
  const doc = parseDocument(text, { merge: true });
  const js = doc.toJS({ maxAliasCount: 1000 }) as Record<string, unknown>;
  const name = typeof js.name === 'string' ? js.name : undefined;
  delete js.name;
  const services = (js.services ?? {}) as Record<string, Record<string, unknown>>;
  for (const s of Object.values(services)) {
    delete s.build;
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
  return { title: `generated #${g.index} (${g.notes.join(', ')})`, root, files: g.files, composeFiles: g.files, projectName: g.projectName, notes: g.notes };
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
  return p.networks.map((n) => `${n.name}${n.external ? ' (external)' : ''}${n.subnets.length ? ` ${n.subnets.map((s) => s.cidr).join(',')}` : ''}`).join('; ');
}

async function runCase(d: DaemonHandle, sim: SimDaemon, c: Case): Promise<Outcome> {
  let predicted: ComposeProject;
  try {
    predicted = loadProject({ reader: new FsReader(c.root), files: c.files, environment: {}, projectName: c.projectName });
  } catch (e) {
    const msg = isConfigError(e) ? e.describe() : (e as Error).stack ?? String(e);
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
  const args = [...(p ? ['-p', p] : []), ...c.composeFiles.flatMap((f) => ['-f', join(c.root, f)]), 'up', '--no-start'];
  let composeError = '';
  try {
    await execFileP('docker-compose', args, { cwd: join(c.root, dirname(c.files[0])), env: minimalEnv(d), timeout: 120_000 });
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
    problems.push(`networks: docker-compose created [${gotNames.join(', ')}], the loader predicted [${wantNames.join(', ')}]`);
  }
  if (composeError && !/Cannot create container|No command specified/.test(composeError)) {
    problems.push(`docker-compose failed: ${composeError.split('\n').slice(-3).join(' | ')}`);
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
        if (real.subnets.slice().sort().join() !== pinned.join()) problems.push(`${n.name}: subnets ${real.subnets.join(',')} on dockerd, ${pinned.join(',')} predicted`);
        sim.create(n.name, { subnets: n.subnets.map((s) => s.cidr) });
      } else {
        dynamicReal.push(...real.subnets);
      }
    }
    for (const n of want.filter((x) => x.subnets.length === 0)) {
      const r = sim.create(n.name);
      if (r.ok) dynamicSim.push(...r.subnets);
      else dynamicSim.push(`error: ${r.error}`);
    }
    tally.subnetsChecked += dynamicReal.length;
    if (dynamicReal.sort().join() !== dynamicSim.sort().join()) {
      problems.push(`dynamic subnets: [${dynamicReal.join(', ')}] on dockerd, [${dynamicSim.join(', ')}] from the simulator`);
    }
  }
  tally.networks += created.length;
  await reset(d, sim);
  return {
    title: c.title,
    ok: problems.length === 0,
    detail: problems.length ? `${problems.join('\n  ')}\n  prediction: ${describeProject(predicted)}\n  files: ${c.files.join(' ')} (root ${c.root})` : '',
    created: created.length,
  };
}

/** Runs the cases on PARALLEL daemons, each case alone on its daemon, in order per daemon. */
async function runAll(cases: Case[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(cases.length);
  const queues: number[][] = Array.from({ length: Math.min(PARALLEL, cases.length) }, () => []);
  cases.forEach((_, i) => queues[i % queues.length].push(i));
  await Promise.all(
    queues.map(async (queue) => {
      const d = await startDaemon({});
      try {
        await d.importScratchImage('scratch-local');
        const sim = new SimDaemon({ engine });
        for (const i of queue) outcomes[i] = await runCase(d, sim, cases[i]);
      } finally {
        await d.stop();
      }
    }),
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

describe('compose conformance (loader vs docker-compose 1.29.2 on a real dockerd)', () => {
  it.runIf(!runnable && inCI)('needs a real dockerd and docker-compose on CI', () => {
    throw new Error(`compose conformance cannot run on CI: ${whyNot}`);
  });

  describe.runIf(runnable)(`dockerd ${engine}`, () => {
    const base = runnable ? mkdtempSync(join(tmpdir(), 'sg-compose-conf-')) : '';

    afterAll(async () => {
      await stopAllDaemons();
      if (base) rmSync(base, { recursive: true, force: true });
      console.log(
        `compose conformance: ${tally.corpus} corpus projects + ${tally.generated} generated (seed ${SEED}), ` +
          (tally.corpusOk === tally.corpus && tally.generatedOk === tally.generated
            ? `all matched docker-compose 1.29.2 on dockerd ${engine}`
            : `${tally.corpus - tally.corpusOk + tally.generated - tally.generatedOk} did not match docker-compose 1.29.2`) +
          ` (${tally.networks} networks created, ${tally.subnetsChecked} subnets compared)`,
      );
      expect(liveDaemonCount(), 'daemons left running').toBe(0);
      expect(leftoverNamespaces(), 'network namespaces left behind').toEqual([]);
    });

    it('predicts the networks docker-compose creates for every awesome-compose project', { timeout: 900_000 }, async () => {
      const cases = corpusCases(base);
      expect(cases.length).toBe(39);
      const outcomes = await runAll(cases);
      tally.corpus = outcomes.length;
      tally.corpusOk = outcomes.filter((o) => o.ok).length;
      expect(report(outcomes)).toBe('');
    });

    it(`predicts the networks docker-compose creates for ${PROJECTS} generated projects (seed ${SEED})`, { timeout: 1_800_000 }, async () => {
      const cases = Array.from({ length: PROJECTS }, (_, i) => generatedCase(base, generateProject(SEED, i, `t${i}`, 1 + (i % 250))));
      const outcomes = await runAll(cases);
      tally.generated = outcomes.length;
      tally.generatedOk = outcomes.filter((o) => o.ok).length;
      expect(report(outcomes), `replay with COMPOSE_CONFORMANCE_SEED=${SEED}`).toBe('');
    });
  });
});
