// The live host, read: the Engine API on its socket (GET only), the kernel's main routing table and
// interface MTUs, the resolver configuration dockerd uses, and daemon.json. This file and command.ts
// are the snapshot's I/O layer; nothing is written and nothing is sent anywhere but to the Docker API.
//
// The Engine API is spoken with node's http module over the socket rather than with dockerode: three
// GETs are all the snapshot needs, and dockerode (with docker-modem, ssh2, tar-fs, and in version 4
// @grpc/grpc-js and protobufjs for BuildKit) would add megabytes of bundled code and native optional
// modules to dist/ for them.
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ConfigError } from '../errors.js';
import { parseProcNetRoute } from './facts.js';
import type { ApiNetwork, HostReadings, HostSource } from './readings.js';

/** an Engine API answer larger than this is refused (a host with 10,000 networks answers ~20 MB) */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
/** system files read (resolv.conf, /proc/net/route, daemon.json) larger than this are refused */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface Endpoint {
  socketPath?: string;
  host?: string;
  port?: number;
  /** how the user wrote it, for messages */
  label: string;
}

/** DOCKER_HOST / --docker-host → where to connect: unix:///path or tcp://host:port (plain HTTP) */
export function endpointOf(url: string | undefined): Endpoint {
  const u = (url ?? '').trim() || 'unix:///var/run/docker.sock';
  if (u.startsWith('unix://')) return { socketPath: u.slice('unix://'.length), label: u };
  if (u.startsWith('/')) return { socketPath: u, label: u };
  const m = /^(?:tcp|http):\/\/([^/:]+|\[[^\]]+\]):(\d+)\/?$/.exec(u);
  if (m) return { host: m[1].replace(/^\[|\]$/g, ''), port: Number(m[2]), label: u };
  throw new ConfigError(
    `--docker-host ${u}: give unix:///path/to/docker.sock or tcp://HOST:PORT (plain HTTP; for ssh:// or TLS, run snapshot on the host itself)`,
  );
}

async function get(ep: Endpoint, path: string): Promise<unknown> {
  // loaded on first use: only `snapshot` talks to a daemon, and loading node:http costs every run ~10 ms
  const { default: http } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        socketPath: ep.socketPath,
        host: ep.host,
        port: ep.port,
        path,
        method: 'GET',
        headers: { Accept: 'application/json' },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_ANSWER_BYTES) {
            req.destroy(new Error(`the answer to GET ${path} is larger than ${MAX_ANSWER_BYTES / 1048576} MiB`));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) {
            reject(
              new ConfigError(`the Docker Engine API at ${ep.label} answered GET ${path} with ${res.statusCode}: ${text.slice(0, 300)}`),
            );
            return;
          }
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new ConfigError(`the Docker Engine API at ${ep.label} answered GET ${path} with something that is not JSON`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (e: NodeJS.ErrnoException) => {
      const hint =
        e.code === 'EACCES'
          ? ' — snapshot needs read access to the Docker socket (run it as root or as a member of the docker group)'
          : e.code === 'ENOENT' || e.code === 'ECONNREFUSED'
            ? ' — is dockerd running? (give its socket with --docker-host or DOCKER_HOST)'
            : '';
      reject(new ConfigError(`cannot read the Docker Engine API at ${ep.label}: ${e.message}${hint}`));
    });
    req.end();
  });
}

function readText(file: string): string | null {
  try {
    const buf = readFileSync(file);
    if (buf.length > MAX_FILE_BYTES) throw new ConfigError(`${file} is larger than ${MAX_FILE_BYTES / 1048576} MiB`);
    return buf.toString('utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ConfigError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

export interface LiveOptions {
  dockerHost?: string;
  /** default /etc/docker/daemon.json */
  daemonJson?: string;
}

/** The host this process runs on (its network namespace), and the daemon at dockerHost. */
export function liveSource(opts: LiveOptions): HostSource {
  return {
    async read(): Promise<HostReadings> {
      const ep = endpointOf(opts.dockerHost);
      const version = (await get(ep, '/version')) as HostReadings['version'];
      const info = (await get(ep, '/info')) as HostReadings['info'];
      const networks = (await get(ep, '/networks')) as ApiNetwork[];
      if (!Array.isArray(networks))
        throw new ConfigError(`the Docker Engine API at ${ep.label} answered GET /networks with something that is not a list`);
      const procNetRoute = readText('/proc/net/route') ?? '';
      const mtu: Record<string, number> = {};
      for (const r of parseProcNetRoute(procNetRoute)) {
        if (!r.isDefault || mtu[r.iface] !== undefined || !/^[A-Za-z0-9_.:@-]{1,15}$/.test(r.iface)) continue;
        const v = Number((readText(`/sys/class/net/${r.iface}/mtu`) ?? '').trim());
        if (Number.isInteger(v) && v > 0) mtu[r.iface] = v;
      }
      const daemonJsonPath = opts.daemonJson ?? '/etc/docker/daemon.json';
      return {
        version,
        info,
        networks,
        procNetRoute,
        mtu,
        resolvConf: readText('/etc/resolv.conf') ?? '',
        resolvedUpstream: readText('/run/systemd/resolve/resolv.conf') ?? undefined,
        daemonJson: readText(daemonJsonPath),
        daemonJsonPath,
        hostname: hostname(),
      };
    },
  };
}
