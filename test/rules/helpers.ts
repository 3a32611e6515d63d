// Builders for rule tests: a few lines describe a host, its daemon.json and its projects; the real
// simulator replays it, and the rule under test reads the result. Positions are synthetic but distinct,
// so a test can assert which line a finding points at.
import type {
  ComposeNetwork,
  ComposeProject,
  DaemonConfig,
  Finding,
  HostSpec,
  Inventory,
  Lifecycle,
  Located,
  SourcePos,
  SwarmSpec,
} from '../../src/model.js';
import { behavioursFor } from '../../src/engine/versions.js';
import { parsePrefix } from '../../src/net/prefix.js';
import type { HostCheck, ParsedReserved, Rule, RuleContext } from '../../src/rules/rule.js';
import { simulateHost, type HostProject } from '../../src/simulate/host.js';
import { setupFor } from '../../src/simulate/setup.js';

export function pos(file: string, line: number, column = 5, width = 10): SourcePos {
  return { file, line, column, endLine: line, endColumn: column + width };
}

export interface NetSpec {
  key: string;
  subnets?: string[];
  driver?: string;
  ipamDriver?: string;
  mtu?: number;
  external?: boolean;
  /** `name:` */
  name?: string;
  ipv6?: boolean;
}

/** the line the network's key is on: 10, 20, 30 … by index; its subnets on the following lines */
export function netLine(index: number): number {
  return 10 * (index + 1);
}

export function net(project: string, spec: NetSpec, index: number): ComposeNetwork {
  const file = `${project}/compose.yaml`;
  const line = netLine(index);
  const n: ComposeNetwork = {
    key: spec.key,
    name: spec.name ?? (spec.external ? spec.key : `${project}_${spec.key}`),
    external: spec.external ?? false,
    driver: spec.driver ?? 'bridge',
    ipamDriver: spec.ipamDriver ?? 'default',
    subnets: (spec.subnets ?? []).map((cidr, i) => ({ cidr, pos: pos(file, line + 2 + i, 19, cidr.length) })),
    enableIpv4: true,
    enableIpv6: spec.ipv6 ?? false,
    pos: pos(file, line, 3, spec.key.length),
    usedBy: ['svc'],
  };
  if (spec.mtu !== undefined) n.mtu = { value: spec.mtu, pos: pos(file, line + 1, 40, 4) };
  return n;
}

export function project(
  name: string,
  nets: NetSpec[] = [{ key: 'default' }],
  opts: { lifecycle?: Lifecycle; published?: string[] } = {},
): HostProject {
  const p: ComposeProject = {
    name,
    dir: name,
    files: [`${name}/compose.yaml`],
    networks: [...nets].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((s, i) => net(name, s, i)),
    publishedPorts: (opts.published ?? []).map((service, i) => ({ service, pos: pos(`${name}/compose.yaml`, 3 + i, 5, 5) })),
    warnings: [],
  };
  return { project: p, lifecycle: opts.lifecycle ?? 'cycling' };
}

export interface DaemonSpec {
  pools?: [string, number][];
  bip?: string;
  fixedCidr?: string;
  bridgeNone?: boolean;
  mtu?: number;
  ipForward?: boolean;
  iptables?: boolean;
  /** driver → option → value */
  defaultNetworkOpts?: Record<string, Record<string, string>>;
}

export const DAEMON = 'deploy/daemon.json';

/** A DaemonConfig as the loader would give it: every value on its own line of deploy/daemon.json. */
export function daemon(spec: DaemonSpec = {}): DaemonConfig {
  const at = (line: number, width = 8): SourcePos => pos(DAEMON, line, 12, width);
  const loc = <T>(value: T, line: number): Located<T> => ({ value, pos: at(line) });
  const d: DaemonConfig = { file: DAEMON };
  if (spec.pools) {
    d.defaultAddressPools = {
      value: spec.pools.map(([base, size], i) => ({
        base: { value: base, pos: at(3 + i, base.length + 2) },
        size: { value: size, pos: at(3 + i, 2) },
        pos: at(3 + i),
      })),
      pos: at(2),
    };
  }
  if (spec.bip) d.bip = loc(spec.bip, 20);
  if (spec.fixedCidr) d.fixedCidr = loc(spec.fixedCidr, 21);
  if (spec.bridgeNone) d.bridgeNone = loc(true, 22);
  if (spec.mtu !== undefined) d.mtu = loc(spec.mtu, 23);
  if (spec.ipForward !== undefined) d.ipForward = loc(spec.ipForward, 24);
  if (spec.iptables !== undefined) d.iptables = loc(spec.iptables, 25);
  if (spec.defaultNetworkOpts) {
    let line = 30;
    d.defaultNetworkOpts = {};
    for (const [driver, opts] of Object.entries(spec.defaultNetworkOpts)) {
      d.defaultNetworkOpts[driver] = {};
      for (const [k, v] of Object.entries(opts)) d.defaultNetworkOpts[driver][k] = loc(v, line++);
    }
  }
  return d;
}

export const INVENTORY = 'network-inventory.yaml';

export interface HostOptions {
  name?: string;
  engine?: string;
  daemon?: DaemonConfig;
  routes?: string[];
  nameservers?: string[];
  underlayMtu?: number;
  restartEvery?: number;
  cycles?: number;
  /** a swarm node: `true` for a manager with the default pools (swarm: on line 14 of the inventory) */
  swarm?: true | Partial<SwarmSpec>;
}

export function hostSpec(o: HostOptions = {}): HostSpec {
  return {
    name: o.name ?? 'app-1',
    engine: { value: o.engine ?? '26.1', pos: pos(INVENTORY, 9, 13, 6) },
    routes: (o.routes ?? []).map((r, i) => ({ value: r, pos: pos(INVENTORY, 11, 14 + 16 * i, r.length) })),
    nameservers: (o.nameservers ?? []).map((n, i) => ({ value: n, pos: pos(INVENTORY, 12, 19 + 16 * i, n.length) })),
    underlayMtu: o.underlayMtu !== undefined ? { value: o.underlayMtu, pos: pos(INVENTORY, 13, 19, 4) } : undefined,
    restartEvery: o.restartEvery ?? 0,
    env: {},
    pos: pos(INVENTORY, 8, 5, 12),
    reserved: [],
    networks: [],
    ...(o.swarm
      ? { swarm: { role: 'manager' as const, defaultAddrPool: [], pos: pos(INVENTORY, 14, 5, 5), ...(o.swarm === true ? {} : o.swarm) } }
      : {}),
  };
}

/** One HostCheck per engine model of the host (two when the engine is "unknown"). */
export function host(projects: HostProject[], o: HostOptions = {}): HostCheck[] {
  const spec = hostSpec(o);
  const d = o.daemon ?? {};
  const setup = setupFor(d, spec);
  return behavioursFor(spec.engine.value).map((behaviour) => ({
    host: spec,
    behaviour,
    daemon: d,
    projects,
    sim: simulateHost({ host: spec.name, behaviour, setup, projects, cycles: o.cycles ?? 1000, restartEvery: spec.restartEvery }),
  }));
}

export function reserved(list: [string, string][]): ParsedReserved[] {
  return list.map(([cidr, name], i) => {
    const p = parsePrefix(cidr);
    if ('error' in p) throw new Error(p.error);
    return { range: { cidr, name, pos: pos(INVENTORY, 3 + i, 11, cidr.length) }, prefix: p.prefix };
  });
}

export function context(
  hosts: HostCheck[],
  opts: { reserved?: [string, string][]; cycles?: number; allowCgnat?: boolean } = {},
): RuleContext {
  const r = reserved(opts.reserved ?? []);
  const inventory: Inventory = {
    file: INVENTORY,
    reserved: r.map((x) => x.range),
    hosts: [...new Map(hosts.map((h) => [h.host.name, h.host])).values()],
    ...(opts.allowCgnat !== undefined ? { allowCgnat: opts.allowCgnat } : {}),
  };
  return { inventory, reserved: r, hosts, cycles: opts.cycles ?? hosts[0]?.sim.cycles ?? 1000 };
}

export function run(rule: Rule, ctx: RuleContext): Finding[] {
  return rule.check(ctx);
}

/** "file:line" of a finding */
export function at(f: Finding): string {
  return `${f.file}:${f.line}`;
}
