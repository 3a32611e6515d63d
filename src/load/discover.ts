// Finding the compose projects of a repository (compose-networks.md §1):
//   - every directory holding a default-named compose file is one project, with its override file
//     (first found of each list wins, as in Compose); COMPOSE_FILE in that directory's .env
//     replaces the lookup, as it does for `docker compose` run there;
//   - with globs (the action's `compose-files`, the CLI's --compose), the matched files are the
//     projects instead: each matched file starts a project, an override-named file joins the
//     default-named file of its directory;
//   - node_modules, VCS directories and vendored trees are never entered.
import { ConfigError } from '../errors.js';
import { MAX_ENV_BYTES, parseEnvFile } from './envfile.js';
import { joinRel, type Reader } from './reader.js';

export interface DiscoveredProject {
  /** repo-relative directory of the first file ("." for the root) */
  dir: string;
  /** repo-relative; in -f order (base then override) */
  files: string[];
}

export interface DiscoverOptions {
  /** glob patterns (repo-relative; `**`, `*`, `?`, `[...]`, `{a,b}`; a leading `!` excludes) */
  globs?: string[];
}

export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const DEFAULT_OVERRIDE_FILE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];
export const IGNORED_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  'third_party',
  'bower_components',
  '.venv',
  'venv',
  '__pycache__',
  '.terraform',
  '.tox',
]);

/** stop walking after this many directories (a CI gate must stay bounded) */
const MAX_DIRS = 100_000;

function* walk(reader: Reader): Generator<{ dir: string; files: string[] }> {
  const stack = ['.'];
  let seen = 0;
  while (stack.length > 0) {
    const dir = stack.pop()!;
    if (++seen > MAX_DIRS) return;
    const entries = reader.list(dir);
    const files: string[] = [];
    const dirs: string[] = [];
    for (const e of entries) {
      if (e.kind === 'file') files.push(e.name);
      else if (e.kind === 'dir' && !IGNORED_DIRS.has(e.name)) dirs.push(joinRel(dir, e.name));
    }
    yield { dir, files };
    for (let i = dirs.length - 1; i >= 0; i--) stack.push(dirs[i]);
  }
}

function compareDirs(a: DiscoveredProject, b: DiscoveredProject): number {
  if (a.dir !== b.dir) return a.dir < b.dir ? -1 : 1;
  const fa = a.files[0] ?? '';
  const fb = b.files[0] ?? '';
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

/** COMPOSE_FILE from a directory's .env (relative to that directory), if any */
function composeFileFromDotenv(reader: Reader, dir: string): string[] | undefined {
  const p = joinRel(dir, '.env');
  if (!reader.exists(p) || reader.isDir(p)) return undefined;
  // too large: the loader refuses it with its size (not read twice here)
  if (reader.size(p) > MAX_ENV_BYTES) return undefined;
  let env;
  try {
    env = parseEnvFile(reader.read(p), p, () => undefined);
  } catch {
    return undefined; // the loader reports a broken .env with its line
  }
  const cf = env.get('COMPOSE_FILE')?.value;
  if (!cf) return undefined;
  const sep = env.get('COMPOSE_PATH_SEPARATOR')?.value || ':';
  const files = cf
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => joinRel(dir, s));
  return files.length ? files : undefined;
}

/**
 * The files `docker compose` would use in a directory (an inventory `projects[].path` naming a
 * directory): COMPOSE_FILE from its .env, else the default file and its override; undefined when
 * the directory holds no default-named file.
 */
export function projectFilesForDir(reader: Reader, dir: string): string[] | undefined {
  const d = joinRel(dir);
  const names = new Set(
    reader
      .list(d)
      .filter((e) => e.kind === 'file')
      .map((e) => e.name),
  );
  const base = DEFAULT_FILE_NAMES.find((n) => names.has(n));
  const fromEnv = composeFileFromDotenv(reader, d);
  if (fromEnv) return fromEnv;
  if (!base) return undefined;
  const override = DEFAULT_OVERRIDE_FILE_NAMES.find((n) => names.has(n));
  return override ? [joinRel(d, base), joinRel(d, override)] : [joinRel(d, base)];
}

export function discoverProjects(reader: Reader, opts: DiscoverOptions = {}): DiscoveredProject[] {
  const globs = (opts.globs ?? []).map((g) => g.trim()).filter((g) => g !== '' && !g.startsWith('#'));
  if (globs.length > 0) return discoverByGlobs(reader, globs);
  const out: DiscoveredProject[] = [];
  for (const { dir, files } of walk(reader)) {
    if (!DEFAULT_FILE_NAMES.some((n) => files.includes(n))) continue;
    out.push({ dir, files: projectFilesForDir(reader, dir)! });
  }
  return out.sort(compareDirs);
}

function discoverByGlobs(reader: Reader, globs: string[]): DiscoveredProject[] {
  const include = globs.filter((g) => !g.startsWith('!')).map(globToRegExp);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => globToRegExp(g.slice(1)));
  const out: DiscoveredProject[] = [];
  for (const { dir, files } of walk(reader)) {
    const matched = files.map((f) => joinRel(dir, f)).filter((p) => include.some((r) => r.test(p)) && !exclude.some((r) => r.test(p)));
    if (matched.length === 0) continue;
    const name = (p: string) => p.slice(p.lastIndexOf('/') + 1);
    const overrides = matched.filter((p) => DEFAULT_OVERRIDE_FILE_NAMES.includes(name(p)));
    const bases = matched.filter((p) => !DEFAULT_OVERRIDE_FILE_NAMES.includes(name(p)));
    const defaultBase = DEFAULT_FILE_NAMES.map((n) => joinRel(dir, n)).find((p) => bases.includes(p));
    const override = DEFAULT_OVERRIDE_FILE_NAMES.map((n) => joinRel(dir, n)).find((p) => overrides.includes(p));
    for (const b of bases) {
      out.push({ dir, files: b === defaultBase && override ? [b, override] : [b] });
    }
    if (!defaultBase) for (const o of overrides) out.push({ dir, files: [o] });
  }
  return out.sort(compareDirs);
}

/** more "**" than this in one glob is refused: each one multiplies the matching work */
const MAX_GLOBSTARS = 4;

/** A glob as a RegExp over repo-relative paths (no leading "./"). */
export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/^\.\//, '');
  if (g.startsWith('/')) g = g.slice(1);
  // runs of stars mean one "**": collapsed, so that the RegExp cannot backtrack exponentially
  g = g
    .replace(/\*{3,}/g, '**')
    .replace(/(?:\*\*\/)+/g, '**/')
    .replace(/(?:\*\*)+/g, '**');
  if ((g.match(/\*\*/g) ?? []).length > MAX_GLOBSTARS) {
    throw new ConfigError(`compose file glob "${glob}" has more than ${MAX_GLOBSTARS} "**": simplify it`);
  }
  let re = '';
  let i = 0;
  let inBraces = 0;
  while (i < g.length) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        // "**/" matches zero or more directories; a trailing "**" matches everything below
        const slash = g[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = g.indexOf(']', i + 1);
      if (end < 0) {
        re += '\\[';
      } else {
        let cls = g.slice(i + 1, end).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += `[${cls}]`;
        i = end;
      }
    } else if (c === '{') {
      inBraces++;
      re += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      re += ')';
    } else if (c === ',' && inBraces > 0) {
      re += '|';
    } else {
      re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
    i++;
  }
  while (inBraces-- > 0) re += ')';
  try {
    return new RegExp(`^${re}$`);
  } catch (e) {
    // e.g. a character class with its range reversed: "[z-a]"
    throw new ConfigError(
      `compose file glob "${glob}" is not a valid pattern (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`,
    );
  }
}
