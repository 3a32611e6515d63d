// The base revision of a change, for --new-since and the action's only-new: the checked directory as
// it is at a git revision. I/O like cli.ts and main.ts (it runs git), kept to plain object reads.
import { spawnSync } from 'node:child_process';
import { ConfigError } from './errors.js';

/** files of the base revision the check may read: compose files, JSON, YAML, env files */
const BASE_FILE = /(\.ya?ml|\.json|(^|\/)\.env[^/]*|\.env)$/;
const BASE_MAX_FILES = 20_000;
const BASE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The checked directory as it is at REF, read with `git ls-tree` and `git cat-file` (plain object
 * reads: no checkout, no filters, no hooks, nothing from the repository runs). Links are left out.
 */
export function treeAtRevision(root: string, ref: string, what: string): Record<string, string> {
  const git = (args: string[], input?: string) => {
    const r = spawnSync('git', ['-c', 'core.fsmonitor=false', ...args], {
      cwd: root,
      input,
      maxBuffer: BASE_MAX_BYTES * 2,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    });
    if (r.error) throw new ConfigError(`${what}: git cannot be run (${r.error.message})`);
    return r;
  };
  if (ref.startsWith('-')) throw new ConfigError(`${what} ${ref}: not a revision`);
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (commit.status !== 0)
    throw new ConfigError(
      `${what} ${ref}: no such revision in the repository of ${root} (fetch it first, e.g. actions/checkout with fetch-depth: 0)`,
    );
  const sha = commit.stdout.toString().trim();
  const top = git(['rev-parse', '--show-prefix']);
  if (top.status !== 0) throw new ConfigError(`${what}: ${root} is not inside a git repository`);
  const prefix = top.stdout.toString().trim();
  const ls = git(['ls-tree', '-r', '-z', '-l', '--full-tree', sha, '--', prefix === '' ? '.' : prefix]);
  if (ls.status !== 0) throw new ConfigError(`${what} ${ref}: git ls-tree failed: ${ls.stderr.toString().trim()}`);
  const wanted: { id: string; rel: string }[] = [];
  let bytes = 0;
  for (const entry of ls.stdout.toString().split('\0')) {
    const m = /^(\d+) blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(entry);
    if (!m || (m[1] !== '100644' && m[1] !== '100755')) continue;
    const rel = m[4]!.slice(prefix.length);
    if (!BASE_FILE.test(rel)) continue;
    bytes += Number(m[3]);
    if (wanted.length >= BASE_MAX_FILES || bytes > BASE_MAX_BYTES)
      throw new ConfigError(`${what} ${ref}: more than ${BASE_MAX_FILES} files or ${BASE_MAX_BYTES / 1024 / 1024} MB to read`);
    wanted.push({ id: m[2]!, rel });
  }
  const tree: Record<string, string> = {};
  if (wanted.length === 0) return tree;
  const cat = git(['cat-file', '--batch'], wanted.map((w) => w.id).join('\n') + '\n');
  const out = cat.stdout;
  let at = 0;
  for (const w of wanted) {
    const nl = out.indexOf(10, at);
    const header = out.subarray(at, nl).toString();
    const size = Number(/ blob (\d+)$/.exec(header)?.[1] ?? NaN);
    if (!Number.isFinite(size)) throw new ConfigError(`${what} ${ref}: git cat-file answered "${header}"`);
    tree[w.rel] = out.subarray(nl + 1, nl + 1 + size).toString('utf8');
    at = nl + 1 + size + 1;
  }
  return tree;
}
