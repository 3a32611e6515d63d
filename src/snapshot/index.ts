// `subnet-guard snapshot`: a live host's readings + the repository's inventory → the updated inventory
// (and the host's daemon.json). Pure over a Reader and the readings; command.ts does the I/O.
import { filesOf, INVENTORY_NAMES } from '../check.js';
import { ConfigError } from '../errors.js';
import { loadProject } from '../load/compose.js';
import { discoverProjects } from '../load/discover.js';
import { loadInventory } from '../load/inventory.js';
import { dirOf, joinRel, type Reader } from '../load/reader.js';
import type { HostSpec } from '../model.js';
import { hostFacts, type HostFacts } from './facts.js';
import type { HostReadings } from './readings.js';
import { writeSnapshot } from './write.js';

export interface SnapshotOptions {
  /** the repository (DIR) */
  reader: Reader;
  /** the inventory file, repository-relative (default: network-inventory.yaml or .yml when present, else network-inventory.yaml) */
  inventory?: string;
  /** the host entry to write (default: the readings' host name) */
  hostName?: string;
  readings: HostReadings;
  /** the time of reading, ISO 8601 */
  now: string;
}

export interface SnapshotResult {
  inventoryFile: string;
  /** true when the inventory did not exist before */
  created: boolean;
  text: string;
  /** the host's daemon.json to write (repository-relative), when the host has one */
  daemonJson?: { file: string; text: string };
  hostName: string;
  facts: HostFacts;
}

/** The compose project names of the host's listed projects (every project found, when it lists none) → the networks each creates. */
function listedProjects(reader: Reader, host: HostSpec | undefined): Map<string, Set<string>> {
  const refs = host?.projects
    ? host.projects.map((ref) => ({ files: filesOf(reader, ref), profiles: ref.profiles }))
    : discoverProjects(reader).map((d) => ({ files: d.files, profiles: [] as string[] }));
  const out = new Map<string, Set<string>>();
  for (const r of refs) {
    const p = loadProject({
      reader,
      files: r.files,
      environment: { ...(host?.env ?? {}) },
      envFiles: host?.envFile ? [joinRel(host.envFile.value)] : undefined,
      profiles: r.profiles,
    });
    out.set(p.name, new Set(p.networks.filter((n) => !n.external).map((n) => n.name)));
  }
  return out;
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
}

export function snapshotInventory(opts: SnapshotOptions): SnapshotResult {
  const { reader } = opts;
  const file = opts.inventory ?? INVENTORY_NAMES.find((n) => reader.exists(n)) ?? INVENTORY_NAMES[0];
  const exists = reader.exists(file);
  const hostName = (opts.hostName ?? opts.readings.hostname).trim();
  if (hostName === '') throw new ConfigError('the host has no name: give one with --host-name NAME');
  const inventory = exists ? loadInventory(reader, file) : undefined;
  const host = inventory?.hosts.find((h) => h.name === hostName && h.pos !== undefined);
  const listed = listedProjects(reader, host);
  const facts = hostFacts(opts.readings, { listed, now: opts.now });

  let daemonJson: SnapshotResult['daemonJson'];
  let daemonKey: string | undefined;
  if (opts.readings.daemonJson !== null) {
    if (host?.daemon) daemonJson = { file: host.daemon.value, text: opts.readings.daemonJson };
    else {
      daemonKey = `${safeFileName(hostName)}.daemon.json`;
      daemonJson = { file: joinRel(dirOf(file), daemonKey), text: opts.readings.daemonJson };
    }
  }
  const text = writeSnapshot(exists ? reader.read(file) : null, file, hostName, facts, { daemon: daemonKey });
  return { inventoryFile: file, created: !exists, text, daemonJson, hostName, facts };
}
