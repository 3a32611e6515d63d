// The command line. With main.ts, the only place that touches process, the file system root and the
// environment; everything it calls is a pure function over a Reader.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { USAGE, exitCodeFor, parseCliArgs, type CliArgs } from './args.js';
import { check } from './check.js';
import { ConfigError } from './errors.js';
import { assertNever, type Report } from './model.js';
import { FsReader } from './load/reader.js';
import { toJson } from './report/json.js';
import { toText } from './report/text.js';
import { formatAnnotations, formatLog } from './report/annotations.js';
import { formatSarifText } from './report/sarif.js';
import { formatSummary } from './report/summary.js';
import { TOOL_NAME, VERSION } from './version.js';

function render(report: Report, args: CliArgs): string {
  switch (args.format) {
    case 'text':
      return toText(report);
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

function relToRoot(root: string, file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const abs = path.resolve(file);
  const rel = path.relative(root, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ConfigError(`${file} is outside the checked directory ${root}`);
  }
  return rel.split(path.sep).join('/') || '.';
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
    const environment: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) environment[k] = v;
    const { report } = check(new FsReader(root), {
      inventory: relToRoot(root, args.inventory),
      composeFiles: args.compose,
      daemonJson: relToRoot(root, args.daemon),
      engine: args.engine,
      cycles: args.cycles,
      timeline: args.timeline,
      environment,
      rootName: path.basename(root),
    });
    const out = render(report, args);
    if (args.output) fs.writeFileSync(args.output, out);
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

process.exitCode = main(process.argv.slice(2));
