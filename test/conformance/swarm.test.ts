// Swarm conformance: the same operations against a real swarm manager (a dockerd in its own network
// namespace, `docker swarm init --advertise-addr` on the namespace's veth address) and against the
// simulator, on the three Engine lines (Debian's 20.10.24, 26.1.5 and 28.5.2), compared network by
// network after every operation — ingress, docker_gwbridge, every overlay and bridge. The daemon is the
// truth; every literal below was first observed on the real daemons.
//
// Replay:   SWARM_SEED=<seed> npx vitest run test/conformance/swarm.test.ts
// One case: SWARM_SEED=<seed> SWARM_ONLY=<engine>#<index>[,…] npx vitest run test/conformance/swarm.test.ts
// Knobs:    SWARM_SCENARIOS (random scenarios per engine, default 60), SWARM_PARALLEL (daemons at once, default 4),
//           SWARM_ENGINES (comma-separated versions to run, default all three)
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SimDaemon } from '../../src/engine/daemon.js';
import { oracleAvailability, startDaemon, stopAllDaemons, type DaemonHandle } from '../oracle/dockerd.js';
import {
  SWARM_ADDRESS,
  createOverlay,
  createService,
  leaderOf,
  linkDaemons,
  managerSwarm,
  removeNetwork,
  swarmInit,
  swarmReady,
  subnetsOf,
} from '../oracle/swarm.js';
import { scenarioSeed } from './scenario.js';
import { formatSwarmOp, formatSwarmSetup, randomSwarmScenario, simSetup, type SwarmOp, type SwarmScenario } from './swarm-scenario.js';

/** The engines, and where their dockerd is (docker-ipam.md §9 fetches 26.1.5 and 28.5.2 from Debian's archive). */
const ENGINES: { version: string; dockerd: string }[] = [
  { version: '20.10.24', dockerd: 'dockerd' },
  { version: '26.1.5', dockerd: process.env.SUBNET_GUARD_DOCKERD_26 ?? '/var/cache/subnet-guard/26.1.5/usr/sbin/dockerd' },
  { version: '28.5.2', dockerd: process.env.SUBNET_GUARD_DOCKERD_28 ?? '/var/cache/subnet-guard/28.5.2/usr/sbin/dockerd' },
].filter((e) => !process.env.SWARM_ENGINES || process.env.SWARM_ENGINES.split(',').includes(e.version));

const availability = oracleAvailability();
const inCI = process.env.CI === 'true';
const missing = ENGINES.filter((e) => e.dockerd !== 'dockerd' && !existsSync(e.dockerd)).map((e) => `${e.version} (${e.dockerd})`);
const skipReason = !availability.ok ? availability.reason : missing.length ? `dockerd not found for ${missing.join(', ')}` : null;

const NOT_ALLOCATED = 'not allocated';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const SKIP = new Set(['host', 'none']);

interface Outcome {
  engine: string;
  scenario: SwarmScenario;
  ops: number;
  mismatch: string | null;
  log: string[];
  seen: { overlays: number; pinned: number; bridges: number; removes: number; restarts: number; unallocated: number };
}

function simAnswer(r: ReturnType<SimDaemon['create']>): string {
  return r.ok ? r.subnets.join(', ') : NOT_ALLOCATED;
}

/** every network on both sides, name by name: "name subnets" lines that differ */
async function compareAll(d: DaemonHandle, sim: SimDaemon, names: Set<string>): Promise<string | null> {
  const real = new Map<string, string>();
  for (const n of await d.listNetworks()) {
    if (SKIP.has(n.name)) continue;
    names.add(n.name);
    // an overlay the allocator could not serve exists without a subnet: the simulator refused it
    if (n.subnets.length > 0) real.set(n.name, n.subnets.join(', '));
  }
  const diffs: string[] = [];
  for (const name of [...names].sort()) {
    const r = real.get(name) ?? '(absent)';
    const s = sim.subnetsOf(name)?.join(', ') ?? '(absent)';
    if (r !== s) diffs.push(`${name}: daemon ${r}, simulator ${s}`);
  }
  return diffs.length ? diffs.join('; ') : null;
}

async function apply(d: DaemonHandle, sim: SimDaemon, op: SwarmOp): Promise<{ daemon: string; sim: string }> {
  switch (op.kind) {
    case 'overlay': {
      const r = await createOverlay(d, op.name, op.subnet);
      const s = sim.create(op.name, { driver: 'overlay', ...(op.subnet ? { subnets: [op.subnet] } : {}) });
      return { daemon: r.ok ? r.subnets.join(', ') : r.error, sim: simAnswer(s) };
    }
    case 'bridge': {
      const r = await d.createNetwork(op.name);
      const s = sim.create(op.name);
      return { daemon: r.ok ? r.subnets.join(', ') : `error: ${r.error}`, sim: s.ok ? s.subnets.join(', ') : `error: ${s.error}` };
    }
    case 'rm': {
      const gone = await removeNetwork(d, op.name);
      sim.remove(op.name);
      return { daemon: gone ? 'removed' : 'absent', sim: gone ? 'removed' : 'absent' };
    }
    case 'restart':
      await d.restart();
      await swarmReady(d);
      sim.restart();
      return { daemon: 'restarted', sim: 'restarted' };
  }
}

/** daemons still stopping: a scenario does not wait for its daemon's shutdown (seconds for a swarm manager) */
const stopping: Promise<void>[] = [];

async function runSwarmScenario(engine: (typeof ENGINES)[number], s: SwarmScenario): Promise<Outcome> {
  const out: Outcome = {
    engine: engine.version,
    scenario: s,
    ops: 0,
    mismatch: null,
    log: [],
    seen: { overlays: 0, pinned: 0, bridges: 0, removes: 0, restarts: 0, unallocated: 0 },
  };
  const d = await startDaemon({
    dockerdPath: engine.dockerd,
    hostAddress: `${SWARM_ADDRESS}/24`,
    config: s.localPools ? { 'default-address-pools': s.localPools } : undefined,
  });
  const sim = new SimDaemon(simSetup(s, engine.version));
  const names = new Set<string>(['bridge', 'ingress', 'docker_gwbridge']);
  const step = async (label: string, run: () => Promise<{ daemon: string; sim: string }>): Promise<boolean> => {
    const r = await run();
    out.ops++;
    const diff = r.daemon !== r.sim ? `answer: daemon ${r.daemon}, simulator ${r.sim}` : await compareAll(d, sim, names);
    out.log.push(`${label} → daemon ${r.daemon}${r.daemon === r.sim ? '' : `, simulator ${r.sim}`}`);
    if (diff) out.mismatch = `after \`${label}\`: ${diff}`;
    return !diff;
  };
  try {
    for (const op of s.before) if (!(await step(formatSwarmOp(op), () => apply(d, sim, op)))) return out;
    const init = `swarm init${s.swarmPools ? ` --default-addr-pool ${s.swarmPools.join(',')}` : ''}${s.subnetSize ? ` --default-addr-pool-mask-length ${s.subnetSize}` : ''}`;
    const ok = await step(init, async () => {
      await swarmInit(d, { defaultAddrPool: s.swarmPools, subnetSize: s.subnetSize });
      const e = sim.swarmInit();
      return { daemon: 'ok', sim: e ?? 'ok' };
    });
    if (!ok) return out;
    for (const op of s.ops) {
      if (op.kind === 'overlay') {
        out.seen.overlays++;
        if (op.subnet) out.seen.pinned++;
      } else if (op.kind === 'bridge') out.seen.bridges++;
      else if (op.kind === 'rm') out.seen.removes++;
      else out.seen.restarts++;
      const okStep = await step(formatSwarmOp(op), () => apply(d, sim, op));
      if (out.log[out.log.length - 1].includes(NOT_ALLOCATED)) out.seen.unallocated++;
      if (!okStep) return out;
    }
    return out;
  } catch (e) {
    out.mismatch = `error: ${(e as Error).message}`;
    return out;
  } finally {
    stopping.push(d.stop());
  }
}

function describeOutcome(o: Outcome, replay: string): string {
  return [
    `${o.scenario.title} on ${o.engine}: ${o.mismatch}`,
    `  setup: ${formatSwarmSetup(o.scenario)}`,
    `  ops: ${o.scenario.ops.map(formatSwarmOp).join('; ')}`,
    ...o.log.map((l) => `    ${l}`),
    `  scenario: ${JSON.stringify(o.scenario)}`,
    `  replay: ${replay}`,
  ].join('\n');
}

afterAll(async () => {
  await stopAllDaemons();
});

describe.skipIf(skipReason !== null && !inCI)('swarm conformance: real swarm managers vs the simulator', () => {
  it('has the daemons it needs', () => {
    expect(skipReason, 'the swarm conformance suite needs root, ip netns and the three dockerd binaries').toBeNull();
  });

  it.each(ENGINES)(
    'dockerd $version: docker_gwbridge exists after swarm init before any container, even on a drained manager; a service task joining an overlay makes no other network',
    async (engine) => {
      const d = await startDaemon({ dockerdPath: engine.dockerd, hostAddress: `${SWARM_ADDRESS}/24` });
      try {
        await d.importScratchImage('scratch-local');
        await swarmInit(d, { drain: true });
        expect(await subnetsOf(d, 'ingress')).toEqual(['10.0.0.0/24']);
        expect(await subnetsOf(d, 'docker_gwbridge')).toEqual(['172.18.0.0/16']);
        // a worker-capable manager: let the service's task run here
        const node = await d.request('GET', '/nodes');
        const n = (node.body as { ID: string; Version: { Index: number }; Spec: Record<string, unknown> }[])[0];
        const upd = await d.request('POST', `/nodes/${n.ID}/update?version=${n.Version.Index}`, { ...n.Spec, Availability: 'active' });
        expect(upd.status).toBe(200);
        const o = await createOverlay(d, 'o1');
        expect(o).toEqual({ ok: true, subnets: ['10.0.1.0/24'] });
        await createService(d, 's1', 'o1');
        const names = (await d.listNetworks()).map((x) => x.name).sort();
        expect(names).toEqual(['bridge', 'docker_gwbridge', 'host', 'ingress', 'none', 'o1']);
        // the simulator: the same networks at init
        const sim = new SimDaemon({
          engine: engine.version,
          swarm: { role: 'manager' },
          routes: [{ cidr: '10.254.254.0/24', onLink: true }],
        });
        expect([sim.subnetsOf('ingress'), sim.subnetsOf('docker_gwbridge'), sim.create('o1', { driver: 'overlay' })]).toEqual([
          ['10.0.0.0/24'],
          ['172.18.0.0/16'],
          { ok: true, subnets: ['10.0.1.0/24'] },
        ]);
      } finally {
        await d.stop();
      }
    },
    120_000,
  );

  it.each(ENGINES)(
    'dockerd $version: an overlay pinned onto a subnet another overlay holds is created but never allocated (the simulator refuses it)',
    async (engine) => {
      const d = await startDaemon({ dockerdPath: engine.dockerd, hostAddress: `${SWARM_ADDRESS}/24` });
      try {
        await swarmInit(d);
        expect(await createOverlay(d, 'a')).toEqual({ ok: true, subnets: ['10.0.1.0/24'] });
        expect(await createOverlay(d, 'b', '10.0.1.0/25')).toEqual({ ok: false, error: NOT_ALLOCATED });
        const sim = new SimDaemon({ engine: engine.version, swarm: { role: 'manager' } });
        sim.create('a', { driver: 'overlay' });
        expect(sim.create('b', { driver: 'overlay', subnets: ['10.0.1.0/25'] }).ok).toBe(false);
      } finally {
        await d.stop();
      }
    },
    120_000,
  );

  it.each(ENGINES)(
    'dockerd $version: a leader change (three managers, the leader stopped) starts the swarm walk over, like a manager restart; joined managers get docker_gwbridge too',
    async (engine) => {
      const ds: DaemonHandle[] = [];
      let unlink = () => {};
      try {
        for (let i = 0; i < 3; i++) ds.push(await startDaemon({ dockerdPath: engine.dockerd }));
        const link = linkDaemons(ds);
        unlink = link.unlink;
        await managerSwarm(ds, link.addresses);
        for (const d of ds) expect(await subnetsOf(d, 'docker_gwbridge')).toEqual(['172.18.0.0/16']);
        const sim = new SimDaemon({ engine: engine.version, swarm: { role: 'manager' } });
        const both = async (d: DaemonHandle, name: string) => [await createOverlay(d, name), sim.create(name, { driver: 'overlay' })];
        for (const n of ['o1', 'o2', 'o3']) {
          const [real, simulated] = await both(ds[0], n);
          expect(simulated).toEqual(real);
        }
        await removeNetwork(ds[0], 'o1');
        sim.remove('o1');
        await ds[0].stop();
        const leader = await leaderOf(ds, 0);
        await sleep(1_000);
        sim.leaderChange();
        const [o4, simO4] = await both(ds[leader], 'o4');
        // 26.1.5 and 20.10.24 (round-robin) start over at the lowest free subnet; 28.5.2 (first-fit) takes it anyway
        expect(o4).toEqual({ ok: true, subnets: ['10.0.1.0/24'] });
        expect(simO4).toEqual(o4);
        const [o5, simO5] = await both(ds[leader], 'o5');
        expect(simO5).toEqual(o5);
      } finally {
        for (const d of ds) await d.stop();
        unlink();
      }
    },
    300_000,
  );

  it(
    'matches the real swarm managers on seeded random scenarios (pools, mask lengths, bridges before init, overlay creates and removes, pinned overlays, restarts)',
    async () => {
      const seed = process.env.SWARM_SEED ? Number(process.env.SWARM_SEED) >>> 0 : Math.floor(Math.random() * 2 ** 32);
      const count = Number(process.env.SWARM_SCENARIOS ?? 60);
      const parallel = Math.max(1, Number(process.env.SWARM_PARALLEL ?? 4));
      const only = process.env.SWARM_ONLY ? process.env.SWARM_ONLY.split(',').map((x) => x.trim()) : null;
      console.log(`swarm conformance seed: ${seed} (replay: SWARM_SEED=${seed} npx vitest run test/conformance/swarm.test.ts)`);
      // engines interleaved, so that the three run side by side
      const jobs: { engine: (typeof ENGINES)[number]; index: number }[] = [];
      for (let i = 0; i < count; i++)
        for (const e of ENGINES) if (!only || only.includes(`${e.version}#${i}`)) jobs.push({ engine: e, index: i });
      const outcomes: Outcome[] = [];
      let next = 0;
      const started = performance.now();
      const worker = async (): Promise<void> => {
        for (;;) {
          const k = next++;
          if (k >= jobs.length) return;
          const { engine, index } = jobs[k];
          // one scenario per index for every engine (the generator's choices follow the engine's own allocator)
          const s = randomSwarmScenario(scenarioSeed(seed, index), engine.version, `random #${index} (seed ${seed})`);
          outcomes.push(await runSwarmScenario(engine, s));
        }
      };
      await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
      await Promise.all(stopping);
      const secs = Math.round((performance.now() - started) / 1000);
      const failures = outcomes.filter((o) => o.mismatch);
      for (const e of ENGINES) {
        const mine = outcomes.filter((o) => o.engine === e.version);
        const sum = (k: keyof Outcome['seen']) => mine.reduce((a, o) => a + o.seen[k], 0);
        const bad = mine.filter((o) => o.mismatch).length;
        console.log(
          `swarm conformance dockerd ${e.version}: ${mine.length} random scenarios, ${mine.reduce((a, o) => a + o.ops, 0)} operations ` +
            `(${sum('overlays')} overlay creates of which ${sum('pinned')} pinned, ${sum('unallocated')} left unallocated, ${sum('removes')} removes, ` +
            `${sum('bridges')} bridge creates, ${sum('restarts')} restarts), ` +
            (bad === 0 ? 'all matched' : `${bad} did not match`),
        );
      }
      console.log(`swarm conformance: ${outcomes.length} scenarios in ${secs} s, ${parallel} daemons at a time (seed ${seed})`);
      const report = failures
        .slice(0, 5)
        .map((o) =>
          describeOutcome(
            o,
            `SWARM_SEED=${seed} SWARM_ONLY=${o.engine}#${/#(\d+)/.exec(o.scenario.title)?.[1]} npx vitest run test/conformance/swarm.test.ts`,
          ),
        )
        .join('\n\n');
      expect(
        failures.length,
        `${failures.length} of ${outcomes.length} swarm scenarios differ from the real daemons (seed ${seed}):\n${report}`,
      ).toBe(0);
      if (!only)
        for (const e of ENGINES) expect(outcomes.filter((o) => o.engine === e.version).length).toBeGreaterThanOrEqual(Math.min(count, 60));
    },
    30 * 60_000,
  );
});

describe.skipIf(skipReason === null || inCI)('swarm conformance (skipped)', () => {
  it('says why it did not run', () => {
    console.log(`swarm conformance skipped: ${skipReason}`);
  });
});
