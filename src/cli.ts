// The command line. With main.ts, the only place that touches process, the file system root and the
// environment; everything it calls is a pure function over a Reader.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { USAGE, allowedEnvironment, exitCodeFor, parseCliArgs, type CliArgs } from './args.js';
import { check } from './check.js';
import { ConfigError } from './errors.js';
import { checkOutputPath, OutputFileError, writeOutputFile } from './output-file.js';
import { assertNever, type Report } from './model.js';
import { FsReader, type DirEntry, type Reader } from './load/reader.js';
import { WALK_TIMELINE } from './report/summary.js';
import { BASELINE_FILE, buildBaseline, formatBaseline, invalidSuppression, readBaseline } from './rules/suppress.js';
import { toJson } from './report/json.js';
import { toText } from './report/text.js';
import { formatAnnotations, formatLog } from './report/annotations.js';
import { formatSarifText } from './report/sarif.js';
import { formatSummary } from './report/summary.js';
import { TOOL_NAME, VERSION } from './version.js';
import { snapshotMain } from './snapshot/command.js';

/** how the terminal takes text: colours (NO_COLOR / FORCE_COLOR, else only on a terminal) and its width */
export interface Terminal {
  color: boolean;
  width?: number;
}

function terminalFor(args: CliArgs): Terminal {
  if (args.output) return { color: false };
  const env = process.env;
  const tty = !!process.stdout.isTTY;
  let color = tty;
  // https://no-color.org: any non-empty NO_COLOR turns colours off; FORCE_COLOR (not "0"/"false") forces them on
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') color = false;
  else if (env.FORCE_COLOR !== undefined) color = !['0', 'false'].includes(env.FORCE_COLOR);
  const width = tty && process.stdout.columns ? Math.max(40, Math.min(process.stdout.columns, 160)) : undefined;
  return { color, width };
}

function render(report: Report, args: CliArgs, term: Terminal = { color: false }): string {
  switch (args.format) {
    case 'text':
      return toText(report, term);
    case 'json':
      return toJson(report);
    case 'sarif':
      return formatSarifText(report);
    case 'markdown':
      return formatSummary(report);
    case 'github':
      return [...formatAnnotations(report, { reservedErrorSlots: 0 }).commands, formatLog(report)].join('\n') + '\n';
    default:
      return assertNever(args.format, 'format');
  }
}

/**
 * A file named on the command line: relative to the current directory, and allowed outside DIR (it was
 * named on purpose). Returned relative to DIR ("../shared/daemon.json" when outside); the reader
 * answers for exactly those files outside DIR and nothing else there.
 */
function explicitFile(root: string, file: string | undefined, flag: string, outside: Map<string, string>): string | undefined {
  if (file === undefined) return undefined;
  if (file.trim() === '') throw new ConfigError(`${flag} needs a file name`);
  const abs = path.resolve(file);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new ConfigError(`${flag} ${file}: not found (looked for ${abs})`);
  }
  if (st.isDirectory()) throw new ConfigError(`${flag} ${file} is a directory, not a file`);
  const rel = path.relative(root, abs).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel)) outside.set(rel, abs);
  return rel;
}

/** files longer than this are refused when named outside DIR (the loaders cap what they parse too) */
const MAX_OUTSIDE_BYTES = 16 * 1024 * 1024;

/** the checked directory, plus the few files named on the command line that lie outside it */
class CommandLineReader implements Reader {
  constructor(
    private readonly inner: Reader,
    private readonly outside: Map<string, string>,
  ) {}

  read(rel: string): string {
    const abs = this.outside.get(rel);
    if (abs === undefined) return this.inner.read(rel);
    if (this.size(rel) > MAX_OUTSIDE_BYTES) throw new ConfigError(`larger than ${MAX_OUTSIDE_BYTES} bytes`, { file: rel });
    try {
      return fs.readFileSync(abs, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: rel });
    }
  }

  exists(rel: string): boolean {
    return this.outside.has(rel) || this.inner.exists(rel);
  }

  isDir(rel: string): boolean {
    return this.outside.has(rel) ? false : this.inner.isDir(rel);
  }

  list(rel: string): DirEntry[] {
    return this.inner.list(rel);
  }

  size(rel: string): number {
    const abs = this.outside.get(rel);
    if (abs === undefined) return this.inner.size(rel);
    try {
      return fs.statSync(abs).size;
    } catch {
      return -1;
    }
  }
}

/**
 * Where --write-baseline writes: relative to the current directory like the other paths, inside the
 * checked directory (a baseline is read only from there), in a directory that exists. Checked before
 * the check runs, so a typo costs nothing.
 */
function baselineTarget(root: string, file: string): { abs: string; rel: string } {
  if (file.trim() === '') throw new ConfigError('--write-baseline needs a file name');
  const abs = path.resolve(file);
  const rel = path.relative(root, abs);
  if (rel === '') throw new ConfigError(`--write-baseline ${file} is a directory`);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ConfigError(
      `--write-baseline ${file} is outside the checked directory ${root}: a baseline is read only from inside it ` +
        `(e.g. ${path.join(path.relative(process.cwd(), root) || '.', BASELINE_FILE)})`,
    );
  }
  const parent = path.dirname(abs);
  if (!fs.existsSync(parent) || !fs.statSync(parent).isDirectory()) {
    throw new ConfigError(`--write-baseline ${file}: the directory ${path.dirname(file)} does not exist`);
  }
  // a checked-out repository may hold links: writing through one could overwrite any file of the user's
  const realRoot = fs.realpathSync(root);
  const realParent = fs.realpathSync(parent);
  if (realParent !== realRoot && !realParent.startsWith(realRoot + path.sep)) {
    throw new ConfigError(`--write-baseline ${file}: the directory ${path.dirname(file)} leads outside the checked directory through a symbolic link`);
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(abs);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink()) throw new ConfigError(`--write-baseline ${file} is a symbolic link; subnet-guard writes a baseline only to a regular file`);
  if (st?.isDirectory()) throw new ConfigError(`--write-baseline ${file} is a directory`);
  return { abs, rel: rel.split(path.sep).join('/') };
}

/**
 * Writes a file the user asked for (--output, --write-baseline) with the writer that never follows a
 * symbolic link inside the checked directory (a cloned repository may hold one in place of the file).
 */
function writeAsked(root: string, flag: string, file: string, content: string): void {
  // the CLI makes no directories: a path with a typo is an error the user sees, not a new folder
  const parent = path.dirname(path.resolve(file));
  if (!fs.existsSync(parent)) throw new ConfigError(`${flag} ${file}: cannot write the report: the directory ${parent} does not exist`);
  try {
    writeOutputFile(root, path.resolve(file), content, file);
  } catch (e) {
    if (e instanceof OutputFileError) throw new ConfigError(`${flag} ${e.message}`);
    throw e;
  }
}

/** what --write-baseline prints: how many findings, where, and how the file is used from now on */
function baselineWritten(count: number, file: string, readByDefault: boolean, invalidComments: number): string {
  const one = count === 1;
  const how = readByDefault ? 'read by default from now on' : `with --baseline ${file}`;
  let out =
    count === 0
      ? `wrote 0 findings to ${file}: there is nothing to accept\n`
      : `wrote ${count} finding${one ? '' : 's'} to ${file}: ${how}, ${one ? 'it is reported as suppressed and no longer fails' : 'they are reported as suppressed and no longer fail'}; new findings still do\n`;
  if (invalidComments > 0) {
    out += `${invalidComments} invalid suppression comment${invalidComments === 1 ? ' is' : 's are'} not in the baseline: give each a rule and a reason, or remove it\n`;
  }
  return out;
}

export function main(argv: string[]): number {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (args.version) {
      process.stdout.write(`${TOOL_NAME} ${VERSION}\n`);
      return 0;
    }
    const root = path.resolve(args.dir);
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new ConfigError(`${args.dir} is not a directory`);
    const writeTo = args.writeBaseline !== undefined ? baselineTarget(root, args.writeBaseline) : undefined;
    const outside = new Map<string, string>();
    const baseline = explicitFile(root, args.baseline, '--baseline', outside);
    if (baseline !== undefined && outside.has(baseline)) {
      throw new ConfigError(`--baseline ${args.baseline} is outside the checked directory ${root}: a baseline is read only from inside it`);
    }
    if (args.output !== undefined) {
      if (args.output.trim() === '') throw new ConfigError('--output needs a file name');
      try {
        checkOutputPath(root, path.resolve(args.output), args.output);
      } catch (e) {
        if (e instanceof OutputFileError) throw new ConfigError(`--output ${e.message}`);
        throw e;
      }
    }
    // only the variables the user names: a cloned repository must not read a token into a network name
    const environment = allowedEnvironment(process.env, args.env);
    const inventory = explicitFile(root, args.inventory, '--inventory', outside);
    const daemonJson = explicitFile(root, args.daemon, '--daemon', outside);
    const reader = new CommandLineReader(new FsReader(root), outside);
    const { report } = check(reader, {
      inventory,
      composeFiles: args.compose,
      daemonJson,
      engine: args.engine,
      cycles: args.cycles,
      // the markdown summary pictures the walk: it needs the first redeploys, as the action's summary does
      timeline: args.timeline ?? (args.format === 'markdown' ? WALK_TIMELINE : 0),
      environment,
      rootName: path.basename(root),
      baseline,
    });
    if (writeTo) {
      // every finding not hidden by a comment, keeping the entries (and reasons) of the baseline in use
      const previous = readBaseline(reader, baseline ?? BASELINE_FILE) ?? undefined;
      const written = buildBaseline(report.findings, reader, { previous });
      writeAsked(root, '--write-baseline', args.writeBaseline!, formatBaseline(written));
      if (args.output) writeAsked(root, '--output', args.output, render(report, args));
      const invalid = report.findings.filter((f) => f.rule === invalidSuppression.id).length;
      process.stdout.write(baselineWritten(written.findings.length, args.writeBaseline!, writeTo.rel === BASELINE_FILE, invalid));
      return 0;
    }
    const out = render(report, args, terminalFor(args));
    if (args.output) writeAsked(root, '--output', args.output, out);
    else process.stdout.write(out);
    return exitCodeFor(report, args.failOn);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${TOOL_NAME}: ${e.describe()}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`${TOOL_NAME}: internal error: ${err?.message ?? String(e)}\n`);
    if (process.env.SUBNET_GUARD_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    process.stderr.write('This is a bug in subnet-guard; please report it with the input that caused it.\n');
    return 3;
  }
}

if (process.argv[2] === 'snapshot') {
  void snapshotMain(process.argv.slice(3)).then((code) => {
    process.exitCode = code;
  });
} else process.exitCode = main(process.argv.slice(2));
