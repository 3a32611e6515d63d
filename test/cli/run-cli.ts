// Starts the bundled CLI as users do (bin/subnet-guard.js → dist/cli/index.js) and builds throw-away
// repositories for it. Shared by the CLI suites.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/subnet-guard.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** runs the CLI; `env` entries set to undefined are removed from the inherited environment */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, SUBNET_GUARD_DEBUG: '', ...opts.env })) if (v !== undefined) env[k] = v;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** a directory with these files (paths relative to it), remembered in `made` for removal */
export function makeTree(files: Record<string, string>, made: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-cli-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
