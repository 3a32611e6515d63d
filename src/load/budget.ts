// One budget for everything a check loads (issue 11, "cost bounded for every input"). Each limit on its
// own (a file's size, a document's nodes) bounds one factor; a pull request multiplies them instead: the
// same import listed 100 times, one file named 20,000 times in COMPOSE_FILE, 4^30 includes of 31 small
// files. So check() makes one LoadBudget and every loader spends from it — the bytes it parses, the files
// it loads, the projects, networks, reserved ranges and routes it keeps — and the first spend past a
// limit is refused where it happens (file and line), naming the limit. Loaders called on their own
// (tests, tools) get a fresh budget with the same limits.
import { ConfigError } from '../errors.js';
import type { SourcePos } from '../model.js';
import { groupDigits } from '../digits.js';

type At = Partial<SourcePos> & { file: string };

export interface LoadLimits {
  /** text parsed in one check, every time it is parsed (compose files, .env files, inventory, imports, daemon.json) */
  bytes: number;
  /** compose files loaded in one check (each include, extends file, -f entry and COMPOSE_FILE entry) */
  files: number;
  /** compose projects in one check */
  projects: number;
  /** compose networks in one check (all projects, all hosts) */
  networks: number;
  /** reserved ranges in one check (inline, presets and imports) */
  reserved: number;
  /** host routes and nameservers in one check (all hosts) */
  routes: number;
}

export const LOAD_LIMITS: Readonly<LoadLimits> = Object.freeze({
  bytes: 32 * 1024 * 1024,
  files: 10_000,
  projects: 5_000,
  networks: 20_000,
  reserved: 200_000,
  routes: 10_000,
});

/** Longest value one interpolation may produce (characters). A 1 MiB .env value can be used; not copied 100 times. */
export const MAX_INTERPOLATED_LENGTH = 1024 * 1024;

/**
 * Longest network or project name read (characters). Docker's embedded DNS resolves `name.network` with
 * labels of at most 63 characters and names of at most 253 (RFC 1035); Swarm refuses names over 63. A
 * local bridge network takes longer names, so only what no DNS name can hold is refused.
 */
export const MAX_NAME_LENGTH = 253;

const WHAT: Record<keyof LoadLimits, (n: number) => string> = {
  bytes: (n) => `${(n / 1048576).toFixed(0)} MiB of files parsed`,
  files: (n) => `${groupDigits(n)} compose file loads`,
  projects: (n) => `${groupDigits(n)} compose projects`,
  networks: (n) => `${groupDigits(n)} compose networks`,
  reserved: (n) => `${groupDigits(n)} reserved ranges`,
  routes: (n) => `${groupDigits(n)} host routes and nameservers`,
};

export class LoadBudget {
  readonly used: LoadLimits = { bytes: 0, files: 0, projects: 0, networks: 0, reserved: 0, routes: 0 };

  constructor(readonly limits: Readonly<LoadLimits> = LOAD_LIMITS) {}

  /** Spends `n` of `kind`, or throws a ConfigError at `at` naming the limit (and `what` was being loaded). */
  spend(kind: keyof LoadLimits, n: number, at: At, what?: string): void {
    const total = this.used[kind] + n;
    if (total > this.limits[kind]) {
      throw new ConfigError(
        `${what ? `${what}: ` : ''}this check would load more than ${WHAT[kind](this.limits[kind])} ` +
          `(a limit on the cost of one check, see "Limits" in the README); split the repository's checks or remove repeated entries`,
        at,
      );
    }
    this.used[kind] = total;
  }
}

/** The budget a loader uses: the check's, or its own when called alone. */
export function budgetOf(b: LoadBudget | undefined): LoadBudget {
  return b ?? new LoadBudget();
}

/** Refuses a name longer than MAX_NAME_LENGTH, at `at`. */
export function checkNameLength(kind: string, name: string, at: At): void {
  if (name.length > MAX_NAME_LENGTH) {
    throw new ConfigError(
      `${kind} is ${groupDigits(name.length)} characters long (starting ${JSON.stringify(name.slice(0, 40))}…); ` +
        `names longer than ${MAX_NAME_LENGTH} characters are refused (no DNS name is longer)`,
      at,
    );
  }
}
