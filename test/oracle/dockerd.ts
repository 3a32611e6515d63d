// A real dockerd as a test oracle. Each daemon runs in its own network namespace (so docker0, the
// bridges and the emulated host routes never touch the host) and in a private mount namespace (so a
// fake /etc/resolv.conf can be bind-mounted over the real one). The daemon is driven through the
// Docker Engine API on its unix socket with node's http module: no client process per operation.
//
// Recipe: /work/shared/docs/docker-ipam.md §8. `ip netns exec` remounts /sys and hides the cgroups
// dockerd needs, so the daemon is entered with nsenter. Nothing here sends a packet anywhere: the
// namespace has only lo and a veth pair whose both ends stay inside it; iptables, ip-forward and
// masquerading are off.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export type Availability = { ok: true } | { ok: false; reason: string };

export interface StartOptions {
  /** daemon.json contents (default-address-pools, bip, …) */
  config?: Record<string, unknown>;
  /** start with --bridge=none (no docker0) */
  bridgeNone?: boolean;
  /** host routes reached on-link (`ip route add CIDR dev v0`, scope link) */
  onLinkRoutes?: string[];
  /** host routes reached through a gateway (`ip route add CIDR via GW dev v0 onlink`, scope global) */
  gatewayRoutes?: string[];
  /** nameservers of the fake /etc/resolv.conf the daemon sees (none when empty or absent) */
  nameservers?: string[];
  /** how long to wait for the API to answer after spawning dockerd (ms, default 90 000) */
  startTimeoutMs?: number;
  /** the dockerd binary to run (default: `dockerd` from PATH), e.g. /var/cache/subnet-guard/28.5.2/usr/sbin/dockerd */
  dockerdPath?: string;
  /**
   * an address (CIDR) on the namespace's veth `v0` — swarm needs one to advertise
   * (`docker swarm init --advertise-addr`); gives the namespace its veth pair even without routes
   */
  hostAddress?: string;
}

export type OracleCreateResult = { ok: true; subnets: string[] } | { ok: false; error: string; status: number };

export interface OracleNetwork {
  name: string;
  id: string;
  driver: string;
  subnets: string[];
}

export interface DaemonHandle {
  /** the network namespace the daemon runs in */
  readonly netns: string;
  /** unix socket of the Engine API */
  readonly socketPath: string;
  /** environment to point a docker / docker-compose client at this daemon */
  readonly env: { DOCKER_HOST: string };
  /** the daemon's version as reported by GET /version (e.g. "20.10.24+dfsg1") */
  readonly version: string;
  /** wall-clock ms of every start (spawn → API answers), for measurement */
  readonly startTimesMs: number[];
  createNetwork(
    name: string,
    opts?: { subnet?: string; subnets?: string[]; driver?: string; enableIpv6?: boolean },
  ): Promise<OracleCreateResult>;
  /** `docker info`'s ID (Engine ≥ 27 derives its IPv6 ULA /48 from it) */
  engineId(): Promise<string>;
  /** removes a network by name: true when removed, false when there was none; throws on other errors */
  removeNetwork(name: string): Promise<boolean>;
  /** stop and start again with the same data root, config and namespace */
  restart(): Promise<void>;
  listNetworks(): Promise<OracleNetwork[]>;
  /** the "bridge" network's (docker0's) first subnet, or null without one */
  docker0Subnet(): Promise<string | null>;
  /** `tar -c -T /dev/null | docker import - REF`: an empty local image, enough for `docker-compose up --no-start` */
  importScratchImage(ref?: string): Promise<void>;
  /** dockerd's log so far */
  log(): string;
  /** dockerd's pid while it runs (to enter its network and mount namespaces: nsenter -t PID -n -m) */
  pid(): number | null;
  /** one Engine API call (path without the /v1.41 prefix): status and parsed JSON (or text) body */
  request(method: string, path: string, body?: unknown, timeoutMs?: number): Promise<{ status: number; body: unknown }>;
  /** stops the daemon and removes the namespace and every temporary file; idempotent */
  stop(): Promise<void>;
}

/** The gateway the emulated gateway routes point at (`onlink`, so no address or connected route is needed). */
export const ORACLE_GATEWAY = '10.254.254.1';

/**
 * How long a start may take before it counts as failed: 0.2–0.6 s on an idle machine, but 28.5.2 under
 * a loaded CI machine (three engines' daemons side by side) was seen above 20 s.
 */
const START_TIMEOUT_MS = 90_000;

const DOCKERD_FLAGS = ['--iptables=false', '--ip-forward=false', '--ip-masq=false', '--userland-proxy=false'];

function findInPath(cmd: string): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat(['/usr/sbin', '/sbin', '/usr/bin', '/bin']);
  for (const d of dirs) {
    if (!d) continue;
    const p = join(d, cmd);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

let cachedAvailability: Availability | undefined;

/** Whether a real dockerd can be run as an oracle here (root, dockerd, ip netns, nsenter, unshare). */
export function oracleAvailability(): Availability {
  if (cachedAvailability) return cachedAvailability;
  cachedAvailability = checkAvailability();
  return cachedAvailability;
}

function checkAvailability(): Availability {
  if (process.env.SUBNET_GUARD_NO_ORACLE) return { ok: false, reason: 'turned off by SUBNET_GUARD_NO_ORACLE' };
  if (process.platform !== 'linux') return { ok: false, reason: `needs Linux (this is ${process.platform})` };
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return { ok: false, reason: 'needs root (network namespaces and dockerd)' };
  }
  for (const cmd of ['dockerd', 'ip', 'nsenter', 'unshare', 'mount']) {
    if (!findInPath(cmd)) {
      const hint = cmd === 'dockerd' ? ' (apt-get install docker.io iptables)' : cmd === 'ip' ? ' (apt-get install iproute2)' : '';
      return { ok: false, reason: `\`${cmd}\` not found in PATH${hint}` };
    }
  }
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
  } catch (e) {
    return { ok: false, reason: `\`ip netns\` does not work here: ${errText(e)}` };
  }
  try {
    execFileSync(findInPath('dockerd') as string, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
  } catch (e) {
    return { ok: false, reason: `\`dockerd --version\` failed: ${errText(e)}` };
  }
  return { ok: true };
}

/** "Docker version 20.10.24+dfsg1, build 5d6db84" → "20.10.24" (null when not found). */
export function dockerdVersion(dockerdPath = 'dockerd'): string | null {
  const bin = dockerdPath.includes('/') ? dockerdPath : findInPath(dockerdPath);
  if (!bin) return null;
  try {
    const out = execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    const m = /(\d+\.\d+\.\d+)/.exec(out);
    return m ? m[1] : null;
  } catch {
    return null;
  }
}

function errText(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { stderr?: Buffer | string; message?: string };
    const s = o.stderr ? String(o.stderr).trim() : '';
    if (s) return s;
    if (o.message) return o.message;
  }
  return String(e);
}

function ip(netns: string | null, args: string[]): void {
  const full = netns ? ['netns', 'exec', netns, 'ip', ...args] : args;
  try {
    execFileSync('ip', full, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 10_000 });
  } catch (e) {
    throw new Error(`ip ${full.join(' ')}: ${errText(e)}`, { cause: e });
  }
}

// ---------------------------------------------------------------------------------------------
// Engine API over the unix socket

interface ApiResponse {
  status: number;
  body: unknown;
}

function api(socketPath: string, method: string, path: string, body?: unknown, timeoutMs = 30_000): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const raw = Buffer.isBuffer(body);
    const payload = body === undefined ? undefined : raw ? (body as Buffer) : Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        socketPath,
        method,
        path: `/v1.41${path}`,
        headers: payload ? { 'Content-Type': raw ? 'application/x-tar' : 'application/json', 'Content-Length': payload.length } : {},
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // plain text (e.g. "OK" from /_ping)
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer from dockerd within ${timeoutMs} ms`)));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function apiMessage(r: ApiResponse): string {
  const b = r.body as { message?: unknown } | string | null;
  if (b && typeof b === 'object' && typeof b.message === 'string') return b.message;
  return typeof b === 'string' ? b : JSON.stringify(b);
}

interface RawNetwork {
  Name: string;
  Id: string;
  Driver: string;
  IPAM?: { Config?: { Subnet?: string }[] | null };
}

function subnetsOfRaw(n: RawNetwork): string[] {
  return (n.IPAM?.Config ?? []).map((c) => c.Subnet).filter((s): s is string => typeof s === 'string' && s !== '');
}

// ---------------------------------------------------------------------------------------------
// Daemon lifecycle

const live = new Set<Daemon>();
let counter = 0;
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when a test process ends without calling stop(): never leave daemons or namespaces.
  process.on('exit', () => {
    for (const d of live) d.stopSync();
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      for (const d of live) d.stopSync();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(n) && n > 1 ? n : null;
  } catch {
    return null;
  }
}

class Daemon implements DaemonHandle {
  readonly netns: string;
  readonly socketPath: string;
  readonly env: { DOCKER_HOST: string };
  version = '';
  readonly startTimesMs: number[] = [];
  private readonly dir: string;
  private readonly logFile: string;
  private readonly pidFile: string;
  private readonly containerdPidFile: string;
  private readonly args: string[];
  private child: ChildProcess | null = null;
  private childExited: Promise<void> = Promise.resolve();
  private dockerdPid: number | null = null;
  private stopped = false;
  private netnsCreated = false;

  constructor(private readonly opts: StartOptions) {
    this.dir = mkdtempSync(join(tmpdir(), 'sg-oracle-'));
    this.netns = `sgo-${process.pid}-${++counter}`;
    this.socketPath = join(this.dir, 'docker.sock');
    this.env = { DOCKER_HOST: `unix://${this.socketPath}` };
    this.logFile = join(this.dir, 'dockerd.log');
    this.pidFile = join(this.dir, 'dockerd.pid');
    this.containerdPidFile = join(this.dir, 'exec', 'containerd', 'containerd.pid');
    const resolv = join(this.dir, 'resolv.conf');
    writeFileSync(
      resolv,
      ['# fake resolv.conf of a subnet-guard oracle daemon', ...(opts.nameservers ?? []).map((n) => `nameserver ${n}`), ''].join('\n'),
    );
    const args = [
      '--data-root',
      join(this.dir, 'data'),
      '--exec-root',
      join(this.dir, 'exec'),
      '-H',
      `unix://${this.socketPath}`,
      '--pidfile',
      this.pidFile,
      ...DOCKERD_FLAGS,
    ];
    if (opts.config) {
      const cfg = join(this.dir, 'daemon.json');
      writeFileSync(cfg, JSON.stringify(opts.config, null, 2));
      args.push('--config-file', cfg);
    }
    if (opts.bridgeNone) args.push('--bridge=none');
    this.args = args;
  }

  setUpNamespace(): void {
    ip(null, ['netns', 'add', this.netns]);
    this.netnsCreated = true;
    ip(this.netns, ['link', 'set', 'lo', 'up']);
    const routes = [...(this.opts.onLinkRoutes ?? []), ...(this.opts.gatewayRoutes ?? [])];
    if (routes.length === 0 && !this.opts.hostAddress) return;
    // A veth pair with both ends inside the namespace stands in for the host's uplink.
    ip(this.netns, ['link', 'add', 'v0', 'type', 'veth', 'peer', 'name', 'v1']);
    ip(this.netns, ['link', 'set', 'v0', 'up']);
    ip(this.netns, ['link', 'set', 'v1', 'up']);
    if (this.opts.hostAddress) ip(this.netns, ['addr', 'add', this.opts.hostAddress, 'dev', 'v0']);
    for (const r of this.opts.onLinkRoutes ?? []) ip(this.netns, ['route', 'add', r, 'dev', 'v0']);
    for (const r of this.opts.gatewayRoutes ?? []) ip(this.netns, ['route', 'add', r, 'via', ORACLE_GATEWAY, 'dev', 'v0', 'onlink']);
  }

  pid(): number | null {
    return this.dockerdPid;
  }

  log(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  /** the end of dockerd's log without the gRPC connection chatter */
  private logTail(lines = 15): string {
    return this.log()
      .trimEnd()
      .split('\n')
      .filter((l) => !l.includes('module=grpc'))
      .slice(-lines)
      .join('\n');
  }

  async launch(): Promise<void> {
    const t0 = performance.now();
    rmSync(this.socketPath, { force: true });
    const fd = openSync(this.logFile, 'a');
    const resolv = join(this.dir, 'resolv.conf');
    // nsenter and unshare exec (no fork), `sh` execs dockerd: the child's pid is dockerd's.
    // unshare -m makes every mount private, so the bind mount is seen by this daemon only.
    const child = spawn(
      'nsenter',
      [
        `--net=/var/run/netns/${this.netns}`,
        'unshare',
        '-m',
        '--propagation',
        'private',
        'sh',
        '-c',
        'mount --bind "$0" /etc/resolv.conf && d="$1" && shift && exec "$d" "$@"',
        resolv,
        this.opts.dockerdPath ?? 'dockerd',
        ...this.args,
      ],
      { stdio: ['ignore', fd, fd] },
    );
    closeSync(fd);
    this.child = child;
    this.dockerdPid = child.pid ?? null;
    let exitInfo: string | null = null;
    this.childExited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        exitInfo = signal ? `signal ${signal}` : `exit code ${code}`;
        resolve();
      });
      child.once('error', (e) => {
        exitInfo = `spawn error: ${e.message}`;
        resolve();
      });
    });
    const deadline = Date.now() + (this.opts.startTimeoutMs ?? START_TIMEOUT_MS);
    for (;;) {
      if (exitInfo !== null) {
        // exitInfo is set by the child's exit handler; TypeScript narrows it to null and then to never here
        // eslint-disable-next-line @typescript-eslint/restrict-template-expressions
        throw new Error(`dockerd exited during start-up (${exitInfo}) in netns ${this.netns}; its log:\n${this.logTail()}`);
      }
      if (existsSync(this.socketPath)) {
        try {
          const r = await api(this.socketPath, 'GET', '/_ping', undefined, 2_000);
          if (r.status === 200) break;
        } catch {
          // not ready yet
        }
      }
      if (Date.now() > deadline) {
        throw new Error(
          `dockerd did not answer on ${this.socketPath} within ${this.opts.startTimeoutMs ?? START_TIMEOUT_MS} ms; its log:\n${this.logTail()}`,
        );
      }
      await sleep(25);
    }
    this.startTimesMs.push(Math.round(performance.now() - t0));
    if (!this.version) {
      const v = await api(this.socketPath, 'GET', '/version');
      this.version = String((v.body as { Version?: string }).Version ?? '');
    }
  }

  /** SIGTERM, wait for the graceful shutdown to finish, then make sure dockerd and containerd are gone. */
  private async halt(): Promise<void> {
    const pid = this.dockerdPid;
    const containerd = readPid(this.containerdPidFile);
    if (pid !== null && alive(pid)) {
      const logBefore = this.log().length;
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      // dockerd logs "Daemon shutdown complete" within milliseconds (networks are persisted by then) and
      // then lingers for seconds reconnecting to the containerd it just stopped: do not wait for that.
      const deadline = Date.now() + 15_000;
      while (alive(pid) && Date.now() < deadline) {
        if (this.log().slice(logBefore).includes('Daemon shutdown complete')) {
          const cDeadline = Date.now() + 5_000;
          while (containerd !== null && alive(containerd) && Date.now() < cDeadline) await sleep(10);
          break;
        }
        await sleep(10);
      }
      if (alive(pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
    if (containerd !== null && alive(containerd)) {
      try {
        process.kill(containerd, 'SIGKILL');
      } catch {
        // gone
      }
    }
    await Promise.race([this.childExited, sleep(5_000)]);
    this.child = null;
    this.dockerdPid = null;
  }

  async restart(): Promise<void> {
    if (this.stopped) throw new Error('restart() after stop()');
    await this.halt();
    await this.launch();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await this.halt();
    } finally {
      this.cleanUpFiles();
      live.delete(this);
    }
  }

  /** synchronous last-resort cleanup (process exit) */
  stopSync(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const pid of [this.dockerdPid, readPid(this.containerdPidFile)]) {
      if (pid !== null && alive(pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
    this.cleanUpFiles();
    live.delete(this);
  }

  private cleanUpFiles(): void {
    if (this.netnsCreated) {
      try {
        execFileSync('ip', ['netns', 'del', this.netns], { stdio: 'ignore', timeout: 10_000 });
      } catch {
        // already gone
      }
      this.netnsCreated = false;
    }
    // The daemon's mounts lived in its private mount namespace, which ended with it.
    try {
      rmSync(this.dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // best effort
    }
  }

  async engineId(): Promise<string> {
    const r = await api(this.socketPath, 'GET', '/info');
    if (r.status !== 200) throw new Error(`GET /info: ${r.status} ${apiMessage(r)}`);
    return String((r.body as { ID?: string }).ID ?? '');
  }

  request(method: string, path: string, body?: unknown, timeoutMs?: number): Promise<ApiResponse> {
    return api(this.socketPath, method, path, body, timeoutMs);
  }

  async createNetwork(
    name: string,
    opts: { subnet?: string; subnets?: string[]; driver?: string; enableIpv6?: boolean } = {},
  ): Promise<OracleCreateResult> {
    const subnets = [...(opts.subnet ? [opts.subnet] : []), ...(opts.subnets ?? [])];
    // the same request body `docker network create [--subnet S] NAME` sends
    const body = {
      Name: name,
      CheckDuplicate: true,
      Driver: opts.driver ?? 'bridge',
      Scope: '',
      EnableIPv6: opts.enableIpv6 ?? subnets.some((s) => s.includes(':')),
      IPAM: { Driver: 'default', Options: {}, Config: subnets.map((s) => ({ Subnet: s })) },
      Internal: false,
      Attachable: false,
      Ingress: false,
      ConfigOnly: false,
      ConfigFrom: { Network: '' },
      Options: {},
      Labels: {},
    };
    const r = await api(this.socketPath, 'POST', '/networks/create', body);
    if (r.status !== 201 && r.status !== 200) return { ok: false, error: apiMessage(r), status: r.status };
    const id = (r.body as { Id: string }).Id;
    const g = await api(this.socketPath, 'GET', `/networks/${encodeURIComponent(id)}`);
    if (g.status !== 200) throw new Error(`GET /networks/${id} after create: ${g.status} ${apiMessage(g)}`);
    return { ok: true, subnets: subnetsOfRaw(g.body as RawNetwork) };
  }

  async removeNetwork(name: string): Promise<boolean> {
    const r = await api(this.socketPath, 'DELETE', `/networks/${encodeURIComponent(name)}`);
    if (r.status === 404) return false;
    if (r.status !== 204 && r.status !== 200) throw new Error(`removing network ${name}: ${r.status} ${apiMessage(r)}`);
    return true;
  }

  async importScratchImage(ref = 'scratch-local'): Promise<void> {
    const [repo, tag = 'latest'] = ref.split(':');
    const emptyTar = Buffer.alloc(1024); // two zero blocks: an empty archive
    const q = `fromSrc=-&repo=${encodeURIComponent(repo)}&tag=${encodeURIComponent(tag)}`;
    const r = await api(this.socketPath, 'POST', `/images/create?${q}`, emptyTar);
    if (r.status !== 200) throw new Error(`importing ${ref}: ${r.status} ${apiMessage(r)}`);
    const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
    if (text.includes('"error"')) throw new Error(`importing ${ref}: ${text}`);
  }

  async listNetworks(): Promise<OracleNetwork[]> {
    const r = await api(this.socketPath, 'GET', '/networks');
    if (r.status !== 200) throw new Error(`GET /networks: ${r.status} ${apiMessage(r)}`);
    return (r.body as RawNetwork[])
      .map((n) => ({ name: n.Name, id: n.Id, driver: n.Driver, subnets: subnetsOfRaw(n) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async docker0Subnet(): Promise<string | null> {
    const r = await api(this.socketPath, 'GET', '/networks/bridge');
    if (r.status === 404) return null;
    if (r.status !== 200) throw new Error(`GET /networks/bridge: ${r.status} ${apiMessage(r)}`);
    return subnetsOfRaw(r.body as RawNetwork)[0] ?? null;
  }
}

/**
 * Starts a fresh dockerd in a new network namespace with fresh data/exec roots. Always call stop()
 * (in afterEach/afterAll or a finally block); a process-exit hook kills leftovers as a last resort.
 * Rejects with dockerd's log when the daemon does not come up (e.g. an invalid daemon.json).
 */
export async function startDaemon(opts: StartOptions = {}): Promise<DaemonHandle> {
  const a = oracleAvailability();
  if (!a.ok) throw new Error(`the dockerd oracle is not available: ${a.reason}`);
  installExitHook();
  const d = new Daemon(opts);
  live.add(d);
  try {
    d.setUpNamespace();
    await d.launch();
  } catch (e) {
    await d.stop();
    throw e;
  }
  return d;
}

/** Daemons started by this process and not stopped yet (for leak checks in tests). */
export function liveDaemonCount(): number {
  return live.size;
}

/** Network namespaces this process created that still exist (for leak checks in tests). */
export function leftoverNamespaces(): string[] {
  const out = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8', timeout: 10_000 });
  return out
    .split('\n')
    .map((l) => l.split(' ')[0])
    .filter((n) => n.startsWith(`sgo-${process.pid}-`));
}

/** Whether a command is on PATH (e.g. docker-compose). */
export function hasCommand(cmd: string): boolean {
  return findInPath(cmd) !== null;
}

/** Stops every daemon this process started (for afterAll). */
export async function stopAllDaemons(): Promise<void> {
  await Promise.all([...live].map((d) => d.stop()));
}
