// The typed model every layer shares. Data flows one way:
//   load/ (files -> these types) -> simulate/ -> rules/ -> fix/ -> report/
// Nothing in here touches the file system, the environment or @actions/*.

/** A span in a source file. Lines and columns are 1-based; endColumn is exclusive-style "one past". */
export interface SourcePos {
  file: string; // path relative to the repository root, with forward slashes
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A value together with where it was written. */
export interface Located<T> {
  value: T;
  pos?: SourcePos;
}

/** Where a value came from when it was produced by compose interpolation. */
export interface VariableOrigin {
  variable: string;
  /** true when the variable was unset/empty and the default after :- / - was used */
  usedDefault: boolean;
  /** true when the variable was unset and no default existed (Compose substitutes "") */
  unset: boolean;
}

// ---------------------------------------------------------------------------------------------
// Compose

export interface ComposeSubnet {
  cidr: string;
  pos?: SourcePos;
  origin?: VariableOrigin[];
}

export interface ComposeNetwork {
  /** key under top-level `networks:` ("default" for the implicit one) */
  key: string;
  /** the name Docker sees: <project>_<key>, or `name:`, or the bare key for external networks */
  name: string;
  external: boolean;
  /** bridge (default), macvlan, ipvlan, overlay, or a plugin name */
  driver: string;
  /** "default" unless ipam.driver names something else (then no pool is drawn) */
  ipamDriver: string;
  /** explicit subnets from ipam.config (IPv4 and IPv6) */
  subnets: ComposeSubnet[];
  enableIpv4: boolean;
  enableIpv6: boolean;
  /** com.docker.network.driver.mtu, when set */
  mtu?: Located<number>;
  /** where the network is defined; for an implicit `default`, the first service that joins it */
  pos?: SourcePos;
  /** where `name:` was written, if it was */
  namePos?: SourcePos;
  nameOrigin?: VariableOrigin[];
  /** services (active ones) that join the network */
  usedBy: string[];
  /** the implicit `default` network (not declared): `pos` is then the first service that joins it */
  implicit?: boolean;
}

export interface ComposeProject {
  /** normalised project name */
  name: string;
  /** directory of the first compose file, relative to the repository root ("." for the root) */
  dir: string;
  /** files in -f order, relative to the repository root */
  files: string[];
  /**
   * only the networks `docker compose up` creates or joins (unused ones pruned): in the order `up`
   * creates them when that is known (creationOrder "first-use"), else sorted by key
   */
  networks: ComposeNetwork[];
  /**
   * "first-use": docker-compose 1.x with one file creates the networks in the listed order, so which
   * network gets which subnet is known; "random" (Compose v2, the default when absent): only the set of
   * subnets the project's dynamic networks get is known
   */
  creationOrder?: 'first-use' | 'random';
  /** where the top-level `networks:` key is (a finding about "one of these networks" points there) */
  networksPos?: SourcePos;
  /** services that publish ports (for the forwarding rule) */
  publishedPorts: { service: string; pos?: SourcePos }[];
  /** Compose warnings (unset variables, yes/no booleans, ...) located where they arise */
  warnings: LoadWarning[];
}

export interface LoadWarning {
  code: 'unset-variable' | 'deprecated-boolean' | 'other';
  message: string;
  pos?: SourcePos;
  variable?: string;
}

// ---------------------------------------------------------------------------------------------
// daemon.json

export interface AddressPoolSpec {
  base: Located<string>;
  size: Located<number>;
  pos?: SourcePos;
}

export interface DaemonConfig {
  /** the file it came from, or undefined for Docker's defaults */
  file?: string;
  defaultAddressPools?: Located<AddressPoolSpec[]>;
  bip?: Located<string>;
  fixedCidr?: Located<string>;
  /** "bridge": "none" */
  bridgeNone?: Located<boolean>;
  mtu?: Located<number>;
  /** default-network-opts: { driver: { option: value } } */
  defaultNetworkOpts?: Record<string, Record<string, Located<string>>>;
  ipForward?: Located<boolean>;
  iptables?: Located<boolean>;
}

// ---------------------------------------------------------------------------------------------
// Inventory

export interface ReservedRange {
  cidr: string;
  name: string;
  pos?: SourcePos;
  /** preset or import this entry came from, if any */
  source?: string;
}

export type Lifecycle = 'persistent' | 'cycling';

/** v1: the Python docker-compose 1.x; v2: the Go `docker compose` (v2.x, v5.x) */
export type ComposeGeneration = 'v1' | 'v2';

export interface ProjectRef {
  /** a directory (default file names) or the list of compose files, in -f order */
  path: string | string[];
  lifecycle: Lifecycle;
  profiles: string[];
  /** deployed with `docker stack deploy -c … STACK` under this stack name (networks `<stack>_<key>`, overlay) */
  stack?: Located<string>;
  pos?: SourcePos;
}

/** The host's part in a Docker swarm (`docker swarm init` / `join`), as the inventory's `swarm:` gives it. */
export interface SwarmSpec {
  /** manager: runs the swarm's allocator (a single manager is the leader); worker: only runs tasks */
  role: 'manager' | 'worker';
  /** `--default-addr-pool` CIDRs as given to `docker swarm init`, in order; empty: 10.0.0.0/8 */
  defaultAddrPool: Located<string>[];
  /** `--default-addr-pool-mask-length` (default 24) */
  subnetSize?: Located<number>;
  /** docker_gwbridge made by hand before init/join with this subnet (`docker network create --subnet …`) */
  gwbridgeSubnet?: Located<string>;
  /** the swarm's leader changes after every K-th redeploy (0: never) */
  leaderChangeEvery?: Located<number>;
  pos?: SourcePos;
}

export interface HostSpec {
  name: string;
  /** Docker Engine version string as written, or "unknown" */
  engine: Located<string>;
  /** `docker info`'s ID: Engine ≥ 27 derives its IPv6 ULA /48 from it */
  engineId?: Located<string>;
  /** the Compose generation that runs `up` (default v2: random creation order; v1: first-use order) */
  compose?: Located<ComposeGeneration>;
  /** path of this host's daemon.json (relative to the repository root) */
  daemon?: Located<string>;
  routes: Located<string>[];
  nameservers: Located<string>[];
  underlayMtu?: Located<number>;
  restartEvery: number;
  /** the host is a swarm node (ingress, docker_gwbridge, overlay networks from the swarm pools) */
  swarm?: SwarmSpec;
  /** undefined: every project found in the repository, all cycling */
  projects?: ProjectRef[];
  env: Record<string, string>;
  envFile?: Located<string>;
  pos?: SourcePos;
  /** ranges reserved on this host only, added to the inventory's top-level list */
  reserved: ReservedRange[];
  /** networks on the host that no listed project creates (hand-made, other stacks), in boot order */
  networks: HostNetwork[];
  /** what `subnet-guard snapshot` read on the live host, when it was run */
  state?: HostState;
}

/** A network that exists on a host outside the listed projects. It never goes away. */
export interface HostNetwork {
  name: string;
  /** its subnets when known; without them it is allocated from the pools at boot */
  subnets: Located<string>[];
  pos?: SourcePos;
}

/** The host as `subnet-guard snapshot` read it: the simulation continues from here. */
export interface HostState {
  /** when it was read (ISO 8601, as written) */
  read?: string;
  /** docker0's subnet when it was read */
  bridge?: string;
  /**
   * Engine ≤ 26: the round-robin cursor (index into the candidate list) when it was read; 'unknown'
   * when it could not be inferred; undefined for Engine ≥ 27 (no cursor) or when not written
   */
  cursor?: number | 'unknown';
  /** the subnets each listed project's networks held when it was read, by compose project name */
  projects: { name: string; networks: { name: string; subnets: string[] }[] }[];
  pos?: SourcePos;
  cursorPos?: SourcePos;
}

export interface Inventory {
  file?: string;
  reserved: ReservedRange[];
  hosts: HostSpec[];
  cycles?: Located<number>;
  /** whether 100.64.0.0/10 counts as private for the public-range rule */
  allowCgnat?: boolean;
  /** `rules:` — a severity or off per rule id, where written */
  rules?: Record<string, Located<Severity | 'off'>>;
}

// ---------------------------------------------------------------------------------------------
// Findings

export type Severity = 'error' | 'warning' | 'note';
export type ModelName = 'round-robin' | 'first-fit';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  host?: string;
  model?: ModelName;
  cycle?: number;
  suppressed?: boolean;
  suppressionReason?: string;
}

export function findingAt(pos: SourcePos | undefined): Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  if (!pos) return {};
  return { file: pos.file, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn };
}

export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(x)}`);
}

// ---------------------------------------------------------------------------------------------
// The report (the JSON contract, schemaVersion 1) — what report/ formats consume.

export interface Allocation {
  /** null for the daemon's own docker0 ("bridge") */
  project: string | null;
  network: string;
  subnet: string;
}

export interface CycleRecord {
  cycle: number;
  /** the cycling projects' allocations in this cycle, ordered by project then network name */
  allocations: Allocation[];
}

export interface FirstCollision {
  cycle: number;
  project: string | null;
  network: string;
  subnet: string;
  reserved: { cidr: string; name: string };
}

/** A change to one compose network, as part of a fix: a subnet to pin and/or an MTU to set. */
export interface ComposeNetworkFix {
  project: string;
  /** the network name Docker sees */
  network: string;
  /** the key under `networks:` */
  key: string;
  /** where to write it: the network's definition (or the subnet it replaces) */
  file?: string;
  line?: number;
  /** the subnet to write under ipam.config */
  subnet?: string;
  /** the written subnet `subnet` replaces, when the network was already pinned */
  replaces?: string;
  /** the value to set as driver_opts com.docker.network.driver.mtu */
  mtu?: number;
}

/**
 * A fix proven by re-running the whole simulation for the host (every engine model it may run) with it
 * applied: no errors remain.
 */
export interface HostFix {
  /** daemon.json keys to merge (top-level keys replace the host's); {} when only compose changes are needed */
  daemonJson: Record<string, unknown>;
  /**
   * the swarm re-created with other pools (overlay networks: daemon.json does not reach them), proven
   * like the rest: `docker swarm init --default-addr-pool … --default-addr-pool-mask-length …`
   */
  swarm?: { defaultAddrPool: string[]; subnetSize: number; command: string };
  /** compose changes needed together with daemonJson, when the daemon alone cannot fix the host */
  compose?: ComposeNetworkFix[];
  /** instead of daemonJson: pinned subnets per network (proven on its own, daemon.json untouched) */
  alternative?: { compose: ComposeNetworkFix[] };
}

export interface HostReport {
  name: string;
  /** the engine version as given ("unknown" when not known) */
  engine: string;
  model: ModelName;
  boot: Allocation[];
  /** the first --timeline cycles (0 by default) */
  cycles: CycleRecord[];
  firstCollision: FirstCollision | null;
  /** the proven fix (a daemon.json fragment to merge), or null */
  fix: HostFix | null;
  /** most networks alive at once (boot + persistent + cycling) */
  peakNetworks: number;
  /** candidate pools in the local address space (after pool expansion) */
  poolCandidates: string;
  /** candidates still free at the peak (docker0, pinned subnets and host routes taken out) */
  poolsLeft: string;
  /** cycles simulated */
  cyclesSimulated: number;
  /** the allocation pattern repeats every `period` cycles after `preamble` cycles */
  period: { preamble: number; length: number } | null;
}

/** a rule whose severity the inventory changed */
export interface RuleSettingReport {
  rule: string;
  setting: Severity | 'off';
  default: Severity;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'subnet-guard'; version: string };
  cycles: number;
  /** only when the inventory's `rules:` changes a rule's severity (additive to schemaVersion 1) */
  ruleSettings?: RuleSettingReport[];
  hosts: HostReport[];
  findings: Finding[];
}
