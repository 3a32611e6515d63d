// The one door to the file system. Loaders take a Reader; tests hand in an in-memory tree.
// Paths are relative to the repository root, with forward slashes ("." is the root).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../errors.js';

export interface DirEntry {
  name: string;
  kind: 'file' | 'dir' | 'other';
}

export interface Reader {
  /** the text of a file; throws ConfigError when it is missing or unreadable */
  read(rel: string): string;
  exists(rel: string): boolean;
  isDir(rel: string): boolean;
  /** directory listing, sorted by name; [] when not a directory */
  list(rel: string): DirEntry[];
  /** size in bytes, or -1 when missing */
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
    this.realRoot = fs.realpathSync(this.root);
  }

  private abs(rel: string): string {
    if (leavesRoot(rel)) throw new ConfigError(`path "${rel}" leaves the repository`, { file: rel });
    return path.join(this.root, rel);
  }

  /** resolves symlinks and refuses targets outside the repository */
  private inside(rel: string): string {
    const abs = this.abs(rel);
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      return abs;
    }
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) {
      throw new ConfigError(`path "${rel}" points outside the repository (symbolic link to ${real})`, { file: rel });
    }
    return real;
  }

  read(rel: string): string {
    const abs = this.inside(rel);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new ConfigError('file not found', { file: rel });
    }
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
    return fs.existsSync(this.abs(rel));
  }

  isDir(rel: string): boolean {
    if (leavesRoot(rel)) return false;
    try {
      return fs.statSync(this.abs(rel)).isDirectory();
    } catch {
      return false;
    }
  }

  size(rel: string): number {
    if (leavesRoot(rel)) return -1;
    try {
      return fs.statSync(this.abs(rel)).size;
    } catch {
      return -1;
    }
  }

  list(rel: string): DirEntry[] {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(this.abs(rel), { withFileTypes: true });
    } catch {
      return [];
    }
    return entries
      .map((e): DirEntry => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'dir' : 'other' }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
