// The whole check as one pure function over a Reader: load → simulate → rules → report model.
// cli.ts and main.ts call it; nothing here touches process, environment or @actions/*.
import { ConfigError } from './errors.js';
import type { Allocation, DaemonConfig, HostFix, HostReport, HostSpec, Inventory, ProjectRef, Report } from './model.js';
import { behavioursFor, EngineVersionError } from './engine/versions.js';
import { loadProject } from './load/compose.js';
import { discoverProjects, projectFilesForDir, type DiscoveredProject } from './load/discover.js';
import { loadDaemonConfig } from './load/daemon.js';
import { defaultInventory, loadInventory } from './load/inventory.js';
import { joinRel, type DirEntry, type Reader } from './load/reader.js';
import { PoolError } from './net/pools.js';
import { formatPrefix, parsePrefix } from './net/prefix.js';
import { firstCollision } from './rules/reserved-collision.js';
import { RULES, runRules } from './rules/index.js';
import { createSuppressor, invalidSuppression } from './rules/suppress.js';
import { proposeFixes } from './fix/index.js';
import type { HostCheck, ParsedReserved, RuleContext } from './rules/rule.js';
import { formatCount, freeCandidates, localCandidates } from './simulate/capacity.js';
import { cycleAt, simulateHost, type CycleState, type HostProject } from './simulate/host.js';
import { setupFor } from './simulate/setup.js';
import { TOOL_NAME, VERSION } from './version.js';

export const DEFAULT_CYCLES = 1000;
export const MAX_CYCLES = Number.MAX_SAFE_INTEGER;
export const INVENTORY_NAMES = ['network-inventory.yaml', 'network-inventory.yml'];

export interface CheckOptions {
  /** inventory file (repository-relative); default network-inventory.y(a)ml when present */
  inventory?: string;
  /** compose file globs replacing discovery */
  composeFiles?: string[];
  /** daemon.json for hosts that do not name one */
  daemonJson?: string;
  /** Engine version for every host (overrides the inventory) */
  engine?: string;
  cycles?: number;
  /** how many cycles to list in the report (default 0) */
  timeline?: number;
  /**
   * the process variables compose interpolation may read: only those the user allowed by name (--env,
   * the action's env input), never the whole process environment
   */
  environment?: Record<string, string>;
  /** the checked directory's own name (names a project whose compose file sits at the root) */
  rootName?: string;
  /** baseline of accepted findings (default .subnet-guard-baseline.json when present) */
  baseline?: string;
}

export interface CheckResult {
  report: Report;
  context: RuleContext;
}

function findInventory(reader: Reader, explicit?: string): Inventory {
  if (explicit) return loadInventory(reader, joinRel(explicit));
  for (const name of INVENTORY_NAMES) if (reader.exists(name)) return loadInventory(reader, name);
  return defaultInventory();
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'third_party', 'dist']);

/** daemon.json files in the repository (bounded walk) */
function findDaemonJsons(reader: Reader, dir = '.', depth = 0, out: string[] = []): string[] {
  if (depth > 6 || out.length > 10) return out;
  for (const e of reader.list(dir)) {
    const rel = joinRel(dir, e.name);
    if (e.kind === 'file' && e.name === 'daemon.json') out.push(rel);
    else if (e.kind === 'dir' && !SKIP_DIRS.has(e.name)) findDaemonJsons(reader, rel, depth + 1, out);
  }
  return out;
}

function daemonFor(reader: Reader, host: HostSpec, opts: CheckOptions, found: () => string[]): DaemonConfig {
  const file = host.daemon?.value ?? opts.daemonJson;
  if (file) {
    if (!reader.exists(joinRel(file))) {
      throw new ConfigError(`daemon.json "${file}" not found`, host.daemon?.pos ?? { file: joinRel(file) });
    }
    return loadDaemonConfig(reader, joinRel(file));
  }
  const all = found();
  return all.length === 1 ? loadDaemonConfig(reader, all[0]) : {};
}

/** A project the inventory names: its compose files (the ones discovery would find in that directory). */
function filesOf(reader: Reader, ref: ProjectRef): string[] {
  if (Array.isArray(ref.path)) return ref.path.map((p) => joinRel(p));
  const dir = joinRel(ref.path);
  if (!reader.isDir(dir)) {
    if (reader.exists(dir)) return [dir];
    throw new ConfigError(`project path "${ref.path}" does not exist`, ref.pos ?? { file: dir });
  }
  const files = projectFilesForDir(reader, dir);
  if (!files) throw new ConfigError(`no compose file in "${ref.path}" (compose.yaml, compose.yml, docker-compose.yml or docker-compose.yaml)`, ref.pos ?? { file: dir });
  return files;
}

export { setupFor };

function parseReserved(inv: Inventory): ParsedReserved[] {
  return inv.reserved.map((range) => {
    const r = parsePrefix(range.cidr);
    if ('error' in r) throw new ConfigError(`reserved range: ${r.error}`, range.pos ?? { file: inv.file ?? 'inventory' });
    return { range, prefix: r.prefix };
  });
}

function toAllocations(s: CycleState): Allocation[] {
  const out: Allocation[] = [];
  for (const a of s.allocations) for (const p of a.subnets) out.push({ project: a.project, network: a.network, subnet: formatPrefix(p) });
  // code-unit order: the same on every machine, and no ICU collator to initialise (localeCompare)
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((x, y) => cmp(x.project ?? '', y.project ?? '') || cmp(x.network, y.network) || cmp(x.subnet, y.subnet));
}

function hostReport(hc: HostCheck, reserved: ParsedReserved[], timeline: number, fix: HostFix | null): HostReport {
  const sim = hc.sim;
  const c = firstCollision(hc, reserved);
  const list = localCandidates(hc.behaviour, sim.input.setup.defaultAddressPools);
  const total = freeCandidates(list, []);
  const taken = [...sim.boot.allocations.flatMap((a) => a.subnets)];
  const freeAfterBoot = freeCandidates(list, [...taken, ...hostAvoided(hc)]);
  const peakCycling = Math.max(0, sim.peakNetworks - sim.boot.alive);
  const cycles: HostReport['cycles'] = [];
  const shown = Math.min(timeline, sim.cycles, sim.period ? Number.MAX_SAFE_INTEGER : sim.window.length);
  for (let i = 1; i <= shown; i++) cycles.push({ cycle: i, allocations: toAllocations(cycleAt(sim, i)) });
  return {
    name: hc.host.name,
    engine: hc.host.engine.value,
    model: hc.behaviour.model,
    boot: toAllocations(sim.boot),
    cycles,
    firstCollision: c
      ? { cycle: c.cycle, project: c.allocation.project, network: c.allocation.network, subnet: c.subnet, reserved: { cidr: c.reserved.range.cidr, name: c.reserved.range.name } }
      : null,
    fix,
    peakNetworks: sim.peakNetworks,
    poolCandidates: formatCount(total),
    poolsLeft: formatCount(Math.max(0, freeAfterBoot - peakCycling)),
    cyclesSimulated: sim.window.length,
    period: sim.period,
  };
}

function hostAvoided(hc: HostCheck) {
  const out = [];
  for (const n of hc.host.nameservers) {
    const r = parsePrefix(n.value.includes('/') ? n.value : `${n.value}/${n.value.includes(':') ? 128 : 32}`);
    if (!('error' in r)) out.push(r.prefix);
  }
  for (const rt of hc.host.routes) {
    const r = parsePrefix(rt.value);
    if (!('error' in r)) out.push(r.prefix);
  }
  return out;
}

/**
 * The repository as one check sees it: every answer of the underlying reader remembered (files do not
 * change during a check). The inventory probes each compose file it names, the loader reads it, the
 * suppressions read it again for their comments, and discovery lists every directory: on a
 * 1,000-project repository that was a third of the run in system calls.
 */
class CheckReader implements Reader {
  private readonly texts = new Map<string, string | ConfigError>();
  // one map per question, keyed by the path itself (a key built per call, "e path", was hashed afresh each time)
  private readonly existsAt = new Map<string, boolean>();
  private readonly dirAt = new Map<string, boolean>();
  private readonly sizeAt = new Map<string, number>();
  private readonly listAt = new Map<string, DirEntry[]>();

  constructor(private readonly inner: Reader) {}

  read(rel: string): string {
    let t = this.texts.get(rel);
    if (t === undefined) {
      try {
        t = this.inner.read(rel);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        t = e;
      }
      this.texts.set(rel, t);
    }
    if (t instanceof ConfigError) throw t;
    return t;
  }

  private fact<T extends boolean | number | DirEntry[]>(known: Map<string, T>, rel: string, get: (rel: string) => T): T {
    let v = known.get(rel);
    if (v === undefined) {
      v = get(rel);
      known.set(rel, v);
    }
    return v;
  }

  exists(rel: string): boolean {
    return this.fact(this.existsAt, rel, (r) => this.inner.exists(r));
  }

  isDir(rel: string): boolean {
    return this.fact(this.dirAt, rel, (r) => this.inner.isDir(r));
  }

  size(rel: string): number {
    return this.fact(this.sizeAt, rel, (r) => this.inner.size(r));
  }

  list(rel: string): DirEntry[] {
    // a copy: callers may sort or filter what they get
    return this.fact(this.listAt, rel, (r) => this.inner.list(r)).slice();
  }
}

export function check(source: Reader, opts: CheckOptions = {}): CheckResult {
  const reader: Reader = source instanceof CheckReader ? source : new CheckReader(source);
  const inventory = findInventory(reader, opts.inventory);
  const cycles = opts.cycles ?? inventory.cycles?.value ?? DEFAULT_CYCLES;
  if (!Number.isSafeInteger(cycles) || cycles < 0) throw new ConfigError(`cycles must be a whole number from 0 to ${MAX_CYCLES}, got ${cycles}`);
  const reserved = parseReserved(inventory);
  let discovered: DiscoveredProject[] | undefined;
  const discover = () => (discovered ??= discoverProjects(reader, { globs: opts.composeFiles }));
  let daemonJsons: string[] | undefined;
  const foundDaemons = () => (daemonJsons ??= findDaemonJsons(reader));

  const hosts: HostCheck[] = [];
  for (const host of inventory.hosts) {
    const daemon = daemonFor(reader, host, opts, foundDaemons);
    const refs: { files: string[]; ref?: ProjectRef }[] = host.projects
      ? host.projects.map((ref) => ({ files: filesOf(reader, ref), ref }))
      : discover().map((d) => ({ files: d.files }));
    // once per host: the process environment has dozens of variables, and a host runs many projects
    const environment = { ...(opts.environment ?? {}), ...host.env };
    const projects: HostProject[] = refs.map(({ files, ref }) => ({
      project: loadProject({
        reader,
        files,
        rootName: opts.rootName,
        environment,
        envFiles: host.envFile ? [joinRel(host.envFile.value)] : undefined,
        profiles: ref?.profiles ?? [],
      }),
      lifecycle: ref?.lifecycle ?? 'cycling',
    }));
    let behaviours;
    try {
      behaviours = behavioursFor(opts.engine ?? host.engine.value);
    } catch (e) {
      if (e instanceof EngineVersionError) throw new ConfigError(e.message, opts.engine ? undefined : host.engine.pos ?? { file: inventory.file ?? 'inventory' });
      throw e;
    }
    const setup = setupFor(daemon, host);
    for (const behaviour of behaviours) {
      let sim;
      try {
        sim = simulateHost({ host: host.name, behaviour, setup, projects, cycles, restartEvery: host.restartEvery });
      } catch (e) {
        if (e instanceof PoolError) {
          const entry = daemon.defaultAddressPools?.value[e.index];
          throw new ConfigError(`dockerd (${behaviour.model === 'first-fit' ? 'Engine ≥ 27' : 'Engine ≤ 26'}) refuses to start: ${e.message}`, entry?.pos ?? daemon.defaultAddressPools?.pos ?? { file: daemon.file ?? 'daemon.json' });
        }
        throw e;
      }
      hosts.push({ host: opts.engine ? { ...host, engine: { value: opts.engine } } : host, behaviour, daemon, projects, sim });
    }
  }
  const context: RuleContext = { inventory, reserved, hosts, cycles };
  // inline `# subnet-guard-ignore` comments (compose files, inventory) and the baseline
  const yamlFiles = [...(inventory.file ? [inventory.file] : []), ...hosts.flatMap((hc) => hc.projects.flatMap((p) => p.project.files))];
  const suppress = createSuppressor({ reader, files: yamlFiles, baseline: opts.baseline, knownRules: RULES.map((r) => r.id) });
  const findings = suppress(runRules(context));
  // a daemon.json fragment (or pinned subnets) per host, attached only when re-running the host with it leaves no error
  const fixes = proposeFixes(context, findings, (fs) => suppress(fs).filter((f) => f.rule !== invalidSuppression.id));
  const timeline = opts.timeline ?? 0;
  const report: Report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    cycles,
    hosts: hosts.map((hc) => hostReport(hc, reserved, timeline, fixes.get(hc.host.name) ?? null)),
    findings,
  };
  return { report, context };
}
