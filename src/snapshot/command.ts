// `subnet-guard snapshot [DIR] [--docker-host URL] [--host-name NAME] [--daemon-json FILE] [--inventory FILE]`:
// reads the live host (live.ts) and writes its entry into DIR's inventory. With live.ts, the snapshot's
// I/O layer: the only place besides cli.ts and main.ts that touches the process, files and environment
// (DOCKER_HOST only).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.js';
import { FsReader } from '../load/reader.js';
import { TOOL_NAME } from '../version.js';
import { snapshotInventory, type SnapshotResult } from './index.js';
import { liveSource } from './live.js';
import type { HostSource } from './readings.js';

export const SNAPSHOT_USAGE = `Usage: subnet-guard snapshot [DIR] [options]

Run on a Docker host: reads the host (Docker Engine API, on-link routes, the default route's MTU, the
nameservers dockerd uses, daemon.json) and writes its entry into DIR's network inventory (default .):
engine, engine-id, compose, routes, nameservers, underlay-mtu, daemon, the networks no listed project
creates, and the state the next redeploy continues from. Other hosts, projects and comments stay.
Needs read access to the Docker socket. Sends nothing anywhere.

Options:
  --docker-host URL    the Engine API (default: $DOCKER_HOST, else unix:///var/run/docker.sock)
  --host-name NAME     the host entry to write (default: this machine's host name)
  --daemon-json FILE   the daemon's configuration (default /etc/docker/daemon.json)
  --inventory FILE     the inventory to update (default: DIR/network-inventory.yaml)
  -h, --help           this text`;

export interface SnapshotArgs {
  dir: string;
  dockerHost?: string;
  hostName?: string;
  daemonJson?: string;
  inventory?: string;
  help: boolean;
}

export function parseSnapshotArgs(argv: string[]): SnapshotArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'docker-host': { type: 'string' },
        'host-name': { type: 'string' },
        'daemon-json': { type: 'string' },
        inventory: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new ConfigError(`snapshot: ${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new ConfigError(`snapshot takes one directory, got ${positionals.length}: ${positionals.join(' ')}`);
  return {
    dir: positionals[0] ?? '.',
    dockerHost: values['docker-host'],
    hostName: values['host-name'],
    daemonJson: values['daemon-json'],
    inventory: values.inventory,
    help: values.help ?? false,
  };
}

/** a file inside root to write: not a link, not through a link leading outside */
function target(root: string, rel: string): string {
  const abs = path.resolve(root, rel);
  const realRoot = fs.realpathSync(root);
  const parent = path.dirname(abs);
  if (!fs.existsSync(parent)) throw new ConfigError(`cannot write ${rel}: the directory ${path.dirname(rel)} does not exist`);
  const realParent = fs.realpathSync(parent);
  if (realParent !== realRoot && !realParent.startsWith(realRoot + path.sep))
    throw new ConfigError(`cannot write ${rel}: its directory leads outside ${root} through a symbolic link`);
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(abs);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink()) throw new ConfigError(`cannot write ${rel}: it is a symbolic link; snapshot writes only regular files`);
  if (st?.isDirectory()) throw new ConfigError(`cannot write ${rel}: it is a directory`);
  return abs;
}

export function describeResult(r: SnapshotResult): string {
  const f = r.facts;
  const lines = [
    `${r.created ? 'created' : 'updated'} ${r.inventoryFile}: host ${r.hostName}`,
    `  engine ${f.engine}${f.compose ? `, compose ${f.compose}` : ''}, ${f.routes.length} on-link route(s), ${f.nameservers.length} nameserver(s)` +
      (f.underlayMtu !== undefined ? `, underlay MTU ${f.underlayMtu}` : ''),
    `  ${f.networks.length} network(s) no listed project creates${f.networks.length ? `: ${f.networks.map((n) => n.name).join(', ')}` : ''}`,
    `  state: ${f.state.projects.length} listed project(s) up${f.state.cursor !== undefined ? `, round-robin cursor ${f.state.cursor}` : ''}`,
  ];
  if (r.daemonJson) lines.push(`  daemon.json copied to ${r.daemonJson.file}`);
  for (const n of f.notes) lines.push(`  note: ${n}`);
  return lines.join('\n') + '\n';
}

/** The command; `source` and `now` are for tests (default: the live host, the clock). */
export async function snapshotMain(argv: string[], source?: HostSource, now?: () => string): Promise<number> {
  try {
    const args = parseSnapshotArgs(argv);
    if (args.help) {
      process.stdout.write(SNAPSHOT_USAGE + '\n');
      return 0;
    }
    const root = path.resolve(args.dir);
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new ConfigError(`${args.dir} is not a directory`);
    let inventory: string | undefined;
    if (args.inventory !== undefined) {
      const rel = path.relative(root, path.resolve(args.inventory));
      if (rel.startsWith('..') || path.isAbsolute(rel) || rel === '')
        throw new ConfigError(`--inventory ${args.inventory} is not a file inside ${args.dir}`);
      inventory = rel.split(path.sep).join('/');
    }
    const src = source ?? liveSource({ dockerHost: args.dockerHost ?? process.env.DOCKER_HOST, daemonJson: args.daemonJson });
    const readings = await src.read();
    const result = snapshotInventory({
      reader: new FsReader(root),
      inventory,
      hostName: args.hostName,
      readings,
      now: (now ?? (() => new Date().toISOString()))(),
    });
    const invPath = target(root, result.inventoryFile);
    const dj = result.daemonJson ? { abs: target(root, result.daemonJson.file), text: result.daemonJson.text } : undefined;
    fs.writeFileSync(invPath, result.text);
    if (dj) fs.writeFileSync(dj.abs, dj.text);
    process.stdout.write(describeResult(result));
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${TOOL_NAME} snapshot: ${e.describe()}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`${TOOL_NAME} snapshot: internal error: ${err?.message ?? String(e)}\n`);
    process.stderr.write('This is a bug in subnet-guard; please report it with the input that caused it.\n');
    return 3;
  }
}
