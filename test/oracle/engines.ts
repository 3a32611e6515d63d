// The Docker Engines and Compose versions the live suites run against: Debian bookworm's docker.io
// (20.10.24, on PATH) and the ones test/oracle/fetch-engines.sh extracts into the cache directory
// (26.1.5 round-robin, 28.5.2 first-fit, Compose 2.40.3). Every live suite iterates over `ENGINES`
// and starts its daemons with `startDaemon({ dockerdPath: engine.dockerd })`.
//
// On CI (CI=true) an engine that is missing is still listed, with `missing` set, so that a suite fails
// instead of silently running on fewer engines; elsewhere it is left out and the suite says so.
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import type { ModelName } from '../../src/model.js';
import { hasCommand } from './dockerd.js';

export interface OracleEngine {
  /** the Engine version, e.g. "28.5.2" */
  version: string;
  /** the dockerd binary ("dockerd" means the one on PATH) */
  dockerd: string;
  /** the allocator this Engine line uses */
  model: ModelName;
  /** why it cannot run here (only set on CI, where a missing engine is a failure) */
  missing?: string;
}

export const ENGINE_CACHE = process.env.SUBNET_GUARD_ENGINE_CACHE || '/var/cache/subnet-guard';

const inCI = process.env.CI === 'true';

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const FETCH_HINT = 'run test/oracle/fetch-engines.sh';

function cached(version: string, model: ModelName): OracleEngine | null {
  const dockerd = join(ENGINE_CACHE, version, 'usr/sbin/dockerd');
  if (executable(dockerd)) return { version, dockerd, model };
  return inCI ? { version, dockerd, model, missing: `${dockerd} not found (${FETCH_HINT})` } : null;
}

function all(): { engines: OracleEngine[]; skipped: string[] } {
  const engines: OracleEngine[] = [];
  const skipped: string[] = [];
  if (hasCommand('dockerd')) engines.push({ version: '20.10.24', dockerd: 'dockerd', model: 'round-robin' });
  else if (inCI)
    engines.push({
      version: '20.10.24',
      dockerd: 'dockerd',
      model: 'round-robin',
      missing: 'dockerd not on PATH (apt-get install docker.io)',
    });
  else skipped.push('20.10.24 (no dockerd on PATH)');
  for (const [v, m] of [
    ['26.1.5', 'round-robin'],
    ['28.5.2', 'first-fit'],
  ] as const) {
    const e = cached(v, m);
    if (e) engines.push(e);
    else skipped.push(`${v} (not in ${ENGINE_CACHE}: ${FETCH_HINT})`);
  }
  const only = process.env.SUBNET_GUARD_ENGINES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { engines: only ? engines.filter((e) => only.includes(e.version)) : engines, skipped };
}

const found = all();

/**
 * The engines to run against, oldest first. `SUBNET_GUARD_ENGINES=28.5.2[,…]` narrows the list (for a
 * quick local run); CI runs all three.
 */
export const ENGINES: readonly OracleEngine[] = found.engines;

/** engines left out here, with the reason (empty on CI, where they are listed as missing instead) */
export const SKIPPED_ENGINES: readonly string[] = found.skipped;

/** Compose v2 (2.40.3), the standalone plugin binary: run it with DOCKER_HOST set. null when not fetched. */
export const composeV2: string | null = (() => {
  const p = join(ENGINE_CACHE, 'compose-2.40.3/usr/libexec/docker/cli-plugins/docker-compose');
  return executable(p) ? p : null;
})();

/** where Compose v2 should be (for messages) */
export const COMPOSE_V2_PATH = join(ENGINE_CACHE, 'compose-2.40.3/usr/libexec/docker/cli-plugins/docker-compose');

/** Compose v1 (Debian's docker-compose 1.29.2), or null when not installed. */
export const composeV1: string | null = hasCommand('docker-compose') ? 'docker-compose' : null;
