// The command line. With main.ts, the only place that touches process, the file system root and the
// environment; everything it calls is a pure function over a Reader.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { USAGE, allowedEnvironment, exitCodeFor, parseCliArgs, type CliArgs } from './args.js';
import { check } from './check.js';
import { ConfigError } from './errors.js';
import { checkOutputPath, OutputFileError, writeOutputFile } from './output-file.js';
import type { Report } from './model.js';
import { FsReader, type DirEntry, type Reader } from './load/reader.js';
import { WALK_TIMELINE } from './report/summary.js';
import { closest } from './load/inventory.js';
import { formatRuleHelp, formatRuleList, ruleIds } from './report/rules-help.js';
import { planFixes } from './fix/files.js';
import { unifiedDiff } from './fix/diff.js';
import { MemoryReader } from './load/reader.js';
import { markNotNew } from './report/new-since.js';
import { treeAtRevision } from './git-base.js';
import { BASELINE_FILE, buildBaseline, formatBaseline, invalidSuppression, readBaseline } from './rules/suppress.js';
import { renderFormat, type Format, type RenderOptions } from './report/formats.js';
import { repoPath } from './report/order.js';
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

/**
 * Where the checked directory sits under the current directory ("" when it is the current directory
 * or elsewhere): CI report formats locate files relative to the repository root, where a CI job runs.
 */
function prefixFromCwd(root: string): string {
  const rel = path.relative(process.cwd(), root);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return '';
  return rel.split(path.sep).join('/');
}

/**
 * Writes one report file (--output, --output-format). Every report file the CLI writes goes through
 * here, so that how files are written (links, permissions) is decided in one place.
 */
function writeReportFile(root: string, file: string, content: string, flag: string): void {
  writeAsked(root, flag, file, content);
}

/**
 * Writes a repository file for --fix: only inside the checked directory, never through a symbolic
 * link (the file itself or a directory on the way), so a checked-out repository cannot redirect it.
 */
function writeRepoFile(root: string, rel: string, content: string): void {
  const abs = path.resolve(root, rel);
  const realRoot = fs.realpathSync(root);
  let realParent: string;
  try {
    realParent = fs.realpathSync(path.dirname(abs));
  } catch {
    throw new ConfigError(`--fix: the directory of ${rel} does not exist`);
  }
  if (realParent !== realRoot && !realParent.startsWith(realRoot + path.sep)) {
    throw new ConfigError(`--fix: ${rel} leads outside the checked directory through a symbolic link; not written`);
  }
  const st = fs.lstatSync(abs, { throwIfNoEntry: false });
  if (st?.isSymbolicLink()) throw new ConfigError(`--fix: ${rel} is a symbolic link; not written`);
  if (st && !st.isFile()) throw new ConfigError(`--fix: ${rel} is not a regular file; not written`);
  try {
    fs.writeFileSync(abs, content);
  } catch (e) {
    throw new ConfigError(`--fix: cannot write ${rel} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** the report in the --format, then every --output-format file */
function emit(root: string, report: Report, args: CliArgs, opts: RenderOptions, toStdout: boolean): void {
  const render = (format: Format) => renderFormat(format, report, opts);
  if (args.output) writeReportFile(root, args.output, render(args.format), '--output');
  else if (toStdout) process.stdout.write(render(args.format));
  for (const o of args.outputFormats) writeReportFile(root, o.file, render(o.format), `--output-format ${o.format}=${o.file}`);
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
    throw new ConfigError(
      `--write-baseline ${file}: the directory ${path.dirname(file)} leads outside the checked directory through a symbolic link`,
    );
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(abs);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink())
    throw new ConfigError(`--write-baseline ${file} is a symbolic link; subnet-guard writes a baseline only to a regular file`);
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
    if (args.listRules) {
      process.stdout.write(formatRuleList());
      return 0;
    }
    if (args.explain !== undefined) {
      const ids = ruleIds();
      if (!ids.includes(args.explain)) {
        const guess = closest(args.explain, ids);
        throw new ConfigError(
          `--explain: no rule "${args.explain}"${guess ? ` — did you mean "${guess}"?` : ''} (subnet-guard --list-rules lists them)`,
        );
      }
      process.stdout.write(formatRuleHelp(args.explain));
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
    const checkOptions = {
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
    };
    let { report, context } = check(reader, checkOptions);
    if (args.newSince !== undefined) {
      let base;
      try {
        base = check(new MemoryReader(treeAtRevision(root, args.newSince, '--new-since')), { ...checkOptions, timeline: 0 }).report;
      } catch (e) {
        if (!(e instanceof ConfigError) || e.message.startsWith('--new-since')) throw e;
        process.stderr.write(
          `subnet-guard: --new-since ${args.newSince}: the check cannot run on that revision (${e.describe()}); every finding counts as new\n`,
        );
      }
      if (base) report = markNotNew(report, base, args.newSince);
    }
    const prefix = prefixFromCwd(root);
    const renderOpts: RenderOptions = {
      pathPrefix: prefix,
      fallbackFile: repoPath(prefix, context.inventory.file ?? 'network-inventory.yaml'),
      failOn: args.failOn,
    };
    if (writeTo) {
      // every finding not hidden by a comment, keeping the entries (and reasons) of the baseline in use
      const previous = readBaseline(reader, baseline ?? BASELINE_FILE) ?? undefined;
      const written = buildBaseline(report.findings, reader, { previous });
      writeAsked(root, '--write-baseline', args.writeBaseline!, formatBaseline(written));
      emit(root, report, args, renderOpts, false);
      const invalid = report.findings.filter((f) => f.rule === invalidSuppression.id).length;
      process.stdout.write(baselineWritten(written.findings.length, args.writeBaseline!, writeTo.rel === BASELINE_FILE, invalid));
      return 0;
    }
    if (args.fix) {
      const plan = planFixes({
        report,
        daemonFileOf: (host) => context.hosts.find((hc) => hc.host.name === host)?.daemon.file,
        read: (file) => {
          try {
            return reader.read(file);
          } catch {
            return null;
          }
        },
      });
      const notes = plan.notes.map((n) => `subnet-guard --fix: ${n}\n`).join('');
      if (args.dryRun) {
        process.stdout.write(
          plan.edits.map((e) => unifiedDiff(e.file, e.before, e.after)).join('') || 'subnet-guard --fix: nothing to change\n',
        );
        process.stderr.write(notes);
        return exitCodeFor(report, args.failOn);
      }
      for (const e of plan.edits) writeRepoFile(root, e.file, e.after);
      process.stderr.write(
        plan.edits.map((e) => `subnet-guard --fix: wrote ${e.file} (${e.why.join('; ')})\n`).join('') +
          notes +
          (plan.edits.length > 0 ? 'subnet-guard --fix: checking again with the changes\n' : 'subnet-guard --fix: nothing to change\n'),
      );
      if (plan.edits.length > 0) ({ report, context } = check(new CommandLineReader(new FsReader(root), outside), checkOptions));
    }
    emit(root, report, args, { ...renderOpts, terminal: terminalFor(args) }, true);
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
