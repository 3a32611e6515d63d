// Readings of a live host → the inventory entry `snapshot` writes: engine, engine-id, compose, routes,
// nameservers, underlay-mtu, the networks no listed project creates, and the state (what each listed
// project holds now and, for Engine ≤ 26, where the round-robin cursor stands). Pure.
import { behavioursFor, parseEngineVersion } from '../engine/versions.js';
import { entryAt } from '../engine/round-robin.js';
import { BUILTIN_LOCAL_POOLS, expandRoundRobin, type PoolSpec } from '../net/pools.js';
import { formatAddress, formatPrefix, overlaps, parseAddress, parsePrefix, type Prefix } from '../net/prefix.js';
import type { ApiNetwork, HostReadings } from './readings.js';

export interface SnapshotNetwork {
  name: string;
  subnets: string[];
}

export interface HostFacts {
  /** "20.10.24" (the version without the distribution's suffix) */
  engine: string;
  engineId?: string;
  /** from the networks' com.docker.compose.version label; undefined when no network has one */
  compose?: 'v1' | 'v2';
  routes: string[];
  nameservers: string[];
  underlayMtu?: number;
  /** local networks no listed project creates, oldest first (docker0, host and none left out) */
  networks: SnapshotNetwork[];
  state: {
    read: string;
    daemonStarted?: string;
    bridge?: string;
    /** Engine ≤ 26 only */
    cursor?: number | 'unknown';
    /** why the cursor is unknown, for the command's output */
    cursorWhy?: string;
    projects: { name: string; networks: SnapshotNetwork[] }[];
  };
  /** what the command should tell the operator (a cursor that could not be inferred, …) */
  notes: string[];
}

const PREDEFINED = new Set(['bridge', 'host', 'none']);

function subnetsOf(n: ApiNetwork): string[] {
  const out: string[] = [];
  for (const c of n.IPAM?.Config ?? []) {
    if (typeof c.Subnet !== 'string' || c.Subnet === '') continue;
    const p = parsePrefix(c.Subnet);
    out.push('error' in p ? c.Subnet : formatPrefix(p.prefix));
  }
  return out;
}

/** RFC 3339 with nanoseconds → a sortable [seconds since epoch, nanoseconds] (Date keeps only ms) */
function timeOf(s: string | undefined): [number, number] | null {
  if (!s) return null;
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(s);
  if (!m) return null;
  const secs = Date.parse(`${m[1]}${m[3]}`) / 1000;
  if (!Number.isFinite(secs)) return null;
  return [secs, Number((m[2] ?? '').padEnd(9, '0'))];
}

function cmpTime(a: [number, number] | null, b: [number, number] | null): number {
  if (!a || !b) return !a && !b ? 0 : a ? 1 : -1;
  return a[0] - b[0] || a[1] - b[1];
}

/** "20.10.24+dfsg1" → "20.10.24"; "26.1.5" stays */
export function engineOf(version: string | undefined): string {
  const m = /^v?(\d+\.\d+(?:\.\d+)?)/.exec((version ?? '').trim());
  return m ? m[1] : 'unknown';
}

/** little-endian hex of /proc/net/route → dotted quad number */
function hexAddr(h: string): number {
  const n = parseInt(h, 16) >>> 0;
  return (((n & 0xff) << 24) | (((n >>> 8) & 0xff) << 16) | (((n >>> 16) & 0xff) << 8) | ((n >>> 24) & 0xff)) >>> 0;
}

function maskBits(m: number): number {
  let bits = 0;
  while (bits < 32 && m & (0x80000000 >>> bits)) bits++;
  return bits;
}

export interface RouteEntry {
  iface: string;
  prefix: string;
  gateway: boolean;
  isDefault: boolean;
}

/** /proc/net/route → routes (RTF_UP only) */
export function parseProcNetRoute(text: string): RouteEntry[] {
  const out: RouteEntry[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8) continue;
    const flags = parseInt(f[3], 16);
    if (!(flags & 0x1)) continue; // RTF_UP
    const dest = hexAddr(f[1]);
    const mask = hexAddr(f[7]);
    const bits = maskBits(mask);
    const gw = hexAddr(f[2]);
    out.push({
      iface: f[0],
      prefix: `${formatAddress(4, (dest & mask) >>> 0)}/${bits}`,
      gateway: gw !== 0 || (flags & 0x2) !== 0,
      isDefault: bits === 0,
    });
  }
  return out;
}

/** nameservers as dockerd takes them: resolv.conf, or systemd-resolved's upstream list when only the stub is there */
export function nameserversOf(resolvConf: string, upstream?: string): string[] {
  const list = (t: string) =>
    t
      .split('\n')
      .map((l) => /^\s*nameserver\s+(\S+)/.exec(l)?.[1])
      .filter((x): x is string => !!x)
      .map((x) => x.replace(/%.*$/, ''))
      .filter((x) => !('error' in parseAddress(x)));
  const main = list(resolvConf);
  if (upstream !== undefined && main.length > 0 && main.every((n) => n.startsWith('127.'))) return list(upstream);
  return main;
}

/** default-address-pools of a daemon.json text (undefined: the built-in pools) */
function poolsOf(daemonJson: string | null): PoolSpec[] | undefined {
  if (!daemonJson) return undefined;
  try {
    const j = JSON.parse(daemonJson) as { 'default-address-pools'?: { base?: string; size?: number }[] };
    const p = j['default-address-pools'];
    if (!Array.isArray(p) || p.length === 0) return undefined;
    return p.filter((x) => typeof x.base === 'string' && typeof x.size === 'number').map((x) => ({ base: x.base!, size: x.size! }));
  } catch {
    return undefined;
  }
}

/** what Docker's host check avoids on this engine: nameservers and on-link routes (IPv4) */
function hostPrefixes(nameservers: string[], routes: string[]): Prefix[] {
  const out: Prefix[] = [];
  for (const n of nameservers) {
    const a = parseAddress(n);
    if (!('error' in a)) out.push(a);
  }
  for (const r of routes) {
    const p = parsePrefix(r);
    if (!('error' in p)) out.push(p.prefix);
  }
  return out;
}

export interface FactsOptions {
  /** compose project names of the listed projects → the networks their files create */
  listed: Map<string, Set<string>>;
  /** the time of reading (ISO 8601) */
  now: string;
}

export function hostFacts(r: HostReadings, opts: FactsOptions): HostFacts {
  const notes: string[] = [];
  const engine = engineOf(r.version.Version);
  const local = r.networks.filter((n) => (n.Scope ?? 'local') === 'local');
  const bridge = local.find((n) => n.Name === 'bridge');

  // Docker's own bridges carry on-link routes: they are networks, not host routes
  const dockerSubnets = new Set(local.flatMap(subnetsOf));
  const dockerIfaces = new Set<string>(['docker0']);
  for (const n of local) {
    const named = n.Options?.['com.docker.network.bridge.name'];
    if (named) dockerIfaces.add(named);
    if (n.Id) dockerIfaces.add(`br-${n.Id.slice(0, 12)}`);
  }
  const routes = parseProcNetRoute(r.procNetRoute);
  const onLink: string[] = [];
  for (const rt of routes) {
    if (rt.isDefault || rt.gateway || rt.iface === 'lo') continue;
    if (dockerIfaces.has(rt.iface) || dockerSubnets.has(rt.prefix) || /^veth/.test(rt.iface)) continue;
    if (!onLink.includes(rt.prefix)) onLink.push(rt.prefix);
  }
  const def = routes.find((rt) => rt.isDefault);
  const underlayMtu = def ? r.mtu[def.iface] : undefined;
  const nameservers = nameserversOf(r.resolvConf, r.resolvedUpstream);

  // compose generation from the labels
  const versions = local.map((n) => n.Labels?.['com.docker.compose.version']).filter((v): v is string => !!v);
  let compose: HostFacts['compose'];
  if (versions.length > 0) {
    const v1 = versions.filter((v) => v.startsWith('1.')).length;
    compose = v1 * 2 > versions.length ? 'v1' : 'v2';
  }

  // the listed projects' networks by their compose label; every other local network is the host's
  const byProject = new Map<string, SnapshotNetwork[]>();
  const hostNets: { n: ApiNetwork; subnets: string[] }[] = [];
  for (const n of local) {
    if (PREDEFINED.has(n.Name)) continue;
    const project = n.Labels?.['com.docker.compose.project'];
    if (project !== undefined && opts.listed.has(project)) {
      const list = byProject.get(project) ?? [];
      list.push({ name: n.Name, subnets: subnetsOf(n) });
      byProject.set(project, list);
      continue;
    }
    hostNets.push({ n, subnets: subnetsOf(n) });
  }
  hostNets.sort((a, b) => cmpTime(timeOf(a.n.Created), timeOf(b.n.Created)) || (a.n.Name < b.n.Name ? -1 : 1));
  const projects = [...byProject.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([name, networks]) => ({ name, networks: networks.sort((a, b) => (a.name < b.name ? -1 : 1)) }));

  const state: HostFacts['state'] = { read: opts.now, projects };
  const bridgeSubnet = bridge ? subnetsOf(bridge).find((s) => !s.includes(':')) : undefined;
  if (bridgeSubnet) state.bridge = bridgeSubnet;
  if (bridge?.Created) state.daemonStarted = bridge.Created;

  let version: ReturnType<typeof parseEngineVersion>;
  try {
    version = parseEngineVersion(engine);
  } catch {
    version = 'unknown';
  }
  const behaviour = version === 'unknown' ? undefined : behavioursFor(engine)[0];
  if (!behaviour) {
    state.cursor = 'unknown';
    state.cursorWhy = `the Engine version ${JSON.stringify(r.version.Version ?? '')} could not be read`;
  } else if (behaviour.model === 'round-robin') {
    const c = inferCursor(local, bridge, behaviour.docker0 === 'dynamic', poolsOf(r.daemonJson), hostPrefixes(nameservers, onLink));
    state.cursor = c.cursor;
    if (c.why) state.cursorWhy = c.why;
  }
  if (state.cursor === 'unknown')
    notes.push(`the round-robin cursor is unknown (${state.cursorWhy}): checks answer for the worst starting position`);

  return {
    engine,
    ...(r.info.ID ? { engineId: r.info.ID } : {}),
    ...(compose ? { compose } : {}),
    routes: onLink,
    nameservers,
    ...(underlayMtu !== undefined ? { underlayMtu } : {}),
    networks: hostNets.map(({ n, subnets }) => ({ name: n.Name, subnets })),
    state,
    notes,
  };
}

/**
 * Engine ≤ 26: where the round-robin cursor stands. It is 0 at daemon start and moves past every
 * subnet the daemon hands out from its pools, so it is found from the newest network the daemon
 * allocated since it started (found live on 20.10.24 and 26.1.5):
 * - the daemon started when the default bridge network was made: dockerd deletes and re-creates it at
 *   every start (its `Created` is the start time; `host` and `none` keep theirs);
 * - a network created since then got its subnet from the pools when the API shows a Gateway for it and
 *   the subnet is a pool candidate: a subnet given with `--subnet` (compose `ipam.config`) is shown
 *   without a Gateway until the daemon restarts. On Engine ≥ 23.0.4 docker0 itself is such an allocation.
 * The cursor is then the candidate after it — unless the last candidate is taken now, when the
 * allocation may have wrapped around the list (the cursor then restarts at 0): unknown.
 */
export function inferCursor(
  local: ApiNetwork[],
  bridge: ApiNetwork | undefined,
  docker0Dynamic: boolean,
  pools: PoolSpec[] | undefined,
  host: Prefix[],
): { cursor: number | 'unknown'; why?: string } {
  const started = timeOf(bridge?.Created);
  if (!bridge || !started) return { cursor: 'unknown', why: 'no default bridge network tells when the daemon started' };
  const list = expandRoundRobin(pools ?? BUILTIN_LOCAL_POOLS);
  const L = list.length;
  if (L > 1_000_000) return { cursor: 'unknown', why: `the pool list has ${L} candidates` };
  const index = new Map<string, number>();
  for (let i = L - 1; i >= 0; i--) index.set(formatPrefix(entryAt(list, i)), i);
  let newest: { n: ApiNetwork; i: number } | undefined;
  for (const n of local) {
    if (n === bridge ? !docker0Dynamic : cmpTime(timeOf(n.Created), started) < 0) continue;
    for (const c of n.IPAM?.Config ?? []) {
      if (!c.Gateway || !c.Subnet) continue;
      const p = parsePrefix(c.Subnet);
      if ('error' in p) continue;
      const i = index.get(formatPrefix(p.prefix));
      if (i === undefined) continue;
      if (!newest || cmpTime(timeOf(n.Created), timeOf(newest.n.Created)) > 0) newest = { n, i };
    }
  }
  if (!newest) return { cursor: 0 };
  const next = newest.i + 1;
  if (next >= L) return { cursor: 0 };
  const taken: Prefix[] = [...host];
  for (const n of local)
    for (const s of subnetsOf(n)) {
      const p = parsePrefix(s);
      if (!('error' in p)) taken.push(p.prefix);
    }
  // it wrapped only when the search started past it and found every candidate up to the end taken:
  // with the last candidate free that cannot have happened
  const last = entryAt(list, L - 1);
  if (!taken.some((t) => overlaps(t, last))) return { cursor: next };
  return {
    cursor: 'unknown',
    why: `the last pool candidate ${formatPrefix(last)} is taken, so the allocation of ${formatPrefix(entryAt(list, newest.i))} (network ${newest.n.Name}) may have wrapped around the list`,
  };
}
