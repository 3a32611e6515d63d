// The whole check as one pure function over a Reader: load → simulate → rules → report model.
// cli.ts and main.ts call it; nothing here touches process, environment or @actions/*.
import { ConfigError } from './errors.js';
import type { Allocation, DaemonConfig, Finding, HostFix, HostReport, HostSpec, Inventory, ProjectRef, Report } from './model.js';
import { behavioursFor, EngineVersionError } from './engine/versions.js';
import { LoadBudget } from './load/budget.js';
import { loadProject } from './load/compose.js';
import { DEFAULT_FILE_NAMES, discoverProjects, IGNORED_DIRS, projectFilesForDir, type DiscoveredProject } from './load/discover.js';
import { loadDaemonConfig } from './load/daemon.js';
import { defaultInventory, loadInventory } from './load/inventory.js';
import { joinRel, type DirEntry, type Reader } from './load/reader.js';
import { asStack } from './load/stack.js';
import { PoolError } from './net/pools.js';
import { formatPrefix, parsePrefix } from './net/prefix.js';
import { showSubnet } from './rules/facts.js';
import { firstCollision } from './rules/reserved-collision.js';
import { RULES, runRules } from './rules/index.js';
import { createSuppressor, invalidSuppression } from './rules/suppress.js';
import { applyRuleSettings, enabledRules, ruleSettingsReport } from './rules/settings.js';
import { proposeFixes } from './fix/index.js';
import type { HostCheck, ParsedReserved, RuleContext } from './rules/rule.js';
import { formatCount, freeCandidates, localCandidates } from './simulate/capacity.js';
import { cycleAt, simulateHost, type CycleState, type HostProject, type SimulationInput, type SimulationResult } from './simulate/host.js';
import { hostStateFor, setupFor } from './simulate/setup.js';
import { SimDaemon } from './engine/daemon.js';
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

function findInventory(reader: Reader, budget: LoadBudget, explicit?: string): Inventory {
  if (explicit) return loadInventory(reader, joinRel(explicit), budget);
  for (const name of INVENTORY_NAMES) if (reader.exists(name)) return loadInventory(reader, name, budget);
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
export function filesOf(reader: Reader, ref: ProjectRef): string[] {
  if (Array.isArray(ref.path)) return ref.path.map((p) => joinRel(p));
  const dir = joinRel(ref.path);
  if (!reader.isDir(dir)) {
    if (reader.exists(dir)) return [dir];
    throw new ConfigError(`project path "${ref.path}" does not exist`, ref.pos ?? { file: dir });
  }
  const files = projectFilesForDir(reader, dir);
  if (!files)
    throw new ConfigError(
      `no compose file in "${ref.path}" (compose.yaml, compose.yml, docker-compose.yml or docker-compose.yaml)`,
      ref.pos ?? { file: dir },
    );
  return files;
}

export { setupFor };

function parseReserved(inv: Inventory, ranges: Inventory['reserved'] = inv.reserved): ParsedReserved[] {
  return ranges.map((range) => {
    const r = parsePrefix(range.cidr);
    if ('error' in r) throw new ConfigError(`reserved range: ${r.error}`, range.pos ?? { file: inv.file ?? 'inventory' });
    return { range, prefix: r.prefix };
  });
}

function toAllocations(s: CycleState, hc: HostCheck): Allocation[] {
  const out: Allocation[] = [];
  for (const a of s.allocations)
    for (const p of a.subnets) out.push({ project: a.project, network: a.network, subnet: showSubnet(hc, p, formatPrefix(p)) });
  // code-unit order: the same on every machine, and no ICU collator to initialise (localeCompare)
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((x, y) => cmp(x.project ?? '', y.project ?? '') || cmp(x.network, y.network) || cmp(x.subnet, y.subnet));
}

function hostReport(hc: HostCheck, reserved: ParsedReserved[], timeline: number, fix: HostFix | null): HostReport {
  const sim = hc.sim;
  const c = firstCollision(hc, hc.reserved ?? reserved);
  const list = localCandidates(hc.behaviour, sim.input.setup.defaultAddressPools);
  const total = freeCandidates(list, []);
  const taken = [...sim.boot.allocations.flatMap((a) => a.subnets)];
  const freeAfterBoot = freeCandidates(list, [...taken, ...hostAvoided(hc)]);
  const peakCycling = Math.max(0, sim.peakNetworks - sim.boot.alive);
  const cycles: HostReport['cycles'] = [];
  const shown = Math.min(timeline, sim.cycles, sim.period ? Number.MAX_SAFE_INTEGER : sim.window.length);
  for (let i = 1; i <= shown; i++) cycles.push({ cycle: i, allocations: toAllocations(cycleAt(sim, i), hc) });
  return {
    name: hc.host.name,
    engine: hc.host.engine.value,
    model: hc.behaviour.model,
    boot: toAllocations(sim.boot, hc),
    cycles,
    firstCollision: c
      ? {
          cycle: c.cycle,
          project: c.allocation.project,
          network: c.allocation.network,
          subnet: c.subnet,
          reserved: { cidr: c.reserved.range.cidr, name: c.reserved.range.name },
        }
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

/** what was searched, when no compose project was found: nothing checked is a configuration error */
function nothingFound(globs: string[]): string {
  if (globs.length > 0) {
    return (
      `no compose file matches ${globs.map((g) => `"${g}"`).join(', ')} (paths relative to the checked directory; ` +
      `directories ${[...IGNORED_DIRS].slice(0, 4).join(', ')} … are not searched): nothing to check`
    );
  }
  return (
    `no compose project found: no ${DEFAULT_FILE_NAMES.join(', ')} in the checked directory or below ` +
    `(${[...IGNORED_DIRS].slice(0, 4).join(', ')} … skipped), and no inventory host lists \`projects:\`. ` +
    "Point at the repository (subnet-guard DIR, or the action's working-directory), name the files (--compose / compose-files), or list them per host in the inventory"
  );
}

/** A host network must be one no listed project creates: otherwise the project's `down` would remove it. */
function refuseCreatedHostNetworks(host: HostSpec, projects: HostProject[]): void {
  if (host.networks.length === 0) return;
  const created = new Map<string, string>();
  for (const hp of projects) for (const n of hp.project.networks) if (!n.external) created.set(n.name, hp.project.name);
  for (const n of host.networks) {
    const by = created.get(n.name);
    if (by !== undefined) {
      throw new ConfigError(
        `host ${host.name}: network ${n.name} is created by project ${by}; list under networks: only networks no listed project creates (hand-made ones, other stacks)`,
        n.pos ?? host.pos ?? { file: 'inventory' },
      );
    }
  }
}

/** at most this many cursor positions are tried for a snapshot with `cursor: unknown` */
export const MAX_CURSOR_POSITIONS = 1024;

/**
 * `cursor: unknown` on Engine ≤ 26: the simulation from every cursor position (up to
 * MAX_CURSOR_POSITIONS, evenly spread), keeping the worst — the earliest collision with a reserved
 * range, else the earliest failed `up`, else position 0.
 */
function worstStart(
  input: SimulationInput,
  asCheck: (sim: SimulationResult) => HostCheck,
): { sim: SimulationResult; worstCursor: HostCheck['worstCursor'] } {
  const first = simulateHost({ ...input, state: { ...input.state!, cursor: 0 } });
  const of = new SimDaemon({ ...input.setup, engine: input.behaviour.version }, input.behaviour).candidateCount;
  const positions = Math.min(of, MAX_CURSOR_POSITIONS);
  const score = (sim: SimulationResult): number => {
    const c = firstCollision(asCheck(sim), asCheck(sim).reserved ?? []);
    if (c) return c.cycle;
    const failed = sim.window.findIndex((s) => s.failures.length > 0);
    return failed >= 0 ? 1e15 + failed : Number.POSITIVE_INFINITY;
  };
  let best = { sim: first, cursor: 0, score: score(first) };
  for (let i = 1; i < positions; i++) {
    const cursor = Math.floor((i * of) / positions);
    const sim = simulateHost({ ...input, state: { ...input.state!, cursor } });
    const s = score(sim);
    if (s < best.score) best = { sim, cursor, score: s };
  }
  return { sim: best.sim, worstCursor: { cursor: best.cursor, positions, of } };
}

export function check(source: Reader, opts: CheckOptions = {}): CheckResult {
  const reader: Reader = source instanceof CheckReader ? source : new CheckReader(source);
  // one budget for everything this check loads (src/load/budget.ts)
  const budget = new LoadBudget();
  const inventory = findInventory(reader, budget, opts.inventory);
  const cycles = opts.cycles ?? inventory.cycles?.value ?? DEFAULT_CYCLES;
  if (!Number.isSafeInteger(cycles) || cycles < 0)
    throw new ConfigError(`cycles must be a whole number from 0 to ${MAX_CYCLES}, got ${cycles}`);
  const reserved = parseReserved(inventory);
  const globs = (opts.composeFiles ?? []).map((g) => g.trim()).filter((g) => g !== '' && !g.startsWith('#'));
  const listing = inventory.hosts.filter((h) => h.projects !== undefined);
  if (globs.length > 0 && listing.length > 0 && listing.length === inventory.hosts.length) {
    // every host names its projects: the globs would change nothing, and ignoring them silently hides that
    const h = listing[0]!;
    throw new ConfigError(
      `compose file globs (${globs.join(', ')}) were given, but every host in ${inventory.file ?? 'the inventory'} lists its own ` +
        '`projects:`, and the inventory wins: the globs apply only to hosts without a `projects:` list. ' +
        'Remove the globs (--compose / compose-files), or remove `projects:` from the hosts they should apply to',
      h.pos ?? { file: inventory.file ?? 'inventory' },
    );
  }
  let discovered: DiscoveredProject[] | undefined;
  const discover = () => {
    if (discovered) return discovered;
    discovered = discoverProjects(reader, { globs: opts.composeFiles });
    if (discovered.length === 0) throw new ConfigError(nothingFound(globs));
    return discovered;
  };
  let daemonJsons: string[] | undefined;
  const foundDaemons = () => (daemonJsons ??= findDaemonJsons(reader));

  const hosts: HostCheck[] = [];
  for (const host of inventory.hosts) {
    const daemon = daemonFor(reader, host, opts, foundDaemons);
    const refs: { files: string[]; ref?: ProjectRef }[] = host.projects
      ? host.projects.map((ref) => ({ files: filesOf(reader, ref), ref }))
      : discover().map((d) => ({ files: d.files }));
    // the inventory's projects were counted as it was read; discovered ones count once per host running them
    if (!host.projects)
      for (const { files } of refs) budget.spend('projects', 1, { file: files[0], line: 1, column: 1 }, `project ${files[0]}`);
    // once per host: the process environment has dozens of variables, and a host runs many projects
    const environment = { ...(opts.environment ?? {}), ...host.env };
    const projects: HostProject[] = refs.map(({ files, ref }) => {
      const project = loadProject({
        reader,
        files,
        rootName: opts.rootName,
        environment,
        envFiles: host.envFile ? [joinRel(host.envFile.value)] : undefined,
        profiles: ref?.profiles ?? [],
        budget,
        compose: host.compose?.value,
      });
      return { project: ref?.stack ? asStack(project, ref.stack.value) : project, lifecycle: ref?.lifecycle ?? 'cycling' };
    });
    let behaviours;
    try {
      behaviours = behavioursFor(opts.engine ?? host.engine.value);
    } catch (e) {
      if (e instanceof EngineVersionError)
        throw new ConfigError(e.message, opts.engine ? undefined : (host.engine.pos ?? { file: inventory.file ?? 'inventory' }));
      throw e;
    }
    const setup = setupFor(daemon, host);
    // the top-level list applies to every host; a host's own ranges only to it
    const hostReserved = host.reserved.length > 0 ? [...reserved, ...parseReserved(inventory, host.reserved)] : reserved;
    refuseCreatedHostNetworks(host, projects);
    const hostState = hostStateFor(host);
    for (const behaviour of behaviours) {
      let sim;
      let worstCursor: HostCheck['worstCursor'];
      try {
        const input = {
          host: host.name,
          behaviour,
          setup,
          projects,
          cycles,
          restartEvery: host.restartEvery,
          leaderChangeEvery: host.swarm?.leaderChangeEvery?.value,
          ...hostState,
        };
        if (host.state?.cursor === 'unknown' && behaviour.model === 'round-robin') {
          ({ sim, worstCursor } = worstStart(input, (s) => ({ host, behaviour, daemon, projects, sim: s, reserved: hostReserved })));
        } else sim = simulateHost(input);
      } catch (e) {
        if (e instanceof PoolError) {
          const entry = daemon.defaultAddressPools?.value[e.index];
          throw new ConfigError(
            `dockerd (${behaviour.model === 'first-fit' ? 'Engine ≥ 27' : 'Engine ≤ 26'}) refuses to start: ${e.message}`,
            entry?.pos ?? daemon.defaultAddressPools?.pos ?? { file: daemon.file ?? 'daemon.json' },
          );
        }
        throw e;
      }
      const bad = sim.hostNetworkErrors[0];
      if (bad) {
        const n = host.networks.find((x) => x.name === bad.network);
        throw new ConfigError(
          `host ${host.name}: network ${bad.network} cannot exist as described — dockerd (${behaviour.model === 'first-fit' ? 'Engine ≥ 27' : 'Engine ≤ 26'}) answers "${bad.error}" when it is created at boot; check its subnets against docker0, the other networks and the pools`,
          n?.pos ?? host.state?.pos ?? host.pos ?? { file: inventory.file ?? 'inventory' },
        );
      }
      hosts.push({
        host: opts.engine ? { ...host, engine: { value: opts.engine } } : host,
        behaviour,
        daemon,
        projects,
        sim,
        reserved: hostReserved,
        ...(worstCursor ? { worstCursor } : {}),
      });
    }
  }
  const context: RuleContext = { inventory, reserved, hosts, cycles };
  // inline `# subnet-guard-ignore` comments (compose files, inventory) and the baseline
  const yamlFiles = [...(inventory.file ? [inventory.file] : []), ...hosts.flatMap((hc) => hc.projects.flatMap((p) => p.project.files))];
  const suppress = createSuppressor({ reader, files: yamlFiles, baseline: opts.baseline, knownRules: RULES.map((r) => r.id) });
  // the inventory's `rules:`: off rules do not run, changed severities replace the defaults
  const settle = (fs: Finding[]) => applyRuleSettings(suppress(fs), inventory);
  const findings = settle(runRules(context, enabledRules(inventory)));
  // a daemon.json fragment (or pinned subnets) per host, attached only when re-running the host with it leaves no error
  const fixes = proposeFixes(context, findings, (fs) => settle(fs).filter((f) => f.rule !== invalidSuppression.id));
  const ruleSettings = ruleSettingsReport(inventory);
  const timeline = opts.timeline ?? 0;
  const report: Report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    cycles,
    ...(ruleSettings ? { ruleSettings } : {}),
    hosts: hosts.map((hc) => hostReport(hc, reserved, timeline, fixes.get(hc.host.name) ?? null)),
    findings,
  };
  return { report, context };
}
