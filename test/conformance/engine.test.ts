// Engine conformance: the same operations against a real dockerd (in its own network namespace) and
// against the simulator, compared after every create. The daemon is the truth; every literal below was
// first observed on a real daemon (20.10.24 for the round-robin lines, 28.5.2 for first-fit; see
// docker-ipam.md), and every scenario also checks that the simulator gives exactly what the daemon gave.
// It runs on every engine of test/oracle/engines.ts (20.10.24, 26.1.5, 28.5.2), side by side.
//
// Replay:   CONFORMANCE_SEED=<seed> npx vitest run test/conformance/engine.test.ts
// One case: CONFORMANCE_SEED=<seed> CONFORMANCE_ONLY=<index>[,<index>…] SUBNET_GUARD_ENGINES=<version> npx vitest run test/conformance/engine.test.ts
// Knobs:    CONFORMANCE_SCENARIOS (random scenarios per engine, default 100), CONFORMANCE_PARALLEL (daemons at
//           once over all engines, default 4), SUBNET_GUARD_ENGINES (comma-separated versions, default all)
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SimDaemon } from '../../src/engine/daemon.js';
import { behavioursFor, DOCKER_ERRORS } from '../../src/engine/versions.js';
import { ulaForEngineId } from '../../src/net/pools.js';
import {
  dockerdVersion,
  hasCommand,
  leftoverNamespaces,
  liveDaemonCount,
  oracleAvailability,
  startDaemon,
  stopAllDaemons,
} from '../oracle/dockerd.js';
import { ENGINES, SKIPPED_ENGINES, type OracleEngine } from '../oracle/engines.js';
import { DaemonSlots, describeRun, runScenario, type RunResult } from './runner.js';
import { formatOp, formatSetup, randomScenario, scenarioSeed, type Op, type Scenario, type ScenarioSetup } from './scenario.js';

const execFileP = promisify(execFile);
const availability = oracleAvailability();
const inCI = process.env.CI === 'true';
const slots = new DaemonSlots(Number(process.env.CONFORMANCE_PARALLEL ?? 4));
const seed = process.env.CONFORMANCE_SEED ? Number(process.env.CONFORMANCE_SEED) >>> 0 : Math.floor(Math.random() * 2 ** 32);
const t0 = performance.now();

const cycles = (name: string, n: number): Op[] =>
  Array.from({ length: n }, () => [{ op: 'create', name } as Op, { op: 'remove', name } as Op]).flat();
const creates = (names: string[]): Op[] => names.map((name) => ({ op: 'create', name }));
const range = (n: number, f: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => f(i));

/** The built-in walk after docker0 took 172.17: 172.18–172.31/16, then 192.168.0.0–192.168.240.0/20. */
const BUILTIN_WALK = [...range(14, (i) => `172.${18 + i}.0.0/16`), ...range(16, (i) => `192.168.${i * 16}.0/20`)];

if (!availability.ok && !inCI) {
  console.log(
    `engine conformance skipped: the real-dockerd oracle is not available here (${availability.reason}); CI=true makes this a failure`,
  );
}
if (availability.ok && SKIPPED_ENGINES.length > 0) {
  console.log(`engine conformance: not run on ${SKIPPED_ENGINES.join('; ')}`);
}

/** one line per engine at the end of the file, so CI prints every engine's counts together */
const summaries: string[] = [];

describe('engine conformance (real dockerd vs simulator)', () => {
  it.runIf(!availability.ok && inCI)('needs a real dockerd on CI', () => {
    throw new Error(`the real-dockerd oracle is not available on CI: ${availability.ok ? '' : availability.reason}`);
  });

  afterAll(async () => {
    await stopAllDaemons();
    if (!availability.ok) return;
    console.log(
      `engine conformance (${Math.round((performance.now() - t0) / 1000)} s in all, seed ${seed}):\n${summaries.map((l) => `  ${l}`).join('\n')}`,
    );
    expect(liveDaemonCount(), 'daemons left running').toBe(0);
    expect(leftoverNamespaces(), 'network namespaces left behind').toEqual([]);
  });

  for (const eng of availability.ok ? ENGINES : []) engineSuite(eng);
});

function engineSuite(eng: OracleEngine): void {
  const ff = eng.model === 'first-fit';
  const behaviour = behavioursFor(eng.version)[0];
  const POOL_OVERLAP = DOCKER_ERRORS.poolOverlap(eng.model);
  const NO_POOL = DOCKER_ERRORS.exhausted(eng.model, 4);
  const tally = { scenarios: 0, ops: 0, failed: 0, startMs: [] as number[], random: '' };
  const started = performance.now();
  // the version the binary reports (the suite's title says which one was meant)
  const engine = eng.missing ? eng.version : (dockerdVersion(eng.dockerd) ?? eng.version);

  function record(r: RunResult): void {
    tally.scenarios++;
    tally.ops += r.ops;
    tally.startMs.push(...r.startMs);
    if (r.mismatch) tally.failed++;
  }

  /** Runs a named scenario (to the end, even past a mismatch) and checks the simulator against the daemon. */
  async function named(title: string, setup: ScenarioSetup, ops: Op[]): Promise<RunResult> {
    const r = await slots.run(() => runScenario({ title, setup, ops }, engine, { stopAtMismatch: false, dockerdPath: eng.dockerd }));
    record(r);
    return r;
  }

  function expectSimMatches(r: RunResult): void {
    expect(r.mismatch, `the simulator differs from dockerd ${engine}:\n${describeRun(r)}`).toBeNull();
  }

  /** The daemon's answer to each create, as "subnet[, subnet]" or "error: …". */
  function answers(r: RunResult): string[] {
    return r.creates.map((c) => (c.result.ok ? c.result.subnets.join(', ') : `error: ${c.result.error}`));
  }

  /** the value observed on this engine's allocator: round-robin (≤ 26) or first-fit (≥ 27) */
  function byModel<T>(roundRobin: T, firstFit: T): T {
    return ff ? firstFit : roundRobin;
  }

  // generous: 14 docker-compose 1.29.2 redeploys took 170 s on 26.1.5 with the machine shared
  describe.concurrent(`dockerd ${eng.version} (${eng.model})`, { timeout: 900_000 }, () => {
    it.runIf(!!eng.missing)(`needs dockerd ${eng.version} on CI`, () => {
      throw new Error(`dockerd ${eng.version} is not available on CI: ${eng.missing}`);
    });
    if (eng.missing) return;

    afterAll(() => {
      const s = [...tally.startMs].sort((a, b) => a - b);
      summaries.push(
        `dockerd ${engine} (${eng.model}): ${tally.scenarios} scenarios, ${tally.ops} operations, ` +
          (tally.failed === 0 ? 'all matched' : `${tally.failed} did not match`) +
          `${tally.random} (${s.length} daemon starts, median ${s[s.length >> 1] ?? 0} ms, max ${s[s.length - 1] ?? 0} ms; ${Math.round((performance.now() - started) / 1000)} s)`,
      );
    });

    it(
      ff
        ? 'gives 172.18.0.0/16 back on each of 34 create/remove cycles'
        : 'walks 172.18 → 172.31 → 192.168.0.0/20 … 192.168.240.0/20 over 34 create/remove cycles, then wraps to 172.18',
      async () => {
        const r = await named('34 create/remove cycles', {}, cycles('app_default', 34));
        expect(r.docker0[0]).toBe('172.17.0.0/16');
        // first-fit gives the freed subnet straight back: the lowest free candidate every time
        expect(answers(r)).toEqual(
          byModel(
            [...BUILTIN_WALK, '172.18.0.0/16', '172.19.0.0/16', '172.20.0.0/16', '172.21.0.0/16'],
            range(34, () => '172.18.0.0/16'),
          ),
        );
        expectSimMatches(r);
      },
    );

    it.runIf(hasCommand('docker-compose') || inCI)(
      ff
        ? 'puts every one of 14 docker-compose down/up redeploys on 172.18.0.0/16'
        : 'puts the 14th docker-compose down/up redeploy on 172.31.0.0/16',
      async () => {
        await slots.run(async () => {
          const d = await startDaemon({ dockerdPath: eng.dockerd });
          const dir = mkdtempSync(join(tmpdir(), 'sg-compose-'));
          try {
            await d.importScratchImage('scratch-local');
            writeFileSync(
              join(dir, 'docker-compose.yml'),
              'version: "3.8"\nservices:\n  app:\n    image: scratch-local\n    command: ["/app"]\n',
            );
            const env = { ...process.env, ...d.env, COMPOSE_PROJECT_NAME: 'app' };
            const sim = new SimDaemon({ engine });
            const real: string[] = [];
            const simulated: string[] = [];
            for (let cycle = 1; cycle <= 14; cycle++) {
              await execFileP('docker-compose', ['up', '--no-start'], { cwd: dir, env });
              const net = (await d.listNetworks()).find((n) => n.name === 'app_default');
              real.push(net ? net.subnets.join(', ') : '(none)');
              const s = sim.create('app_default');
              simulated.push(s.ok ? s.subnets.join(', ') : `error: ${s.error}`);
              await execFileP('docker-compose', ['down'], { cwd: dir, env });
              sim.remove('app_default');
            }
            tally.scenarios++;
            tally.ops += 28;
            tally.startMs.push(...d.startTimesMs);
            if (simulated.join() !== real.join()) tally.failed++;
            expect(real).toEqual(
              byModel(
                BUILTIN_WALK.slice(0, 14),
                range(14, () => '172.18.0.0/16'),
              ),
            );
            expect(simulated, 'simulator vs docker-compose on dockerd').toEqual(real);
          } finally {
            await d.stop();
            rmSync(dir, { recursive: true, force: true });
          }
        });
      },
    );

    it.runIf(ff)("puts --ipv6 networks in /64s of the ULA /48 derived from docker info's ID", async () => {
      await slots.run(async () => {
        const d = await startDaemon({ dockerdPath: eng.dockerd });
        try {
          const id = await d.engineId();
          expect(id).not.toBe('');
          const real = [await d.createNetwork('v6a', { enableIpv6: true }), await d.createNetwork('v6b', { enableIpv6: true })].map((r) =>
            r.ok ? r.subnets.join(', ') : `error: ${r.error}`,
          );
          const ula = ulaForEngineId(id);
          expect(real).toEqual([`172.18.0.0/16, ${ula.replace('/48', '/64')}`, `172.19.0.0/16, ${ula.replace('::/48', ':1::/64')}`]);
          const sim = new SimDaemon({ engine, engineId: id });
          const simulated = ['v6a', 'v6b'].map((n) => {
            const r = sim.create(n, { ipv6: true });
            return r.ok ? r.subnets.join(', ') : `error: ${r.error}`;
          });
          tally.scenarios++;
          tally.ops += 2;
          if (simulated.join() !== real.join()) tally.failed++;
          expect(simulated, `engine ID ${id}`).toEqual(real);
          console.log(`conformance on dockerd ${engine}: engine ID ${id} → ${ula}, as derived`);
        } finally {
          await d.stop();
        }
      });
    });

    it('lets explicit subnets block overlapping candidates without moving the cursor', async () => {
      const r = await named('explicit subnets and the cursor', {}, [
        { op: 'create', name: 'n1' },
        { op: 'create', name: 'e1', subnets: ['172.19.5.0/24'] },
        { op: 'create', name: 'e2', subnets: ['172.30.0.0/16'] },
        { op: 'create', name: 'n2' },
        { op: 'remove', name: 'n1' },
        { op: 'remove', name: 'n2' },
        { op: 'create', name: 'n3' },
      ]);
      // n2 skips 172.19/16 (blocked by e1's /24) and does not jump past e2's 172.30: the cursor stayed put;
      // first-fit has no cursor: n3 gets the lowest free candidate, n1's 172.18 again
      expect(answers(r)).toEqual([
        '172.18.0.0/16',
        '172.19.5.0/24',
        '172.30.0.0/16',
        '172.20.0.0/16',
        byModel('172.21.0.0/16', '172.18.0.0/16'),
      ]);
      expectSimMatches(r);
    });

    it("refuses an explicit subnet overlapping an allocated one (equal, sub- or supernet) with Docker's text", async () => {
      const r = await named('explicit overlap', {}, [
        { op: 'create', name: 'n1' },
        { op: 'create', name: 'sub', subnets: ['172.18.3.0/24'] },
        { op: 'create', name: 'super', subnets: ['172.16.0.0/12'] },
        { op: 'create', name: 'equal', subnets: ['172.17.0.0/16'] },
        { op: 'create', name: 'free', subnets: ['172.19.0.0/16'] },
        { op: 'create', name: 'n2' },
      ]);
      expect(answers(r)).toEqual([
        '172.18.0.0/16',
        `error: ${POOL_OVERLAP}`,
        `error: ${POOL_OVERLAP}`,
        `error: ${POOL_OVERLAP}`,
        '172.19.0.0/16',
        '172.20.0.0/16',
      ]);
      expectSimMatches(r);
    });

    it(
      behaviour.canonicalSubnets
        ? 'refuses an explicit subnet with host bits, naming the subnet it should be'
        : 'keeps an explicit subnet with host bits as written, and it still blocks its network',
      async () => {
        const r = await named('explicit subnet with host bits', {}, [
          { op: 'create', name: 'h', subnets: ['172.30.5.1/24'] },
          { op: 'create', name: 'same', subnets: ['172.30.5.0/24'] },
        ]);
        expect(answers(r)).toEqual(
          behaviour.canonicalSubnets
            ? ['error: invalid network config:\ninvalid subnet 172.30.5.1/24: it should be 172.30.5.0/24', '172.30.5.0/24']
            : ['172.30.5.1/24', `error: ${POOL_OVERLAP}`],
        );
        expectSimMatches(r);
      },
    );

    it('skips candidates on on-link routes, and the skip moves the cursor past them', async () => {
      const r = await named(
        'on-link routes',
        {
          routes: [
            { cidr: '172.19.0.0/16', onLink: true },
            { cidr: '172.21.128.0/17', onLink: true },
          ],
        },
        [
          ...creates(['a', 'b', 'c']),
          { op: 'remove', name: 'a' },
          { op: 'remove', name: 'b' },
          { op: 'remove', name: 'c' },
          { op: 'create', name: 'd' },
        ],
      );
      expect(answers(r)).toEqual(['172.18.0.0/16', '172.20.0.0/16', '172.22.0.0/16', byModel('172.23.0.0/16', '172.18.0.0/16')]);
      expectSimMatches(r);
    });

    it('ignores host routes reached through a gateway', async () => {
      const r = await named(
        'gateway routes',
        {
          routes: [
            { cidr: '172.18.0.0/16', onLink: false },
            { cidr: '192.168.0.0/16', onLink: false },
          ],
        },
        creates(['a', 'b']),
      );
      expect(answers(r)).toEqual(['172.18.0.0/16', '172.19.0.0/16']);
      expectSimMatches(r);
    });

    it('skips 172.19.0.0/16 when a nameserver is 172.19.0.53', async () => {
      const r = await named('nameserver', { nameservers: ['172.19.0.53'] }, creates(['a', 'b']));
      expect(answers(r)).toEqual(['172.18.0.0/16', '172.20.0.0/16']);
      expectSimMatches(r);
    });

    it('replaces the built-in list with default-address-pools 10.10.0.0/16@24 + 172.80.0.0/15@16', async () => {
      const r = await named(
        'default-address-pools',
        {
          defaultAddressPools: [
            { base: '10.10.0.0/16', size: 24 },
            { base: '172.80.0.0/15', size: 16 },
          ],
        },
        [...creates(['a', 'b', 'c']), { op: 'create', name: 'e', subnets: ['172.17.0.0/16'] }],
      );
      expect(r.docker0[0]).toBe('10.10.0.0/24');
      expect(answers(r)).toEqual(['10.10.1.0/24', '10.10.2.0/24', '10.10.3.0/24', '172.17.0.0/16']);
      expectSimMatches(r);
    });

    it('walks the pool entries in config order and wraps (10.10.0.0/22@24 + 172.80.0.0/15@16)', async () => {
      const r = await named(
        'pool walk and wrap',
        {
          defaultAddressPools: [
            { base: '10.10.0.0/22', size: 24 },
            { base: '172.80.0.0/15', size: 16 },
          ],
        },
        cycles('app_default', 7),
      );
      expect(r.docker0[0]).toBe('10.10.0.0/24');
      expect(answers(r)).toEqual(
        byModel(
          ['10.10.1.0/24', '10.10.2.0/24', '10.10.3.0/24', '172.80.0.0/16', '172.81.0.0/16', '10.10.1.0/24', '10.10.2.0/24'],
          range(7, () => '10.10.1.0/24'),
        ),
      );
      expectSimMatches(r);
    });

    it('does not de-duplicate overlapping pool entries: the repeated candidates are walked again', async () => {
      const r = await named(
        'overlapping pool entries',
        {
          defaultAddressPools: [
            { base: '10.0.0.0/23', size: 24 },
            { base: '10.0.0.0/22', size: 24 },
          ],
        },
        cycles('app_default', 6),
      );
      expect(r.docker0[0]).toBe('10.0.0.0/24');
      // list: 10.0.0, 10.0.1, 10.0.0, 10.0.1, 10.0.2, 10.0.3 (/24): 10.0.1.0/24 comes twice in a row
      if (!ff) expect(answers(r)).toEqual(['10.0.1.0/24', '10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24', '10.0.1.0/24', '10.0.1.0/24']);
      expectSimMatches(r);
    });

    it("skips a pool entry inside an allocated one: 10.0.5.0/24 inside docker0's 10.0.0.0/16 leaves nothing", async () => {
      const r = await named(
        'pool inside docker0',
        {
          defaultAddressPools: [
            { base: '10.0.0.0/16', size: 16 },
            { base: '10.0.5.0/24', size: 24 },
          ],
        },
        creates(['a']),
      );
      expect(r.docker0[0]).toBe('10.0.0.0/16');
      expect(answers(r)).toEqual([`error: ${NO_POOL}`]);
      expectSimMatches(r);
    });

    it('treats a pool whose size equals its prefix length as a single candidate', async () => {
      const r = await named(
        'size == prefix',
        {
          defaultAddressPools: [
            { base: '10.30.0.0/16', size: 16 },
            { base: '10.31.0.0/24', size: 24 },
          ],
        },
        creates(['a', 'b']),
      );
      expect(r.docker0[0]).toBe('10.30.0.0/16');
      expect(answers(r)).toEqual(['10.31.0.0/24', `error: ${NO_POOL}`]);
      expectSimMatches(r);
    });

    it('gives docker0 exactly the bip subnet and leaves 172.17.0.0/16 to user networks', async () => {
      const r = await named('bip', { bip: '10.99.0.1/24' }, creates(['a', 'b']));
      expect(r.docker0[0]).toBe('10.99.0.0/24');
      expect(answers(r)).toEqual(['172.17.0.0/16', '172.18.0.0/16']);
      expectSimMatches(r);
    });

    it('starts without docker0 under "bridge": "none", and the first network gets 172.17.0.0/16', async () => {
      const r = await named('bridge none', { bridgeNone: true }, creates(['a', 'b']));
      expect(r.docker0[0]).toBeNull();
      expect(answers(r)).toEqual(['172.17.0.0/16', '172.18.0.0/16']);
      expectSimMatches(r);
    });

    it('resets the cursor on restart (the next network gets the lowest free pool) and keeps existing networks', async () => {
      const r = await named('restart', {}, [
        ...creates(['a', 'b', 'c']),
        { op: 'remove', name: 'a' },
        { op: 'restart' },
        ...creates(['d', 'e']),
      ]);
      expect(r.docker0).toEqual(['172.17.0.0/16', '172.17.0.0/16']);
      expect(answers(r)).toEqual(['172.18.0.0/16', '172.19.0.0/16', '172.20.0.0/16', '172.18.0.0/16', '172.21.0.0/16']);
      expect(Object.fromEntries(r.finalNetworks ?? [])).toEqual({
        b: ['172.19.0.0/16'],
        c: ['172.20.0.0/16'],
        d: ['172.18.0.0/16'],
        e: ['172.21.0.0/16'],
      });
      expectSimMatches(r);
    });

    it('fails the 29th concurrent network once docker0 and two on-link routes take 3 of the 31 pools', async () => {
      const r = await named(
        'exhaustion',
        {
          routes: [
            { cidr: '172.31.0.0/16', onLink: true },
            { cidr: '192.168.0.0/20', onLink: true },
          ],
        },
        creates(range(29, (i) => `n${i + 1}`)),
      );
      const a = answers(r);
      expect(a.slice(0, 28)).toEqual(BUILTIN_WALK.filter((s) => s !== '172.31.0.0/16' && s !== '192.168.0.0/20'));
      expect(a[28]).toBe(`error: ${NO_POOL}`);
      expectSimMatches(r);
    });

    it('re-chooses docker0 on restart with default-address-pools, and the cursor starts over', async () => {
      const r = await named('restart with pools', { defaultAddressPools: [{ base: '10.10.0.0/16', size: 24 }] }, [
        ...creates(['a', 'b']),
        { op: 'remove', name: 'a' },
        { op: 'restart' },
        ...creates(['c', 'd']),
      ]);
      expect(r.docker0).toEqual(['10.10.0.0/24', '10.10.0.0/24']);
      expect(answers(r)).toEqual(['10.10.1.0/24', '10.10.2.0/24', '10.10.1.0/24', '10.10.3.0/24']);
      expectSimMatches(r);
    });

    it("refuses a duplicate network name with Docker's text", async () => {
      const r = await named('duplicate name', {}, creates(['a', 'a']));
      if (!ff) expect(answers(r)).toEqual(['172.18.0.0/16', 'error: network with name a already exists']);
      expectSimMatches(r);
    });

    it('refuses to start when a pool size is smaller than its base prefix', async () => {
      const r = await named('size < prefix', { defaultAddressPools: [{ base: '10.0.0.0/16', size: 8 }] }, creates(['a']));
      expect(r.steps[0]?.daemon).toMatch(/^refused: /);
      if (!ff) expect(r.steps[0]?.daemon).toMatch(/^refused: .*invalid pools size/);
      expectSimMatches(r);
    });

    it(
      behaviour.docker0 === 'elect'
        ? 'refuses to start with bip set when every pool candidate overlaps a host route (docker0 is elected even with bip)'
        : 'starts with bip set even when every pool candidate overlaps a host route (docker0 takes bip)',
      async () => {
        const r = await named(
          'bip, all pools on host routes',
          {
            defaultAddressPools: [{ base: '10.10.0.0/24', size: 24 }],
            bip: '10.99.0.1/24',
            routes: [{ cidr: '10.10.0.0/16', onLink: true }],
          },
          creates(['a']),
        );
        if (behaviour.docker0 === 'elect')
          expect(r.steps[0]?.daemon).toMatch(/^refused: .*list bridge addresses failed: .*no available network/);
        else expect(r.docker0[0]).toBe('10.99.0.0/24');
        expectSimMatches(r);
      },
    );

    it(
      behaviour.docker0 === 'elect'
        ? 'refuses to restart with bip and default-address-pools once user networks hold every candidate'
        : 'restarts with bip and default-address-pools although user networks hold every candidate',
      async () => {
        const r = await named(
          'bip, pools in use, restart',
          { defaultAddressPools: [{ base: '10.10.0.0/24', size: 24 }], bip: '10.99.0.1/24' },
          [{ op: 'create', name: 'a' }, { op: 'restart' }],
        );
        expect(answers(r)).toEqual(['10.10.0.0/24']);
        expect(r.steps.find((s) => s.op === 'restart')?.daemon).toMatch(
          behaviour.docker0 === 'elect' ? /^refused to start: .*list bridge addresses failed: .*no available network/ : /^restarted$/,
        );
        expectSimMatches(r);
      },
    );

    it(
      'matches the real dockerd on seeded random scenarios (pools, bip, bridge none, routes, nameservers, creates, removes, restarts)',
      async () => {
        const count = Number(process.env.CONFORMANCE_SCENARIOS ?? 100);
        const only = process.env.CONFORMANCE_ONLY ? process.env.CONFORMANCE_ONLY.split(',').map((s) => Number(s.trim())) : null;
        const indices = only ?? range(count, (i) => String(i)).map(Number);
        const replay = `CONFORMANCE_SEED=${seed} SUBNET_GUARD_ENGINES=${eng.version} npx vitest run test/conformance/engine.test.ts`;
        console.log(`conformance seed on dockerd ${engine}: ${seed} (replay: ${replay})`);
        const failures: { index: number; r: RunResult }[] = [];
        let ops = 0;
        // what the daemon did, to show the random scenarios reach the interesting cases
        const seen = { created: 0, exhausted: 0, overlap: 0, duplicate: 0, otherError: 0, restarts: 0, refusedStart: 0 };
        const started = performance.now();
        const one = async (index: number): Promise<void> => {
          const scenario: Scenario = randomScenario(scenarioSeed(seed, index), `random #${index} (seed ${seed})`);
          const r = await slots.run(() => runScenario(scenario, engine, { dockerdPath: eng.dockerd }));
          record(r);
          ops += r.ops;
          for (const c of r.creates) {
            if (c.result.ok) seen.created++;
            else if (c.result.error === NO_POOL) seen.exhausted++;
            else if (c.result.error === POOL_OVERLAP) seen.overlap++;
            else if (c.result.error.endsWith('already exists')) seen.duplicate++;
            else seen.otherError++;
          }
          seen.restarts += r.steps.filter((st) => st.op === 'restart').length;
          if (r.steps.some((st) => st.daemon.startsWith('refused'))) seen.refusedStart++;
          if (r.mismatch) failures.push({ index, r });
        };
        await Promise.all(indices.map(one));
        const secs = Math.round((performance.now() - started) / 1000);
        failures.sort((a, b) => a.index - b.index);
        console.log(
          `conformance on dockerd ${engine}: daemon answers in the random scenarios: ${seen.created} networks created, ${seen.exhausted} pool exhaustions, ` +
            `${seen.overlap} explicit-subnet overlaps, ${seen.duplicate} duplicate names, ${seen.otherError} other errors, ` +
            `${seen.restarts} restarts, ${seen.refusedStart} scenarios where dockerd refused to (re)start`,
        );
        console.log(
          `conformance: ${indices.length} random scenarios, ${ops} operations, ` +
            (failures.length === 0
              ? `all matched the real dockerd ${engine}`
              : `${failures.length} did not match the real dockerd ${engine}`) +
            ` (seed ${seed}, ${secs} s)`,
        );
        tally.random = ` (${indices.length} random, ${failures.length === 0 ? 'all matched' : `${failures.length} did not match`})`;
        const report = failures
          .slice(0, 5)
          .map(({ index, r }) =>
            describeRun(
              r,
              `CONFORMANCE_SEED=${seed} CONFORMANCE_ONLY=${index} SUBNET_GUARD_ENGINES=${eng.version} npx vitest run test/conformance/engine.test.ts`,
            ),
          )
          .join('\n\n');
        const summary = failures
          .map(
            ({ index, r }) =>
              `  #${index}: ${r.mismatch?.split('\n')[0]}\n      setup: ${formatSetup(r.scenario.setup)}\n      ops: ${r.scenario.ops.map(formatOp).join('; ')}`,
          )
          .join('\n');
        expect(
          failures.length,
          `${failures.length} of ${indices.length} random scenarios differ from dockerd ${engine} (seed ${seed}):\n${summary}\n\n${report}`,
        ).toBe(0);
      },
      14 * 60_000,
    );
  });
}
