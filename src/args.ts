// Command-line arguments → check options. Pure: takes argv, returns options or throws ConfigError.
import { parseArgs } from 'node:util';
import { ConfigError } from './errors.js';
import { fails, type FailOn } from './report/order.js';
import type { Report } from './model.js';
import { groupDigits } from './digits.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
export type { FailOn };

export interface CliArgs {
  dir: string;
  inventory?: string;
  compose?: string[];
  daemon?: string;
  engine?: string;
  cycles?: number;
  timeline: number;
  format: Format;
  output?: string;
  failOn: FailOn;
  /** baseline of accepted findings (default: DIR/.subnet-guard-baseline.json when present) */
  baseline?: string;
  /** write every current finding to this file as a baseline instead of printing the report */
  writeBaseline?: string;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: subnet-guard [DIR] [options]
       subnet-guard snapshot [DIR] [--docker-host URL] [--host-name NAME] [--daemon-json FILE]

Replays Docker's subnet allocation for the compose projects in DIR (default .) over N redeploys
per host and Engine version, and reports every redeploy that would put a network on a reserved range.

Options:
  --inventory FILE     network inventory (default: DIR/network-inventory.yaml when present)
  --compose GLOB       compose files to use instead of discovery (repeatable)
  --daemon FILE        daemon.json for hosts that do not name one
  --engine VERSION     Docker Engine version for every host ("20.10.24", "26.1", "28", "unknown")
  --cycles N           redeploys to simulate (default: the inventory's, else 1000)
  --timeline N         list the first N redeploys in the report (default 0)
  --format FORMAT      text | json | sarif | markdown | github (default text)
  --output FILE        write the report to FILE instead of standard output
  --fail-on LEVEL      error | warning | never (default error)
  --baseline FILE      findings accepted earlier: reported as suppressed, never fail
                       (default: DIR/.subnet-guard-baseline.json when present)
  --write-baseline FILE
                       accept every current finding: write them to FILE in the format --baseline
                       reads (keeping the reasons of the baseline in use), print how many, exit 0
  -h, --help           this text
  --version            the version

Exit status: 0 nothing at or above the fail level (or a baseline written), 1 findings, 2 the input
could not be used.`;

/** Parses a count: digits, optionally with _ or , separators, or scientific notation like 1e9. */
export function parseCount(text: string, what: string, max = Number.MAX_SAFE_INTEGER): number {
  const s = text.trim().replace(/[_,]/g, '');
  const n = /^\d+$/.test(s) ? Number(s) : /^\d+(\.\d+)?e\d+$/i.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < 0 || n > max) {
    throw new ConfigError(`${what} must be a whole number from 0 to ${groupDigits(max)}, got "${text}"`);
  }
  return n;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${what} must be one of ${allowed.join(', ')}, got "${value}"`);
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        inventory: { type: 'string' },
        compose: { type: 'string', multiple: true },
        daemon: { type: 'string' },
        engine: { type: 'string' },
        cycles: { type: 'string' },
        timeline: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new ConfigError(`${(e as Error).message.replace(/\. To specify.*$/s, '')}\n\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  if (positionals.length > 1) throw new ConfigError(`expected at most one directory, got ${positionals.join(' ')}\n\n${USAGE}`);
  return {
    dir: positionals[0] ?? '.',
    inventory: v.inventory,
    compose: v.compose,
    daemon: v.daemon,
    engine: v.engine,
    cycles: v.cycles !== undefined ? parseCount(v.cycles, '--cycles') : undefined,
    timeline: v.timeline !== undefined ? parseCount(v.timeline, '--timeline', 100_000) : 0,
    format: v.format !== undefined ? oneOf(v.format, FORMATS, '--format') : 'text',
    output: v.output,
    failOn: v['fail-on'] !== undefined ? oneOf(v['fail-on'], FAIL_ON, '--fail-on') : 'error',
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    help: !!v.help,
    version: !!v.version,
  };
}

export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  return fails(report, failOn) ? 1 : 0;
}
