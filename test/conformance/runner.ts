// Replays one scenario against a real dockerd and the simulator, comparing after every operation.
// The daemon is the truth: every expected value comes from it, never from the simulator.
import { SimDaemon, type CreateResult } from '../../src/engine/daemon.js';
import { startDaemon, type DaemonHandle, type StartOptions } from '../oracle/dockerd.js';
import { formatOp, formatSetup, type Scenario, type ScenarioSetup } from './scenario.js';

export interface Step {
  op: string;
  daemon: string;
  sim: string;
}

export interface RunResult {
  scenario: Scenario;
  /** operations replayed on both sides (start-up counted as none) */
  ops: number;
  /** null when every step matched */
  mismatch: string | null;
  steps: Step[];
  /** what the daemon handed out, in order (successful creates only), for behavioural assertions */
  created: { name: string; subnets: string[] }[];
  /** what the daemon answered to each create (including failures), in op order */
  creates: { name: string; result: CreateResult }[];
  /** dockerd start-up times in ms (first start and every restart) */
  startMs: number[];
  /** the daemon's user networks (name → subnets) after the last operation; null if it was down */
  finalNetworks: Map<string, string[]> | null;
  /** docker0's subnet on the daemon after start and after every restart */
  docker0: (string | null)[];
}

export interface RunOptions {
  /** keep replaying after a create whose results differ (named scenarios: collect all daemon answers); default true */
  stopAtMismatch?: boolean;
  /** the dockerd binary (default `dockerd` from PATH) */
  dockerdPath?: string;
}

/**
 * At most `n` daemons of this process at once, whichever engine or test asks (the suites run the
 * engines side by side; the machine's cores, not the number of engines, decide how many daemons fit).
 */
export class DaemonSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(n: number) {
    this.free = Math.max(1, n);
  }
  async run<T>(f: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.waiting.push(r));
    try {
      return await f();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

export function oracleOptions(s: ScenarioSetup): StartOptions {
  const config: Record<string, unknown> = {};
  if (s.defaultAddressPools) config['default-address-pools'] = s.defaultAddressPools;
  if (s.bip) config.bip = s.bip;
  return {
    config: Object.keys(config).length ? config : undefined,
    bridgeNone: s.bridgeNone,
    onLinkRoutes: (s.routes ?? []).filter((r) => r.onLink).map((r) => r.cidr),
    gatewayRoutes: (s.routes ?? []).filter((r) => !r.onLink).map((r) => r.cidr),
    nameservers: s.nameservers,
  };
}

/** dockerd's own one-line reason from a start-up failure message (which carries its log) */
export function failedLine(startError: string): string {
  const line = startError.split('\n').find((l) => l.startsWith('failed to start daemon'));
  return line ?? startError.split('\n')[0];
}

function showResult(r: CreateResult): string {
  return r.ok ? r.subnets.join(', ') || '(no subnet)' : `error: ${r.error}`;
}

function sameResult(a: CreateResult, b: CreateResult): boolean {
  if (a.ok !== b.ok) return false;
  if (a.ok && b.ok) return a.subnets.length === b.subnets.length && a.subnets.every((s, i) => s === b.subnets[i]);
  return !a.ok && !b.ok && a.error === b.error;
}

const BUILTIN_NETWORKS = new Set(['bridge', 'host', 'none']);

/**
 * dockerd's error with the network IDs in it replaced by the networks' names (an ID no network has is
 * the one that failed to be created: `creating`) and `br-` plus 12 hex digits by `br-<id>`: the bridge
 * driver's "cannot create network ID (br-…): conflicts with network ID (docker0): …" as the simulator
 * words it (DOCKER_ERRORS.bridgeConflict), which cannot know the IDs.
 */
export async function namedIds(d: DaemonHandle, error: string, creating: string): Promise<string> {
  if (!/\b[0-9a-f]{64}\b/.test(error)) return error;
  const names = new Map((await d.listNetworks()).map((n) => [n.id, n.name]));
  return error.replace(/\b[0-9a-f]{64}\b/g, (id) => names.get(id) ?? creating).replace(/\bbr-[0-9a-f]{12}\b/g, 'br-<id>');
}

async function compareAll(d: DaemonHandle, sim: SimDaemon, names: Set<string>): Promise<string | null> {
  const real = new Map<string, string[]>();
  for (const n of await d.listNetworks()) if (!BUILTIN_NETWORKS.has(n.name)) real.set(n.name, n.subnets);
  for (const name of real.keys()) names.add(name);
  const diffs: string[] = [];
  for (const name of [...names].sort()) {
    const r = real.get(name);
    const s = sim.subnetsOf(name);
    const rt = r ? r.join(', ') : '(absent)';
    const st = s ? s.join(', ') : '(absent)';
    if (rt !== st) diffs.push(`${name}: daemon ${rt}, simulator ${st}`);
  }
  return diffs.length ? `networks differ: ${diffs.join('; ')}` : null;
}

/** Runs a scenario on a fresh daemon (always stopped afterwards) and a fresh simulator. */
export async function runScenario(scenario: Scenario, engine: string, opts: RunOptions = {}): Promise<RunResult> {
  const stopAtMismatch = opts.stopAtMismatch ?? true;
  const res: RunResult = {
    scenario,
    ops: 0,
    mismatch: null,
    steps: [],
    created: [],
    creates: [],
    startMs: [],
    finalNetworks: null,
    docker0: [],
  };
  let d: DaemonHandle | null = null;
  let startError: string | null = null;
  try {
    d = await startDaemon({ ...oracleOptions(scenario.setup), dockerdPath: opts.dockerdPath });
  } catch (e) {
    startError = (e as Error).message;
  }
  let sim: SimDaemon | null = null;
  let simError: string | null = null;
  try {
    sim = new SimDaemon({ engine, ...scenario.setup });
    if (sim.bootError) simError = sim.bootError;
  } catch (e) {
    simError = (e as Error).message;
  }
  try {
    if (startError !== null || simError !== null || !d || !sim) {
      res.steps.push({
        op: 'start',
        daemon: startError === null ? 'started' : `refused: ${failedLine(startError)}`,
        sim: simError === null ? 'started' : `refused: ${simError}`,
      });
      if ((startError === null) !== (simError === null)) {
        res.mismatch = `start-up: daemon ${startError === null ? 'started' : 'refused to start'}, simulator ${simError === null ? 'started' : `refused (${simError})`}`;
      } else if (startError !== null && simError !== null) {
        // dockerd's reason is the line "failed to start daemon: …"; the simulator must name the same cause
        const cause = simError.split(': ').pop() ?? simError;
        if (!startError.includes(cause))
          res.mismatch = `both refuse to start, but for different reasons: daemon "${failedLine(startError)}", simulator "${simError}"`;
      }
      return res;
    }
    const names = new Set<string>();
    const checkDocker0 = async (when: string): Promise<boolean> => {
      const real = await d!.docker0Subnet();
      res.docker0.push(real);
      const s = sim!.docker0();
      res.steps.push({ op: `docker0 (${when})`, daemon: real ?? '(none)', sim: s ?? '(none)' });
      if (real !== s) {
        res.mismatch ??= `docker0 after ${when}: daemon ${real ?? '(none)'}, simulator ${s ?? '(none)'}`;
        return !stopAtMismatch;
      }
      return true;
    };
    if (!(await checkDocker0('start'))) return res;
    for (const op of scenario.ops) {
      res.ops++;
      switch (op.op) {
        case 'create': {
          names.add(op.name);
          const real = await d.createNetwork(op.name, { subnets: op.subnets });
          const s = sim.create(op.name, op.subnets ? { subnets: op.subnets } : {});
          const realResult: CreateResult = real.ok
            ? { ok: true, subnets: real.subnets }
            : { ok: false, error: await namedIds(d, real.error, op.name) };
          res.creates.push({ name: op.name, result: realResult });
          if (real.ok) res.created.push({ name: op.name, subnets: real.subnets });
          res.steps.push({ op: formatOp(op), daemon: showResult(realResult), sim: showResult(s) });
          if (!sameResult(realResult, s)) {
            res.mismatch ??= `${formatOp(op)}: daemon ${showResult(realResult)} | simulator ${showResult(s)}`;
            if (stopAtMismatch) return res;
          }
          break;
        }
        case 'remove': {
          const simHad = sim.subnetsOf(op.name) !== undefined;
          const existed = await d.removeNetwork(op.name);
          sim.remove(op.name);
          res.steps.push({ op: formatOp(op), daemon: existed ? 'removed' : '(absent)', sim: simHad ? 'removed' : '(absent)' });
          if (existed !== simHad) {
            res.mismatch ??= `${formatOp(op)}: the network ${existed ? 'existed' : 'did not exist'} on the daemon but ${simHad ? 'existed' : 'did not exist'} in the simulator`;
            if (stopAtMismatch) return res;
          }
          if (sim.subnetsOf(op.name) !== undefined) {
            res.mismatch ??= `${formatOp(op)}: the simulator still has ${op.name}`;
            if (stopAtMismatch) return res;
          }
          break;
        }
        case 'restart': {
          let restartError: string | null = null;
          try {
            await d.restart();
          } catch (e) {
            restartError = (e as Error).message;
          }
          let simRestartError: string | null = null;
          try {
            sim.restart();
            simRestartError = sim.bootError;
          } catch (e) {
            simRestartError = (e as Error).message;
          }
          res.steps.push({
            op: 'restart',
            daemon: restartError === null ? 'restarted' : `refused to start: ${failedLine(restartError)}`,
            sim: simRestartError === null ? 'restarted' : `refused to start: ${simRestartError}`,
          });
          if (restartError !== null || simRestartError !== null) {
            if ((restartError === null) !== (simRestartError === null)) {
              res.mismatch ??= `restart: daemon ${restartError === null ? 'started' : `refused to start (${failedLine(restartError)})`}, simulator ${simRestartError === null ? 'started' : `refused (${simRestartError})`}`;
            } else if (!restartError!.includes(simRestartError!.split(': ').pop() ?? simRestartError!)) {
              res.mismatch ??= `restart: both refuse to start, but for different reasons: daemon "${failedLine(restartError!)}", simulator "${simRestartError}"`;
            }
            return res; // the daemon is down: nothing more to compare
          }
          if (!(await checkDocker0('restart'))) return res;
          const diff = await compareAll(d, sim, names);
          if (diff) {
            res.mismatch ??= `after restart: ${diff}`;
            if (stopAtMismatch) return res;
          }
          break;
        }
      }
    }
    const diff = await compareAll(d, sim, names);
    if (diff) res.mismatch ??= `at the end: ${diff}`;
    res.finalNetworks = new Map((await d.listNetworks()).filter((n) => !BUILTIN_NETWORKS.has(n.name)).map((n) => [n.name, n.subnets]));
    return res;
  } catch (e) {
    res.mismatch = `${res.mismatch ? `${res.mismatch}; then ` : ''}the replay itself failed at operation ${res.ops}: ${(e as Error).stack ?? String(e)}`;
    return res;
  } finally {
    if (d) {
      res.startMs = [...d.startTimesMs];
      await d.stop();
    }
  }
}

/** A failure report: setup, the op list with both sides' answers, and the scenario as JSON for a unit test. */
export function describeRun(r: RunResult, replay?: string): string {
  const lines = [`scenario: ${r.scenario.title}`, `setup: ${formatSetup(r.scenario.setup)}`];
  if (replay) lines.push(`replay: ${replay}`);
  lines.push(`mismatch: ${r.mismatch ?? 'none'}`, 'operations (daemon | simulator):');
  const w = Math.max(10, ...r.steps.map((s) => s.op.length));
  r.steps.forEach((s, i) => {
    const flag = s.daemon === s.sim || s.op === 'restart' ? ' ' : '✗';
    lines.push(`${flag} ${String(i).padStart(3)}. ${s.op.padEnd(w)}  ${s.daemon} | ${s.sim}`);
  });
  const rest = r.scenario.ops.slice(r.ops);
  if (rest.length) lines.push(`  not run: ${rest.map(formatOp).join('; ')}`);
  lines.push(`as JSON: ${JSON.stringify({ setup: r.scenario.setup, ops: r.scenario.ops })}`);
  return lines.join('\n');
}
