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

/**
 * what is at a path, not following a symbolic link there: 'missing' when lstat says nothing is (ENOENT,
 * ENOTDIR), 'error' when it fails otherwise (EACCES, ELOOP on the way, …)
 */
type Kind = 'file' | 'dir' | 'link' | 'other' | 'missing' | 'error';

/** how far walking a path component by component got */
type Walk = { real: string } | { missing: true } | { ask: string };

function kindOf(e: fs.Stats | fs.Dirent): Kind {
  return e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
}

export class FsReader implements Reader {
  private readonly root: string;
  private readonly realRoot: string;
  /** the root with a trailing separator: the absolute path of any path below the root starts with it */
  private readonly rootPrefix: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.realRoot = fs.realpathSync.native(this.root);
    this.rootPrefix = this.root.endsWith(path.sep) ? this.root : this.root + path.sep;
  }

  /** paths already resolved (size, then read, ask about the same file) */
  private readonly resolved = new Map<string, string>();
  /**
   * the real path of each directory a resolved path went through, by its absolute path below the root
   * (always inside the repository): computed once, shared by every file and directory under it
   */
  private readonly realDirs = new Map<string, string>();
  /** lstat results by absolute path; a path that is not a symbolic link needs no stat besides */
  private readonly lstats = new Map<string, fs.Stats | 'missing' | 'error'>();
  /** stat results (the link followed) of the paths that are symbolic links (null: nothing there) */
  private readonly stats = new Map<string, fs.Stats | null>();
  /** what list() saw: the kind of each entry, by the absolute path the directory was opened with */
  private readonly listed = new Map<string, Map<string, Kind>>();

  private lstatOf(abs: string): fs.Stats | 'missing' | 'error' {
    let st = this.lstats.get(abs);
    if (st === undefined) {
      try {
        st = fs.lstatSync(abs, { throwIfNoEntry: false }) ?? 'missing';
      } catch (e) {
        st = (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'missing' : 'error';
      }
      this.lstats.set(abs, st);
    }
    return st;
  }

  /** stat(2), following a symbolic link at the end: exists, isDir, size and read each ask once */
  private statOf(abs: string): fs.Stats | null {
    const l = this.lstatOf(abs);
    if (typeof l === 'string') return null; // stat fails wherever lstat does
    return l.isSymbolicLink() ? this.followed(abs) : l;
  }

  private followed(abs: string): fs.Stats | null {
    let st = this.stats.get(abs);
    if (st === undefined) {
      try {
        st = fs.statSync(abs);
      } catch {
        st = null;
      }
      this.stats.set(abs, st);
    }
    return st;
  }

  private abs(rel: string): string {
    if (leavesRoot(rel)) throw new ConfigError(`path "${rel}" leaves the repository`, { file: rel });
    return path.join(this.root, rel);
  }

  private isInside(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot + path.sep);
  }

  /**
   * resolves symbolic links and refuses a path that leads outside the repository or to nothing (a
   * dangling link, a loop) before anything is read; a missing plain path is returned as is
   */
  private inside(rel: string): string {
    const known = this.resolved.get(rel);
    if (known !== undefined) return known;
    const abs = this.abs(rel);
    const walk = this.walk(abs);
    if ('missing' in walk) return abs;
    const real = 'real' in walk ? walk.real : this.viaRealpath(rel, abs, walk.ask);
    this.resolved.set(rel, real);
    return real;
  }

  /**
   * What realpath(3) of `abs` would say, found component by component from the real root: glibc's
   * realpath readlinks every component of the absolute path, for every file. Here a directory already
   * walked costs nothing, and a component costs nothing when the listing of its directory showed it,
   * else one lstat (shared with exists, isDir, size and read). Only a link is resolved, with realpath
   * from its real directory. The walk answers when every directory on the way is a plain directory or
   * a link to a directory inside the repository, and the last component is no link: its real path, or
   * `missing` when a component is not there (realpath fails there, and readlink of the path fails too,
   * so realpath's answer is "missing" as well). Anything else (a link at the end, a link on the way that
   * leads out or nowhere, a file on the way, an lstat error) goes to realpath(3) (`ask`: a path that
   * resolves like `abs`), which gives the same messages as always.
   */
  private walk(abs: string): Walk {
    if (abs === this.root) return { real: this.realRoot };
    const names = abs.slice(this.rootPrefix.length).split(path.sep);
    // the root of a file system (the prefix test below would be wrong), or a name path.join leaves
    // as it is (a trailing separator)
    if (this.realRoot.endsWith(path.sep) || !abs.startsWith(this.rootPrefix) || names.some((n) => n === '' || n === '.' || n === '..')) return { ask: abs };
    let dir = this.root;
    let real = this.realRoot;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const at = dir === this.root ? this.rootPrefix + name : dir + path.sep + name;
      const last = i === names.length - 1;
      const known = this.realDirs.get(at);
      if (known !== undefined && !last) {
        dir = at;
        real = known;
        continue;
      }
      const realAt = real + path.sep + name;
      // an entry the listing of this very directory showed (by its exact name), else lstat
      let kind = this.listed.get(dir)?.get(name);
      if (kind === undefined) {
        const st = this.lstatOf(at);
        kind = typeof st === 'string' ? st : kindOf(st);
      }
      if (kind === 'missing') return { missing: true };
      if (kind === 'error') return { ask: abs };
      if (kind === 'link') {
        if (last) return { ask: realAt };
        let target: string;
        try {
          target = fs.realpathSync.native(realAt);
        } catch {
          return { ask: abs };
        }
        if (!this.isInside(target)) return { ask: abs };
        this.realDirs.set(at, target);
        dir = at;
        real = target;
        continue;
      }
      if (last) return { real: realAt };
      if (kind !== 'dir') return { ask: abs };
      this.realDirs.set(at, realAt);
      dir = at;
      real = realAt;
    }
    return { ask: abs }; // not reached
  }

  /** realpath(3) of `at` (which resolves like `abs`), refusing what leaves the repository or dangles */
  private viaRealpath(rel: string, abs: string, at: string): string {
    let real: string;
    try {
      real = fs.realpathSync.native(at);
    } catch (e) {
      const target = this.linkTarget(at);
      if (target === undefined) return abs; // not a link: simply missing
      const why = (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'which leads back to itself (a loop of links)' : 'which does not exist';
      throw new ConfigError(`path "${rel}" is a symbolic link to "${target}", ${why}`, { file: rel });
    }
    if (!this.isInside(real)) {
      const target = this.linkTarget(at);
      throw new ConfigError(
        target === undefined
          ? `path "${rel}" points outside the repository (through a symbolic link, to ${real})`
          : `path "${rel}" points outside the repository: it is a symbolic link to "${target}"${target === real ? '' : ` (${real})`}; links are followed only inside the repository`,
        { file: rel },
      );
    }
    return real;
  }

  /** what a symbolic link says, as written; undefined when the path is not a link */
  private linkTarget(abs: string): string | undefined {
    try {
      return fs.readlinkSync(abs);
    } catch {
      return undefined;
    }
  }

  read(rel: string): string {
    const file = this.inside(rel);
    const st = this.statOf(file);
    if (!st) throw new ConfigError('file not found', { file: rel });
    if (!st.isFile()) throw new ConfigError('not a regular file', { file: rel });
    if (st.size > MAX_FILE_BYTES) {
      throw new ConfigError(`file is ${(st.size / 1048576).toFixed(1)} MiB, larger than the ${MAX_FILE_BYTES / 1048576} MiB limit`, { file: rel });
    }
    try {
      return readText(file, st.size);
    } catch (e) {
      throw new ConfigError(`cannot read file: ${(e as Error).message}`, { file: rel });
    }
  }

  exists(rel: string): boolean {
    if (leavesRoot(rel)) return false;
    const abs = this.abs(rel);
    const k = this.listedKind(abs);
    if (k === 'file' || k === 'dir') return true;
    if (k === 'missing') return false;
    return this.statOf(abs) !== null;
  }

  isDir(rel: string): boolean {
    if (leavesRoot(rel)) return false;
    const abs = this.abs(rel);
    const k = this.listedKind(abs);
    if (k === 'dir') return true;
    if (k === 'file' || k === 'missing') return false;
    return this.statOf(abs)?.isDirectory() ?? false;
  }

  /** directories whose entries were asked about without a listing of them, and how often */
  private readonly unlisted = new Map<string, number>();

  /**
   * What the listing of its directory says about a path: 'file' or 'dir' (no link), 'missing', or
   * undefined (ask the file system). A directory asked about a second name is listed once: a
   * repository of 1,000 projects asked exists and isDir of each project directory, one lstat each.
   * A name is taken as missing only when no entry has it in any letter case and it is plain ASCII (on
   * a case-insensitive file system the listing may spell it otherwise).
   */
  private listedKind(abs: string): 'file' | 'dir' | 'missing' | undefined {
    const cut = abs.lastIndexOf(path.sep);
    if (cut < 0) return undefined;
    const dir = abs.slice(0, cut);
    const name = abs.slice(cut + 1);
    if (dir !== this.root && !dir.startsWith(this.rootPrefix)) return undefined;
    let kinds = this.listed.get(dir);
    if (!kinds) {
      // a path already stat-ed is answered from that (exists, then isDir, of one path is one question)
      if (this.lstats.has(abs)) return undefined;
      const asked = (this.unlisted.get(dir) ?? 0) + 1;
      this.unlisted.set(dir, asked);
      if (asked < 2) return undefined;
      try {
        kinds = new Map();
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) kinds.set(e.name, kindOf(e));
      } catch {
        return undefined;
      }
      this.listed.set(dir, kinds);
    }
    const k = kinds.get(name);
    if (k === 'file' || k === 'dir') return k;
    if (k !== undefined || !/^[\x20-\x7e]+$/.test(name)) return undefined;
    let lower = this.lowerNames.get(kinds);
    if (!lower) {
      lower = new Set();
      for (const other of kinds.keys()) lower.add(other.toLowerCase());
      this.lowerNames.set(kinds, lower);
    }
    return lower.has(name.toLowerCase()) ? undefined : 'missing';
  }

  /** the names of a listing in lower case, made when a name is first looked for in vain */
  private readonly lowerNames = new WeakMap<Map<string, Kind>, Set<string>>();

  size(rel: string): number {
    if (leavesRoot(rel)) return -1;
    return this.statOf(this.inside(rel))?.size ?? -1;
  }

  list(rel: string): DirEntry[] {
    let dir: string;
    let entries: fs.Dirent[];
    try {
      dir = this.abs(rel);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return []; // not a directory, or a path that leaves the repository
    }
    const kinds = new Map<string, Kind>();
    for (const e of entries) kinds.set(e.name, kindOf(e));
    this.listed.set(dir, kinds);
    return entries
      .map((e): DirEntry => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'dir' : e.isSymbolicLink() ? this.linkKind(dir, e.name) : 'other' }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** a link to a directory is 'other' (never walked); any other link is a 'file', checked when it is read */
  private linkKind(dir: string, name: string): DirEntry['kind'] {
    // dangling or a loop: 'file', and reading it says so
    return this.followed(path.join(dir, name))?.isDirectory() ? 'other' : 'file';
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
