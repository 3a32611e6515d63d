// Command-line arguments → check options. Pure: takes argv, returns options or throws ConfigError.
import { parseArgs } from 'node:util';
import { ConfigError } from './errors.js';
import { exitStatus, type FailOn } from './report/order.js';
import type { Report } from './model.js';
import { groupDigits } from './digits.js';
import { EngineVersionError, parseEngineVersion } from './engine/versions.js';
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
  /** undefined: 0, or the summary's walk for --format markdown */
  timeline?: number;
  format: Format;
  output?: string;
  /** --output-format FORMAT=FILE: more reports written next to the one printed */
  outputFormats: OutputFormat[];
  failOn: FailOn;
  /** baseline of accepted findings (default: DIR/.subnet-guard-baseline.json when present) */
  baseline?: string;
  /** write every current finding to this file as a baseline instead of printing the report */
  writeBaseline?: string;
  /** the process variables compose interpolation may read (--env NAME, repeatable); no other is read */
  env: string[];
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
       subnet-guard snapshot [DIR] [--docker-host URL] [--host-name NAME] [--daemon-json FILE]

Replays Docker's subnet allocation for the compose projects in DIR (default .) over N redeploys
per host and Engine version, and reports every redeploy that would put a network on a reserved range.

Options:
  --inventory FILE     network inventory (default: DIR/network-inventory.yaml when present)
  --compose GLOB       compose files to use instead of discovery (repeatable; relative to DIR);
                       hosts whose inventory entry lists \`projects:\` keep their list
  --daemon FILE        daemon.json for hosts that do not name one
  --engine VERSION     Docker Engine version for every host, as \`docker version\` prints it
                       ("20.10.24", "26.1.5", "18.09.1-ce"), or "26.1", or "unknown" (both models)
  --cycles N           redeploys to simulate (default: the inventory's, else 1000)
  --timeline N         list the first N redeploys in the report (default 0)
  --format FORMAT      text | json | sarif | junit | gitlab | checkstyle | markdown | github
                       (default text)
  --output FILE        write the report to FILE instead of standard output
  --output-format FORMAT=FILE
                       also write the report in FORMAT to FILE (repeatable), e.g.
                       --output-format junit=report.xml --output-format gitlab=gl-code-quality-report.json
  --fail-on LEVEL      error | warning | never (default error)
  --env NAME           let compose interpolation read the process variable NAME (repeatable); no other
                       variable of the environment is read: the repository's .env and env_files and the
                       inventory's env: / env-file: are
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

FILE arguments are relative to the current directory and may lie outside DIR.

Exit status: 0 nothing at or above the fail level (or a baseline written), 1 findings, 2 the input
could not be used or the check could not do its job (no compose project, no reserved ranges, a
simulation cut short).`;

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
  const guess = didYouMean(value, allowed);
  throw new ConfigError(`${what} must be one of ${allowed.join(', ')}, got "${value}"${guess ? ` — did you mean ${guess}?` : ''}`);
}

/** --engine, checked by the grammar the inventory and the action use */
function engineFlag(value: string): string {
  try {
    parseEngineVersion(value);
  } catch (e) {
    if (e instanceof EngineVersionError) throw new ConfigError(`--engine: ${e.message}`);
    throw e;
  }
  return value;
}

const OPTIONS = {
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
  env: { type: 'string', multiple: true },
  'new-since': { type: 'string' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** edit distance (insertions, deletions, substitutions, adjacent swaps), for "did you mean" */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** the closest known word, when it is close enough to be a typo */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/** "--cycles -5": a negative number after a flag taking a value is that value (parseArgs would take it for a flag) */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    const next = argv[i + 1];
    if (name && name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

function unknownOption(message: string): string {
  const m = /Unknown option '(-{1,2})([^']*)'/.exec(message);
  if (!m) return message;
  const flag = `${m[1]}${m[2]}`;
  const guess = didYouMean(m[2]!.replace(/=.*$/, ''), Object.keys(OPTIONS));
  return `unknown option ${flag}${guess ? ` — did you mean --${guess}?` : ''} (subnet-guard --help lists them)`;
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
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (e) {
    const msg = (e as Error).message;
    if (/Unknown option/.test(msg)) throw new ConfigError(unknownOption(msg));
    throw new ConfigError(
      `${msg.replace(/\. To specify.*$/s, '').replace(/\.?\s*Did you forget.*$/s, '')} (subnet-guard --help lists the options)`,
    );
  }
  const { values: v, positionals } = parsed;
  if (v['dry-run'] && !v.fix) throw new ConfigError('--dry-run goes with --fix (it prints the changes --fix would write)');
  if (positionals.length > 1) throw new ConfigError(`expected at most one directory, got ${positionals.join(' ')}\n\n${USAGE}`);
  return {
    dir: positionals[0] ?? '.',
    inventory: v.inventory,
    compose: v.compose,
    daemon: v.daemon,
    engine: v.engine !== undefined ? engineFlag(v.engine) : undefined,
    cycles: v.cycles !== undefined ? parseCount(v.cycles, '--cycles') : undefined,
    timeline: v.timeline !== undefined ? parseCount(v.timeline, '--timeline', 100_000) : undefined,
    format: v.format !== undefined ? oneOf(v.format, FORMATS, '--format') : 'text',
    output: v.output,
    outputFormats: parseOutputFormats(v['output-format'] ?? [], v.output),
    failOn: v['fail-on'] !== undefined ? oneOf(v['fail-on'], FAIL_ON, '--fail-on') : 'error',
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    env: envNames(v.env ?? [], (name) => `--env ${name}`),
    newSince: v['new-since'],
    fix: !!v.fix,
    dryRun: !!v['dry-run'],
    listRules: !!v['list-rules'],
    explain: v.explain,
    help: !!v.help,
    version: !!v.version,
  };
}

/** a variable name as Compose's interpolation reads it */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The names of the process variables allowed, checked, without repeats. */
export function envNames(names: readonly string[], what: (name: string) => string): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!VARIABLE_NAME.test(name)) {
      throw new ConfigError(
        `${what(raw)}: "${raw}" is not a variable name (letters, digits and _, not starting with a digit); give the name only, without a value`,
      );
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The environment compose interpolation sees: only the variables named, and only those that are set.
 * Every other variable of the process (tokens, cloud credentials, database URLs …) is unset for it.
 */
export function allowedEnvironment(env: Record<string, string | undefined>, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(env, name)) continue;
    const v = env[name];
    if (v !== undefined) out[name] = v;
  }
  return out;
}

export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 | 2 {
  return exitStatus(report, failOn);
}
