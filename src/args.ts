// Command-line arguments → check options. Pure: takes argv, returns options or throws ConfigError.
import { parseArgs } from 'node:util';
import { ConfigError } from './errors.js';
import { fails, type FailOn } from './report/order.js';
import type { Report } from './model.js';
import { groupDigits } from './digits.js';
import { FORMATS, isFormat, type Format } from './report/formats.js';

export { FORMATS, type Format };
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
  /** --output-format FORMAT=FILE: more reports written next to the one printed */
  outputFormats: OutputFormat[];
  failOn: FailOn;
  /** baseline of accepted findings (default: DIR/.subnet-guard-baseline.json when present) */
  baseline?: string;
  /** write every current finding to this file as a baseline instead of printing the report */
  writeBaseline?: string;
  /** --new-since REF: only findings the base revision REF does not have count */
  newSince?: string;
  /** --fix: write the proven fixes into the repository's files, then check again */
  fix: boolean;
  /** with --fix: print the changes as a unified diff instead of writing them */
  dryRun: boolean;
  /** --list-rules: print every rule and exit */
  listRules: boolean;
  /** --explain RULE: print the rule's full help and exit */
  explain?: string;
  help: boolean;
  version: boolean;
}

export interface OutputFormat {
  format: Format;
  file: string;
}

export const USAGE = `Usage: subnet-guard [DIR] [options]

Replays Docker's subnet allocation for the compose projects in DIR (default .) over N redeploys
per host and Engine version, and reports every redeploy that would put a network on a reserved range.

Options:
  --inventory FILE     network inventory (default: DIR/network-inventory.yaml when present)
  --compose GLOB       compose files to use instead of discovery (repeatable)
  --daemon FILE        daemon.json for hosts that do not name one
  --engine VERSION     Docker Engine version for every host ("20.10.24", "26.1", "28", "unknown")
  --cycles N           redeploys to simulate (default: the inventory's, else 1000)
  --timeline N         list the first N redeploys in the report (default 0)
  --format FORMAT      text | json | sarif | junit | gitlab | checkstyle | markdown | github
                       (default text)
  --output FILE        write the report to FILE instead of standard output
  --output-format FORMAT=FILE
                       also write the report in FORMAT to FILE (repeatable), e.g.
                       --output-format junit=report.xml --output-format gitlab=gl-code-quality-report.json
  --fail-on LEVEL      error | warning | never (default error)
  --baseline FILE      findings accepted earlier: reported as suppressed, never fail
                       (default: DIR/.subnet-guard-baseline.json when present)
  --write-baseline FILE
                       accept every current finding: write them to FILE in the format --baseline
                       reads (keeping the reasons of the baseline in use), print how many, exit 0
  --new-since REF      fail only on findings REF (a git revision, e.g. origin/main) does not have:
                       the files of REF are read with git (nothing runs); the others are reported
                       as suppressed
  --fix                write each host's proven fix into the repository (daemon.json keys merged,
                       or subnets pinned in the compose files, comments kept), then check again
  --dry-run            with --fix: print the changes as a unified diff, write nothing
  --list-rules         every rule with its default severity and what it detects
  --explain RULE       a rule's full help: what happens on the host, how to fix it
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

/** one --output-format value: FORMAT=FILE */
export function parseOutputFormat(spec: string, what = '--output-format'): OutputFormat {
  const eq = spec.indexOf('=');
  if (eq < 0) throw new ConfigError(`${what} ${spec}: expected FORMAT=FILE (e.g. junit=report.xml); formats: ${FORMATS.join(', ')}`);
  const format = spec.slice(0, eq).trim().toLowerCase();
  const file = spec.slice(eq + 1).trim();
  if (!isFormat(format)) throw new ConfigError(`${what} ${spec}: unknown format "${format}"; formats: ${FORMATS.join(', ')}`);
  if (file === '') throw new ConfigError(`${what} ${spec}: no file name after "="`);
  if (file.includes('\0')) throw new ConfigError(`${what} ${spec}: the file name contains a NUL character`);
  return { format, file };
}

/** every --output-format, each to a file of its own (and not the --output file) */
function parseOutputFormats(specs: string[], output: string | undefined): OutputFormat[] {
  const out = specs.map((s) => parseOutputFormat(s));
  const seen = new Map<string, string>();
  if (output !== undefined) seen.set(output, '--output');
  for (const o of out) {
    const before = seen.get(o.file);
    if (before !== undefined) throw new ConfigError(`--output-format ${o.format}=${o.file}: ${before} already writes ${o.file}`);
    seen.set(o.file, `--output-format ${o.format}=${o.file}`);
  }
  return out;
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
        'output-format': { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'new-since': { type: 'string' },
        fix: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        explain: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new ConfigError(`${(e as Error).message.replace(/\. To specify.*$/s, '')}\n\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  if (v['dry-run'] && !v.fix) throw new ConfigError('--dry-run goes with --fix (it prints the changes --fix would write)');
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
    outputFormats: parseOutputFormats(v['output-format'] ?? [], v.output),
    failOn: v['fail-on'] !== undefined ? oneOf(v['fail-on'], FAIL_ON, '--fail-on') : 'error',
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    newSince: v['new-since'],
    fix: !!v.fix,
    dryRun: !!v['dry-run'],
    listRules: !!v['list-rules'],
    explain: v.explain,
    help: !!v.help,
    version: !!v.version,
  };
}

export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  return fails(report, failOn) ? 1 : 0;
}
