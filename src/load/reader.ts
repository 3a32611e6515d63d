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

/** Joins and normalises repository-relative paths; refuses paths that leave the root. */
export function joinRel(...parts: string[]): string {
  const joined = path.posix.normalize(parts.filter((p) => p !== '').join('/'));
  return joined === '' ? '.' : joined.replace(/\/$/, '') || '.';
}

export function leavesRoot(rel: string): boolean {
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

export class FsReader implements Reader {
  private readonly root: string;
  private readonly realRoot: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.realRoot = fs.realpathSync.native(this.root);
  }

  /** paths already resolved (size, then read, ask about the same file) */
  private readonly resolved = new Map<string, string>();
  /** stat results by absolute path (null: nothing there): exists, isDir, size and read each asked once */
  private readonly stats = new Map<string, fs.Stats | null>();

  private statOf(abs: string): fs.Stats | null {
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

  /**
   * resolves symbolic links and refuses a path that leads outside the repository or to nothing (a
   * dangling link, a loop) before anything is read; a missing plain path is returned as is
   */
  private inside(rel: string): string {
    const known = this.resolved.get(rel);
    if (known !== undefined) return known;
    const abs = this.abs(rel);
    let real: string;
    try {
      // realpath(3) in one system call; fs.realpathSync walks the path with an lstat per component
      real = fs.realpathSync.native(abs);
    } catch (e) {
      const target = this.linkTarget(abs);
      if (target === undefined) return abs; // not a link: simply missing
      const why = (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'which leads back to itself (a loop of links)' : 'which does not exist';
      throw new ConfigError(`path "${rel}" is a symbolic link to "${target}", ${why}`, { file: rel });
    }
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) {
      const target = this.linkTarget(abs);
      throw new ConfigError(
        target === undefined
          ? `path "${rel}" points outside the repository (through a symbolic link, to ${real})`
          : `path "${rel}" points outside the repository: it is a symbolic link to "${target}"${target === real ? '' : ` (${real})`}; links are followed only inside the repository`,
        { file: rel },
      );
    }
    this.resolved.set(rel, real);
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
    const abs = this.inside(rel);
    const st = this.statOf(abs);
    if (!st) throw new ConfigError('file not found', { file: rel });
    if (!st.isFile()) throw new ConfigError('not a regular file', { file: rel });
    if (st.size > MAX_FILE_BYTES) {
      throw new ConfigError(`file is ${(st.size / 1048576).toFixed(1)} MiB, larger than the ${MAX_FILE_BYTES / 1048576} MiB limit`, { file: rel });
    }
    try {
      return fs.readFileSync(abs, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read file: ${(e as Error).message}`, { file: rel });
    }
  }

  exists(rel: string): boolean {
    if (leavesRoot(rel)) return false;
    return this.statOf(this.abs(rel)) !== null;
  }

  isDir(rel: string): boolean {
    if (leavesRoot(rel)) return false;
    return this.statOf(this.abs(rel))?.isDirectory() ?? false;
  }

  size(rel: string): number {
    if (leavesRoot(rel)) return -1;
    return this.statOf(this.inside(rel))?.size ?? -1;
  }

  list(rel: string): DirEntry[] {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(this.abs(rel), { withFileTypes: true });
    } catch {
      return [];
    }
    return entries
      .map((e): DirEntry => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'dir' : e.isSymbolicLink() ? this.linkKind(rel, e.name) : 'other' }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** a link to a directory is 'other' (never walked); any other link is a 'file', checked when it is read */
  private linkKind(dir: string, name: string): DirEntry['kind'] {
    try {
      return fs.statSync(path.join(this.abs(dir), name)).isDirectory() ? 'other' : 'file';
    } catch {
      return 'file'; // dangling or a loop: reading it says so
    }
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
