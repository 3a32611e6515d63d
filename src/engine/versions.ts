// Which allocator behaviour an Engine version has (docker-ipam.md §7), and the errors it prints (§4).
import type { ModelName } from '../model.js';
import type { Family } from '../net/prefix.js';

export interface EngineBehaviour {
  /** the version as given, or "unknown" */
  version: string;
  model: ModelName;
  /** ≤ 20.10.14 rejects candidates overlapping any non-default route; later only on-link routes */
  routeCheck: 'all-routes' | 'on-link';
  /** < 23.0.4: docker0 elected outside the IPAM (no cursor move); later an ordinary dynamic allocation */
  docker0: 'elect' | 'dynamic';
  /** ≥ 23.0.5: fixed-cidr becomes docker0's subnet when there is no bip */
  fixedCidrIsSubnet: boolean;
  /**
   * ≥ 25.0: an explicit subnet written with host bits is refused ("invalid subnet 172.30.5.1/24: it
   * should be 172.30.5.0/24"; seen on 26.1.5 and 28.5.2); 20.10.24 keeps it as written
   */
  canonicalSubnets: boolean;
}

export class EngineVersionError extends Error {}

type Triple = [number, number, number];

/** the forms every input (CLI --engine, the action's `engine`, the inventory's `engine:`) accepts */
export const ENGINE_VERSION_FORMS =
  'what `docker version` prints as the Server version ("26.1.5", "20.10.24+dfsg1", "18.09.1-ce", "28.0.0-rc.2"), ' +
  'a release without its patch ("26.1", "20.10") or "unknown" (checks both allocator models)';

/** the newest major release this table was written against; a version beyond the next few is a typo */
const NEWEST_KNOWN_MAJOR = 29;
const MAX_PLAUSIBLE_MAJOR = NEWEST_KNOWN_MAJOR + 6;

function refuse(text: string, why: string): never {
  throw new EngineVersionError(`"${text}" is not a Docker Engine version (${why}); accepted: ${ENGINE_VERSION_FORMS}`);
}

/**
 * The one Engine-version grammar. Releases are 1.x (2014–2017), 17.03–18.09 (year.month, "-ce"/"-ee"),
 * 19.03, 20.10, then 23.0 onwards. A bare major ("24", "99"), a "v" prefix or a number that no release
 * has (2.4) is refused: guessing would silently pick one allocator model.
 */
export function parseEngineVersion(text: string): Triple | 'unknown' {
  const raw = String(text).trim();
  const s = raw.toLowerCase();
  if (s === 'unknown') return 'unknown';
  if (s === '') refuse(raw, 'it is empty');
  if (/^v\d/.test(s)) refuse(raw, 'write it without the "v"');
  const m = /^(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?(?:[-+~][0-9a-z.+~-]*)?$/.exec(s);
  if (!m) refuse(raw, /^\d+$/.test(s) ? 'a major number alone does not say the release' : 'expected MAJOR.MINOR[.PATCH]');
  const v: Triple = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  const [major, minor] = v;
  const released =
    (major === 1 && minor <= 13) ||
    ((major === 17 || major === 18) && minor >= 1 && minor <= 12) ||
    (major === 19 && minor === 3) ||
    (major === 20 && minor === 10) ||
    (major >= 23 && major <= MAX_PLAUSIBLE_MAJOR);
  if (!released)
    refuse(raw, major > MAX_PLAUSIBLE_MAJOR ? `no release has major ${major}` : `no Docker Engine release is numbered ${major}.${minor}`);
  return v;
}

function atLeast(v: Triple, min: Triple): boolean {
  for (let i = 0; i < 3; i++) {
    if (v[i] !== min[i]) return v[i] > min[i];
  }
  return true;
}

function behaviourOf(version: string, v: Triple): EngineBehaviour {
  // 27.0.0 was never released; 27.0.1 is the first first-fit engine
  const firstFit = atLeast(v, [27, 0, 0]);
  return {
    version,
    model: firstFit ? 'first-fit' : 'round-robin',
    routeCheck: atLeast(v, [20, 10, 15]) ? 'on-link' : 'all-routes',
    docker0: atLeast(v, [23, 0, 4]) ? 'dynamic' : 'elect',
    fixedCidrIsSubnet: atLeast(v, [23, 0, 5]),
    canonicalSubnets: atLeast(v, [25, 0, 0]),
  };
}

/** The behaviours to check for a version string: one, or both models when the version is unknown. */
export function behavioursFor(version: string): EngineBehaviour[] {
  const v = parseEngineVersion(version);
  if (v === 'unknown') {
    // made by behaviourOf like every other (a spread copy had another shape, and the simulation's
    // compiled code, met with it, was thrown away)
    return [behaviourOf('unknown', [26, 1, 0]), behaviourOf('unknown', [28, 0, 0])];
  }
  return [behaviourOf(version, v)];
}

/** A representative behaviour for a model (used when only the model is known). */
export function behaviourForModel(model: ModelName, version = 'unknown'): EngineBehaviour {
  return behaviourOf(version, model === 'first-fit' ? [28, 0, 0] : [26, 1, 0]);
}

/** Docker's own error texts, per model. */
export const DOCKER_ERRORS = {
  poolOverlap(model: ModelName): string {
    return model === 'first-fit'
      ? 'invalid pool request: Pool overlaps with other one on this address space'
      : 'Pool overlaps with other one on this address space';
  },
  exhausted(model: ModelName, family: Family): string {
    return model === 'first-fit'
      ? 'all predefined address pools have been fully subnetted'
      : `could not find an available, non-overlapping IPv${family} address pool among the defaults to assign to the network`;
  },
  /**
   * Engine ≥ 27: the IPAM handed a new bridge a subnet overlapping an existing bridge's (first-fit.ts,
   * walkPool4) and the bridge driver refuses it. Docker names both networks by ID and bridge interface
   * (`br-` and the ID's first 12 digits); neither ID is known beforehand, so the networks are named by
   * name here, and a `br-` interface as `br-<id>`.
   */
  bridgeConflict(name: string, other: string, family: Family): string {
    const iface = (n: string) => (n === 'bridge' ? 'docker0' : n === 'docker_gwbridge' ? n : 'br-<id>');
    return `cannot create network ${name} (${iface(name)}): conflicts with network ${other} (${iface(other)}): networks have overlapping IPv${family}`;
  },
};
