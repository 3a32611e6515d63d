// Starts the action the way the runner does: `node dist/index.js` (or the TypeScript sources through
// tsx) in the workspace, with INPUT_<NAME> variables (upper-cased, hyphens kept), GITHUB_WORKSPACE,
// GITHUB_EVENT_PATH and empty GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; collects what it leaves behind.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const FIXTURES = path.join(REPO, 'test', 'action', 'fixtures');
export const BUNDLE = path.join(REPO, 'dist', 'index.js');

export type Entry = 'bundle' | 'sources';

export function entryCommand(entry: Entry): string[] {
  if (entry === 'bundle') return [BUNDLE];
  return ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(REPO, 'src', 'index.ts')];
}

export interface RunOptions {
  entry: Entry;
  /** fixture directories copied into the workspace: { "deploy": "peered-vpc" } puts it under deploy/ */
  fixtures: Record<string, string>;
  /** action inputs by their action.yml name */
  inputs: Record<string, string>;
  event?: unknown;
  eventName?: string;
  env?: Record<string, string>;
  /**
   * runs once the fixtures are in the workspace: what a pull request could add (links, …), or making it
   * a git repository; may give the event
   */
  prepare?: (workspace: string, tmp: string) => { event?: unknown } | void;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** the temporary directory holding the workspace (RUNNER_TEMP) */
  tmp: string;
  /** a file in the workspace, or null */
  file(rel: string): string | null;
  cleanup(): void;
}

/** parses the GITHUB_OUTPUT file (name<<DELIMITER … DELIMITER, or name=value) */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated output ${name}`);
      out[name!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`malformed output line: ${line}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

export async function runAction(opts: RunOptions): Promise<RunResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-action-'));
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace);
  for (const [dest, fixture] of Object.entries(opts.fixtures)) {
    fs.cpSync(path.join(FIXTURES, fixture), path.join(workspace, dest), { recursive: true });
  }
  const prepared = opts.prepare?.(workspace, tmp);
  const event = prepared && 'event' in prepared ? prepared.event : opts.event;
  const outputFile = path.join(tmp, 'output');
  const summaryFile = path.join(tmp, 'summary.md');
  const eventFile = path.join(tmp, 'event.json');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(eventFile, JSON.stringify(event ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/infra',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '1234',
    GITHUB_WORKFLOW: 'subnets',
    RUNNER_TEMP: tmp,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, entryCommand(opts.entry), { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    workspace,
    tmp,
    file(rel: string) {
      const p = path.resolve(workspace, rel);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    },
    cleanup() {
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
