// The one door to the file system. Loaders take a Reader; tests hand in an in-memory tree.
// Paths are relative to the repository root, with forward slashes ("." is the root).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../errors.js';

export interface DirEntry {
  name: string;
  /**
   * A symbolic link to a file (or one that leads nowhere) is a 'file': reading it follows the link, and
   * refuses it when it leaves the repository or dangles. A link to a directory is 'other', so walks never
   * follow one (no cycles, no second copy of a tree).
   */
  kind: 'file' | 'dir' | 'other';
}

export interface Reader {
  /** the text of a file; throws ConfigError when it is missing or unreadable */
  read(rel: string): string;
  exists(rel: string): boolean;
  isDir(rel: string): boolean;
  /** directory listing, sorted by name; [] when not a directory */
  list(rel: string): DirEntry[];
  /** size in bytes, or -1 when missing; throws ConfigError for a symbolic link that leaves the repository or dangles */
  size(rel: string): number;
}

/**
 * true for a path that normalising would leave as it is: relative, no empty, "." or ".." segment, no
 * trailing slash. Almost every path a check joins is such a path, and path.posix.normalize is not free
 * when a repository has thousands of files.
 */
function isNormalRel(p: string): boolean {
  if (p === '') return false;
  let from = 0;
  for (let i = 0; i <= p.length; i++) {
    if (i < p.length && p.charCodeAt(i) !== 47) continue;
    const len = i - from;
    if (len === 0) return false;
    if (len <= 2 && p.charCodeAt(from) === 46 && (len === 1 || p.charCodeAt(from + 1) === 46)) return false;
    from = i + 1;
  }
  return true;
}

/** Joins and normalises repository-relative paths; refuses paths that leave the root. */
export function joinRel(...parts: string[]): string {
  // "." and "" parts change nothing: the common case is a normal directory and a normal name
  let quick = '';
  for (const p of parts) if (p !== '' && p !== '.') quick = quick === '' ? p : `${quick}/${p}`;
  if (quick === '') return '.';
  if (isNormalRel(quick)) return quick;
  return joinRelSlow(parts);
}

/** joinRel by path.posix.normalize, for every path (the reference the quick path is tested against) */
export function joinRelSlow(parts: readonly string[]): string {
  const joined = path.posix.normalize(parts.filter((p) => p !== '').join('/'));
  return joined === '' ? '.' : joined.replace(/\/$/, '') || '.';
}

export function leavesRoot(rel: string): boolean {
  if (isNormalRel(rel)) return false;
  return leavesRootSlow(rel);
}

/** leavesRoot by path.posix.normalize, for every path (the reference the quick path is tested against) */
export function leavesRootSlow(rel: string): boolean {
  const n = path.posix.normalize(rel);
  return path.posix.isAbsolute(rel) || n === '..' || n.startsWith('../');
}

/**
 * A path as written in a file that is absolute on some system: "/etc/x", "~/x", "C:\\x", "C:/x",
 * "\\\\server\\x". Joined to a directory it would silently become relative, so callers refuse it first.
 */
export function isAbsolutePath(raw: string): boolean {
  const s = raw.trim();
  return s.startsWith('/') || s.startsWith('~') || /^[A-Za-z]:[\\/]/.test(s) || s.startsWith('\\\\');
}

export function dirOf(rel: string): string {
  const d = path.posix.dirname(rel);
  return d === '' ? '.' : d;
}

/** Maximum size of any file we read (50 MiB). Larger files are refused with a clear error. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** what is at a path, not following a symbolic link there ('missing': ENOENT or ENOTDIR; 'error': EACCES, …) */
type Kind = 'file' | 'dir' | 'link' | 'other' | 'missing' | 'error';

function kindOf(e: fs.Stats | fs.Dirent): Kind {
  return e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
}

/** links followed on one path before it is taken as a loop (Linux's MAXSYMLINKS) */
const MAX_LINKS = 40;

/**
 * Where a repository path leads. `real`: the real path inside the repository (no link in it) and what
 * is there; `missing`: nothing there (or a link on the way leads nowhere); `out`: a link on the way leads
 * outside the repository; `dangling` / `loop`: the path itself is a link that leads nowhere / to itself.
 */
type Resolved =
  { real: string; kind: 'file' | 'dir' | 'other' } | { missing: true } | { out: true } | { dangling: string } | { loop: string };

export class FsReader implements Reader {
  private readonly root: string;
  private readonly realRoot: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.realRoot = fs.realpathSync.native(this.root);
  }

  /** resolutions by repository path (size, then read, ask about the same file) */
  private readonly resolved = new Map<string, Resolved>();
  /** lstat results by real path: every path asked about is inside the repository */
  private readonly lstats = new Map<string, fs.Stats | 'missing' | 'error'>();
  /** what list() saw: the kind of each entry, by the real path of the directory */
  private readonly listed = new Map<string, Map<string, Kind>>();
  /** directories (real paths) whose entries were asked about without a listing of them, and how often */
  private readonly unlisted = new Map<string, number>();
  /** the names of a listing in lower case, made when a name is first looked for in vain */
  private readonly lowerNames = new WeakMap<Map<string, Kind>, Set<string>>();

  private lstatOf(real: string): fs.Stats | 'missing' | 'error' {
    let st = this.lstats.get(real);
    if (st === undefined) {
      try {
        st = fs.lstatSync(real, { throwIfNoEntry: false }) ?? 'missing';
      } catch (e) {
        st = (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'missing' : 'error';
      }
      this.lstats.set(real, st);
    }
    return st;
  }

  private isInside(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot + path.sep);
  }

  /**
   * The kind of entry `name` of the real directory `dir` (inside the repository): from a listing of
   * `dir` when there is one (a directory asked about a second name is listed once: a repository of 1,000
   * projects asks exists and isDir of each project directory), else one lstat. A name absent from a
   * listing is missing only when no entry has it in any letter case and it is plain ASCII (on a
   * case-insensitive file system the listing may spell it otherwise).
   */
  private kindAt(dir: string, name: string): Kind {
    const at = dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
    const known = this.lstats.get(at);
    if (known !== undefined) return typeof known === 'string' ? known : kindOf(known);
    let kinds = this.listed.get(dir);
    if (!kinds) {
      const asked = (this.unlisted.get(dir) ?? 0) + 1;
      this.unlisted.set(dir, asked);
      if (asked >= 2) kinds = this.listing(dir);
    }
    if (kinds) {
      const k = kinds.get(name);
      if (k !== undefined && k !== 'other') return k;
      if (k === undefined && /^[\x20-\x7e]+$/.test(name)) {
        let lower = this.lowerNames.get(kinds);
        if (!lower) {
          lower = new Set();
          for (const other of kinds.keys()) lower.add(other.toLowerCase());
          this.lowerNames.set(kinds, lower);
        }
        if (!lower.has(name.toLowerCase())) return 'missing';
      }
    }
    const st = this.lstatOf(at);
    return typeof st === 'string' ? st : kindOf(st);
  }

  /** readdir of a real directory inside the repository; undefined when it cannot be listed */
  private listing(dir: string): Map<string, Kind> | undefined {
    let kinds = this.listed.get(dir);
    if (kinds) return kinds;
    try {
      kinds = new Map();
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) kinds.set(e.name, kindOf(e));
    } catch {
      return undefined;
    }
    this.listed.set(dir, kinds);
    return kinds;
  }

  /**
   * Resolves a repository path name by name from the real root, as realpath(3) would, but without ever
   * asking the file system about anything outside the repository: a link is read with readlink(2) and
   * its target, as written, is walked like the rest of the path; a target that leaves the repository
   * (absolute elsewhere, or ".." above the root) is refused there, before what it names is looked at.
   */
  private resolve(rel: string): Resolved {
    let r = this.resolved.get(rel);
    if (r === undefined) {
      r = this.walk(rel);
      this.resolved.set(rel, r);
    }
    return r;
  }

  private walk(rel: string): Resolved {
    const mustBeDir = rel.endsWith('/');
    const queue = rel === '.' ? [] : rel.split('/');
    /** names of `rel` itself still in the queue (the rest came from link targets) */
    let own = queue.length;
    let real = this.realRoot;
    let kind: 'file' | 'dir' | 'other' = 'dir';
    let links = 0;
    /** the target, as written, of the link that is the path's last name (when it is one) */
    let lastLink: string | undefined;
    while (queue.length > 0) {
      // the path's own names are always the last `own` of the queue (targets go in front)
      const isOwn = queue.length <= own;
      const name = queue.shift()!;
      if (isOwn) own--;
      if (name === '' || name === '.') continue;
      if (kind !== 'dir') return lastLink !== undefined ? { dangling: lastLink } : { missing: true };
      if (name === '..') {
        if (real === this.realRoot) return { out: true };
        real = path.dirname(real);
        continue;
      }
      const k = this.kindAt(real, name);
      const at = real.endsWith(path.sep) ? real + name : real + path.sep + name;
      if (k === 'missing' || k === 'error') return lastLink !== undefined ? { dangling: lastLink } : { missing: true };
      if (k === 'link') {
        let target: string;
        try {
          target = fs.readlinkSync(at);
        } catch {
          return { missing: true };
        }
        if (isOwn && own === 0) lastLink = target;
        if (++links > MAX_LINKS) return lastLink !== undefined ? { loop: lastLink } : { missing: true };
        const names = target.split(path.sep);
        if (path.isAbsolute(target)) {
          const base = [this.realRoot, this.root].find((b) => target === b || target.startsWith(b.endsWith(path.sep) ? b : b + path.sep));
          if (base === undefined) return { out: true };
          names.splice(0, base.split(path.sep).length);
          real = this.realRoot;
        }
        queue.unshift(...names);
        continue;
      }
      real = at;
      kind = k;
    }
    if (mustBeDir && kind !== 'dir') return { missing: true };
    return { real, kind };
  }

  private refusal(rel: string, r: Resolved): ConfigError | undefined {
    if ('out' in r) {
      return new ConfigError(
        `path "${rel}" points outside the repository through a symbolic link; links are followed only inside the repository`,
        { file: rel },
      );
    }
    if ('dangling' in r) return new ConfigError(`path "${rel}" is a symbolic link to "${r.dangling}", which does not exist`, { file: rel });
    if ('loop' in r)
      return new ConfigError(`path "${rel}" is a symbolic link to "${r.loop}", which leads back to itself (a loop of links)`, {
        file: rel,
      });
    return undefined;
  }

  private checked(rel: string): Resolved {
    if (leavesRoot(rel)) throw new ConfigError(`path "${rel}" leaves the repository`, { file: rel });
    return this.resolve(rel);
  }

  read(rel: string): string {
    const r = this.checked(rel);
    const refused = this.refusal(rel, r);
    if (refused) throw refused;
    if (!('real' in r)) throw new ConfigError('file not found', { file: rel });
    if (r.kind !== 'file') throw new ConfigError('not a regular file', { file: rel });
    const st = this.lstatOf(r.real);
    if (typeof st === 'string') throw new ConfigError('file not found', { file: rel });
    if (st.size > MAX_FILE_BYTES) {
      throw new ConfigError(`file is ${(st.size / 1048576).toFixed(1)} MiB, larger than the ${MAX_FILE_BYTES / 1048576} MiB limit`, {
        file: rel,
      });
    }
    try {
      return readText(r.real, st.size);
    } catch (e) {
      throw new ConfigError(`cannot read file: ${(e as Error).message}`, { file: rel });
    }
  }

  /** what is at a path; a path that leads outside the repository is refused, never looked at */
  private kindOfPath(rel: string): 'file' | 'dir' | 'other' | 'missing' {
    if (leavesRoot(rel)) return 'missing';
    const r = this.resolve(rel);
    if ('out' in r) throw this.refusal(rel, r)!;
    return 'real' in r ? r.kind : 'missing';
  }

  exists(rel: string): boolean {
    return this.kindOfPath(rel) !== 'missing';
  }

  isDir(rel: string): boolean {
    return this.kindOfPath(rel) === 'dir';
  }

  size(rel: string): number {
    if (leavesRoot(rel)) return -1;
    const r = this.resolve(rel);
    const refused = this.refusal(rel, r);
    if (refused) throw refused;
    if (!('real' in r)) return -1;
    const st = this.lstatOf(r.real);
    return typeof st === 'string' ? -1 : st.size;
  }

  list(rel: string): DirEntry[] {
    if (leavesRoot(rel)) return [];
    const r = this.resolve(rel);
    if ('out' in r) throw this.refusal(rel, r)!;
    if (!('real' in r) || r.kind !== 'dir') return [];
    const kinds = this.listing(r.real);
    if (!kinds) return [];
    const out: DirEntry[] = [];
    for (const [name, k] of kinds) {
      out.push({ name, kind: k === 'file' ? 'file' : k === 'dir' ? 'dir' : k === 'link' ? this.linkKind(rel, name) : 'other' });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /**
   * a link to a directory is 'other' (never walked); any other link is a 'file', checked when it is
   * read: one that dangles, loops or leads outside the repository (never looked at) is refused then
   */
  private linkKind(dir: string, name: string): DirEntry['kind'] {
    const r = this.resolve(joinRel(dir, name));
    return 'real' in r && r.kind === 'dir' ? 'other' : 'file';
  }
}

/**
 * The whole of a regular file, as UTF-8 (decoded like readFileSync(file, 'utf8')). With the size
 * from stat, one read(2) asking for a byte more than that sees the end; readFileSync reads 8 KiB
 * chunks until a read returns 0. O_NOFOLLOW: `file` was resolved, a link put there since is refused.
 */
function readText(file: string, size: number): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    let buf = Buffer.allocUnsafe(size + 1);
    let n = 0;
    for (;;) {
      const got = fs.readSync(fd, buf, n, buf.length - n, null);
      n += got;
      // a short read that stops at the stat size is the end; the file grew when the buffer fills up
      if (got === 0 || n === size) break;
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
    }
    return buf.toString('utf8', 0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** An in-memory tree: { "app/compose.yaml": "services: …" }. Directories are implied by paths. */
export class MemoryReader implements Reader {
  private readonly files = new Map<string, string>();

  constructor(tree: Record<string, string>) {
    for (const [k, v] of Object.entries(tree)) this.files.set(joinRel(k), v);
  }

  read(rel: string): string {
    const v = this.files.get(joinRel(rel));
    if (v === undefined) throw new ConfigError('file not found', { file: rel });
    if (v.length > MAX_FILE_BYTES) throw new ConfigError(`file is larger than the ${MAX_FILE_BYTES / 1048576} MiB limit`, { file: rel });
    return v;
  }

  exists(rel: string): boolean {
    return this.files.has(joinRel(rel)) || this.isDir(rel);
  }

  isDir(rel: string): boolean {
    const r = joinRel(rel);
    if (r === '.') return true;
    for (const k of this.files.keys()) if (k.startsWith(r + '/')) return true;
    return false;
  }

  size(rel: string): number {
    const v = this.files.get(joinRel(rel));
    return v === undefined ? -1 : Buffer.byteLength(v);
  }

  list(rel: string): DirEntry[] {
    const r = joinRel(rel);
    const prefix = r === '.' ? '' : r + '/';
    const seen = new Map<string, DirEntry>();
    for (const k of this.files.keys()) {
      if (!k.startsWith(prefix)) continue;
      const rest = k.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      if (!seen.has(name)) seen.set(name, { name, kind: slash < 0 ? 'file' : 'dir' });
    }
    return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
