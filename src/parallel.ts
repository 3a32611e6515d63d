// A check over several threads. The hosts of an inventory are independent — each host's projects are
// loaded, simulated, checked and fixed on their own — so the threads share them out: every thread
// (this one and `jobs − 1` workers running the same bundle) walks the inventory's hosts in order and
// takes the next host nobody has taken yet (one shared counter), checks the hosts it took, and sends
// back its report; mergeReports (src/check.ts) makes the report of the whole check from them, the same
// as one thread's (test/parallel.test.ts, test/cli). With main.ts and cli.ts this is the I/O layer:
// it starts threads and reads files through FsReader; the check itself stays a pure function.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { check, HostConfigError, INVENTORY_NAMES, mergeReports, type CheckOptions } from './check.js';
import { ConfigError } from './errors.js';
import type { Report } from './model.js';
import { FsReader } from './load/reader.js';
import type { RuleContext } from './rules/rule.js';

/** What a check of a directory gives the command line and the action. */
export interface RepositoryCheck {
  report: Report;
  /** the inventory file read (repository-relative), if any */
  inventoryFile?: string;
  /** the inventory's reserved ranges, presets and imports expanded */
  reserved: { cidr: string; name: string }[];
}

/** Options of checkRepository: the check's own, without the thread share-out. */
export type RepositoryCheckOptions = Omit<CheckOptions, 'takeHost'>;

/**
 * Threads are started only for an inventory at least this large: one host (or a handful) is checked
 * faster than a second thread starts (~100 ms to load the bundle and read the inventory again).
 */
export const PARALLEL_MIN_INVENTORY_BYTES = 4096;

/** At most this many threads by default: the share-out pays off while hosts outnumber threads by far. */
export const MAX_DEFAULT_JOBS = 4;

const WORKER_KIND = 'subnet-guard-check-worker';

interface WorkerInput {
  kind: typeof WORKER_KIND;
  root: string;
  opts: RepositoryCheckOptions;
  counter: SharedArrayBuffer;
}

type Outcome =
  | { ok: true; report: Report; hostNames: string[]; inventoryFile?: string; reserved: RepositoryCheck['reserved'] }
  | { ok: false; config: { message: string; pos?: ConfigError['pos']; hostIndex: number } }
  | { ok: false; internal: string };

/** the number of threads `--jobs auto` uses: the cores the process may run on, at most MAX_DEFAULT_JOBS */
export function defaultJobs(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_DEFAULT_JOBS, n));
}

/**
 * Host `i` is this thread's when it is the value this thread drew from the shared counter. A thread
 * asks about hosts 0, 1, 2, … in order and draws again once its last draw is behind it, so every host
 * is drawn by exactly one thread, and a thread that is done with a slow host draws the next one free.
 */
function claimer(counter: SharedArrayBuffer): (i: number) => boolean {
  const next = new Int32Array(counter);
  let claim = -1;
  return (i) => {
    if (claim < i) claim = Atomics.add(next, 0, 1);
    return claim === i;
  };
}

function summaryOf(context: RuleContext): Omit<RepositoryCheck, 'report'> {
  return { inventoryFile: context.inventory.file, reserved: context.reserved.map((r) => ({ cidr: r.range.cidr, name: r.range.name })) };
}

function runPart(root: string, opts: RepositoryCheckOptions, counter: SharedArrayBuffer): Outcome {
  try {
    const { report, context } = check(new FsReader(root), { ...opts, takeHost: claimer(counter) });
    return { ok: true, report, hostNames: context.inventory.hosts.map((h) => h.name), ...summaryOf(context) };
  } catch (e) {
    if (e instanceof ConfigError) {
      return { ok: false, config: { message: e.message, pos: e.pos, hostIndex: e instanceof HostConfigError ? e.hostIndex : -1 } };
    }
    const err = e as Error;
    return { ok: false, internal: err?.stack ?? err?.message ?? String(e) };
  }
}

/**
 * One outcome from every thread's: an internal error if any thread had one; else the configuration
 * error of the earliest host (an error before any host first), which is the one a single thread stops
 * at; else the merged report.
 */
export function combineOutcomes(outcomes: readonly Outcome[]): RepositoryCheck {
  for (const o of outcomes) if (!o.ok && 'internal' in o) throw new Error(`a check thread failed: ${o.internal}`);
  const errors = outcomes.flatMap((o) => (!o.ok && 'config' in o ? [o.config] : []));
  if (errors.length > 0) {
    const first = errors.reduce((a, b) => (b.hostIndex < a.hostIndex ? b : a));
    throw new ConfigError(first.message, first.pos);
  }
  const parts = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
  return { report: mergeReports(parts.map((p) => p.report), parts[0].hostNames), inventoryFile: parts[0].inventoryFile, reserved: parts[0].reserved };
}

function inventoryBytes(root: string, opts: RepositoryCheckOptions): number {
  const names = opts.inventory !== undefined ? [opts.inventory] : INVENTORY_NAMES;
  for (const n of names) {
    try {
      const st = fs.statSync(path.join(root, n));
      if (st.isFile()) return st.size;
    } catch {
      // not there: the next name
    }
  }
  return 0;
}

/**
 * Checks the directory `root` on up to `jobs` threads. `entry` is the file whose module starts a
 * worker when isCheckWorker() (the bundle itself: import.meta.url of the entry point).
 */
export async function checkRepository(root: string, opts: RepositoryCheckOptions, jobs: number, entry: URL): Promise<RepositoryCheck> {
  const threads = jobs > 1 && inventoryBytes(root, opts) >= PARALLEL_MIN_INVENTORY_BYTES ? jobs : 1;
  if (threads === 1) {
    const { report, context } = check(new FsReader(root), opts);
    return { report, ...summaryOf(context) };
  }
  const counter = new SharedArrayBuffer(4);
  const input: WorkerInput = { kind: WORKER_KIND, root, opts, counter };
  const workers = Array.from({ length: threads - 1 }, () => {
    const w = new Worker(entry, { workerData: input, stdout: false, stderr: false });
    return new Promise<Outcome>((resolve) => {
      let settled = false;
      const done = (o: Outcome) => {
        if (!settled) {
          settled = true;
          resolve(o);
        }
      };
      w.once('message', (o: Outcome) => done(o));
      w.once('error', (e) => done({ ok: false, internal: e?.stack ?? String(e) }));
      w.once('exit', (code) => done({ ok: false, internal: `a check thread exited with code ${code} before it reported` }));
    });
  });
  // this thread takes hosts too, while the workers start
  const mine = runPart(root, opts, counter);
  return combineOutcomes([mine, ...(await Promise.all(workers))]);
}

/** true in a worker started by checkRepository */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInput> | undefined)?.kind === WORKER_KIND;
}

/** The worker's side: check the hosts it draws and post the outcome. */
export function serveCheckWorker(): void {
  const input = workerData as WorkerInput;
  parentPort!.postMessage(runPart(input.root, input.opts, input.counter));
}
