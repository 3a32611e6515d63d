// FsReader resolves a path component by component, reading links with readlink(2) and walking their
// targets itself, instead of realpath(3) per file. These tests pin that it answers as realpath(3) of the
// whole path would (links anywhere on the path, dangling, looping), except that a path through a link
// that leads outside the repository is refused there, without anything outside being looked at, and
// without the message saying where the link leads.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import fsModule from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { FsReader, MAX_FILE_BYTES, leavesRoot } from '../../src/load/reader.js';

let base: string;
/** the repository */
let repo: string;
/** the repository reached through a symbolic link */
let linkedRoot: string;

/** the tree: files by path, then symbolic links by path (target as written) */
const FILES: Record<string, string> = {
  'f.yaml': 'top',
  'real/compose.yaml': 'services: {}\n',
  'real/sub/deep.yaml': 'deep',
  'other/x.yaml': 'x',
  'plain/a/b/c.yaml': 'abc',
};
function links(out: string): Record<string, string> {
  return {
    // inside: a directory, a directory through a chain, a file through a chain, a nested directory link
    app: 'real',
    'plain/a/up': '../../real',
    d1: 'd2',
    d2: 'real',
    l1: 'l2',
    l2: 'l3',
    l3: 'real/compose.yaml',
    'real/sub/side': '../../other',
    'real/sub/abs': path.join(repo, 'other'),
    top: '.',
    // outside: a middle directory (absolute and relative), a file, a chain that ends outside
    ext: out,
    'plain/rel-ext': '../../out',
    'plain/a/outfile': path.join(out, 'secret.yaml'),
    c1: 'c2',
    c2: path.join(out, 'secret.yaml'),
    deploy: path.join(out, 'd'),
    // a directory inside that links out again
    'real/back': '../ext',
    // nowhere: dangling and loops, at the end and in the middle
    gone: 'nowhere',
    'plain/a/gone2': '../missing/dir',
    L: 'M',
    M: 'L',
    self: 'self',
    // a link to a file used as a directory
    fl: 'f.yaml',
  };
}

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-reader-links-'));
  repo = path.join(base, 'repo');
  const out = path.join(base, 'out');
  fs.mkdirSync(path.join(out, 'd'), { recursive: true });
  fs.writeFileSync(path.join(out, 'secret.yaml'), 'OUTSIDE');
  fs.writeFileSync(path.join(out, 'd', 'daemon.json'), '{}');
  fs.mkdirSync(path.join(out, 'app'));
  fs.writeFileSync(path.join(out, 'app', 'compose.yaml'), 'OUTSIDE');
  for (const [rel, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    fs.writeFileSync(path.join(repo, rel), text);
  }
  for (const [rel, target] of Object.entries(links(out))) {
    fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    fs.symlinkSync(target, path.join(repo, rel));
  }
  linkedRoot = path.join(base, 'repo-link');
  fs.symlinkSync(repo, linkedRoot);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** what read() gives: the text, or the ConfigError's message */
function read(reader: FsReader, rel: string): string {
  try {
    return 'text: ' + reader.read(rel);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    expect(e.pos?.file).toBe(rel);
    return e.message;
  }
}

/** fresh readers, and ones that listed every directory first (the walk then uses the listings) */
function readers(root: string): FsReader[] {
  const listed = new FsReader(root);
  for (const d of ['.', 'real', 'real/sub', 'plain', 'plain/a', 'plain/a/b', 'app', 'd1', 'other']) listed.list(d);
  return [new FsReader(root), listed];
}

describe('FsReader: symbolic links on the way to a file', () => {
  it('follows links inside the repository: a directory, a chain of directories, a chain to a file, nested links', () => {
    for (const root of [repo, linkedRoot]) {
      for (const r of readers(root)) {
        expect(read(r, 'app/compose.yaml')).toBe('text: services: {}\n');
        expect(read(r, 'd1/compose.yaml')).toBe('text: services: {}\n');
        expect(read(r, 'd1/sub/deep.yaml')).toBe('text: deep');
        expect(read(r, 'l1')).toBe('text: services: {}\n');
        expect(read(r, 'plain/a/up/sub/deep.yaml')).toBe('text: deep');
        expect(read(r, 'app/sub/side/x.yaml')).toBe('text: x');
        expect(read(r, 'd1/sub/abs/x.yaml')).toBe('text: x');
        expect(read(r, 'top/top/real/compose.yaml')).toBe('text: services: {}\n');
        expect(r.size('d1/sub/deep.yaml')).toBe(4);
        expect(r.size('l1')).toBe(FILES['real/compose.yaml'].length);
      }
    }
  });

  it('refuses a link to outside in a middle directory, absolute or relative, without saying where it leads', () => {
    for (const r of readers(repo)) {
      for (const rel of ['ext/app/compose.yaml', 'plain/rel-ext/secret.yaml', 'app/back/secret.yaml', 'ext/nope.yaml']) {
        expect(read(r, rel)).toBe(outside(rel));
      }
      expect(() => r.size('ext/secret.yaml')).toThrow(outside('ext/secret.yaml'));
      // the directory itself: refused by every question, listing included
      expect(() => r.size('ext')).toThrow(outside('ext'));
      expect(() => r.exists('ext')).toThrow(outside('ext'));
      expect(() => r.isDir('ext')).toThrow(outside('ext'));
      expect(() => r.list('ext')).toThrow(outside('ext'));
    }
  });

  it('refuses a file whose parent directory links outside (daemon.json under a linked deploy/)', () => {
    for (const r of readers(repo)) expect(read(r, 'deploy/daemon.json')).toBe(outside('deploy/daemon.json'));
  });

  it('refuses a link to a file outside, directly or at the end of a chain', () => {
    for (const r of readers(repo)) {
      expect(read(r, 'plain/a/outfile')).toBe(outside('plain/a/outfile'));
      expect(read(r, 'c1')).toBe(outside('c1'));
    }
  });

  it('lists a link that leads outside as a file (refused when read), without looking at what it names', () => {
    const r = new FsReader(repo);
    const kinds = Object.fromEntries(r.list('.').map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({ ext: 'file', deploy: 'file', c1: 'file', app: 'other', d1: 'other', l1: 'file', real: 'dir' });
  });

  it('never asks the file system about a path outside the repository', () => {
    const seen: string[] = [];
    const spied = ['lstatSync', 'statSync', 'readdirSync', 'realpathSync', 'readlinkSync', 'openSync', 'existsSync', 'accessSync'] as const;
    const target = fsModule as unknown as Record<string, unknown>;
    const saved = spied.map((n) => [n, target[n]] as const);
    const r = new FsReader(repo);
    const realRepo = fs.realpathSync(repo);
    try {
      for (const n of spied) {
        const orig = target[n] as (...a: unknown[]) => unknown;
        const spy = (p: unknown, ...rest: unknown[]) => {
          if (typeof p === 'string') seen.push(p);
          return orig(p, ...rest);
        };
        if (n === 'realpathSync')
          Object.assign(spy, {
            native: (p: unknown) => (seen.push(String(p)), (orig as unknown as { native: (p: unknown) => unknown }).native(p)),
          });
        target[n] = spy;
      }
      syncBuiltinESMExports();
      for (const rel of [
        'ext/app/compose.yaml',
        'ext',
        'deploy/daemon.json',
        'plain/rel-ext/secret.yaml',
        'app/back/secret.yaml',
        'c1',
        'plain/a/outfile',
      ]) {
        for (const ask of [() => r.read(rel), () => r.isDir(rel), () => r.list(rel)]) {
          try {
            ask();
          } catch {
            // a refusal is an answer too: only the paths the file system was asked about matter here
          }
        }
      }
      r.list('.');
    } finally {
      for (const [n, f] of saved) target[n] = f;
      syncBuiltinESMExports();
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((p) => p !== realRepo && !p.startsWith(realRepo + path.sep))).toEqual([]);
  });

  it('a dangling link or a loop: named when it is the file, "file not found" when it is a directory on the way (as realpath(3) says)', () => {
    for (const r of readers(repo)) {
      expect(read(r, 'gone')).toBe('path "gone" is a symbolic link to "nowhere", which does not exist');
      expect(read(r, 'self')).toBe('path "self" is a symbolic link to "self", which leads back to itself (a loop of links)');
      expect(read(r, 'L')).toBe('path "L" is a symbolic link to "M", which leads back to itself (a loop of links)');
      expect(read(r, 'gone/compose.yaml')).toBe('file not found');
      expect(read(r, 'plain/a/gone2/x.yaml')).toBe('file not found');
      expect(read(r, 'L/compose.yaml')).toBe('file not found');
      expect(read(r, 'self/x/y')).toBe('file not found');
      expect(r.size('gone/compose.yaml')).toBe(-1);
      expect(r.size('L/x')).toBe(-1);
    }
  });

  it('a missing plain path, or one under a file, is missing ("file not found", size -1)', () => {
    for (const r of readers(repo)) {
      for (const rel of ['nope.yaml', 'real/nope.yaml', 'nodir/x/y.yaml', 'f.yaml/x', 'fl/x', 'app/nope.yaml', 'real/compose.yaml/']) {
        expect(read(r, rel), rel).toBe('file not found');
        expect(r.size(rel), rel).toBe(-1);
      }
      expect(read(r, 'real')).toBe('not a regular file');
      expect(read(r, 'app')).toBe('not a regular file');
    }
  });

  it('answers the same whatever was asked before (the real paths of directories are shared)', () => {
    const r = new FsReader(repo);
    const asked = [
      'real/compose.yaml',
      'app/compose.yaml',
      'app/back/secret.yaml',
      'real/back/secret.yaml',
      'd1/sub/deep.yaml',
      'gone/x',
      'app/compose.yaml',
      'ext/secret.yaml',
      'top/ext/secret.yaml',
    ];
    const first = asked.map((rel) => read(r, rel));
    const again = [...asked]
      .reverse()
      .map((rel) => read(r, rel))
      .reverse();
    expect(again).toEqual(first);
    expect(first).toEqual(asked.map((rel) => read(new FsReader(repo), rel)));
  });

  it('answers as realpath(3) of the whole path does (refusing a link out on the way), for every path of up to three names', () => {
    const names = [
      'real',
      'app',
      'd1',
      'l1',
      'ext',
      'deploy',
      'gone',
      'L',
      'self',
      'fl',
      'top',
      'plain',
      'a',
      'sub',
      'compose.yaml',
      'back',
      'secret.yaml',
      'x.yaml',
    ];
    const paths: string[] = [];
    for (const a of names) {
      paths.push(a);
      for (const b of names) {
        paths.push(`${a}/${b}`);
        for (const c of names) paths.push(`${a}/${b}/${c}`);
      }
    }
    for (const root of [repo, linkedRoot]) {
      const want = new Map(paths.map((rel) => [rel, byRealpath(root, rel)]));
      for (const r of readers(root)) {
        const wrong = paths.filter((rel) => read(r, rel) !== want.get(rel));
        expect(wrong.map((rel) => `${rel}: ${read(r, rel)} / ${want.get(rel)}`)).toEqual([]);
      }
    }
  });
});

describe('FsReader.exists and isDir', () => {
  it('answer as stat(2) does (refusing a link out on the way) for every path of up to three names, however the directories were listed or asked before', () => {
    const names = [
      'real',
      'app',
      'd1',
      'l1',
      'ext',
      'gone',
      'self',
      'fl',
      'top',
      'plain',
      'a',
      'sub',
      'compose.yaml',
      'COMPOSE.yaml',
      'secret.yaml',
      'x.yaml',
    ];
    const paths: string[] = [];
    for (const a of names) {
      paths.push(a);
      for (const b of names) {
        paths.push(`${a}/${b}`);
        for (const c of names) paths.push(`${a}/${b}/${c}`);
      }
    }
    const truth = (root: string, rel: string) => {
      if (leadsOut(root, rel)) return 'refused';
      try {
        const st = fs.statSync(path.join(root, rel));
        return st.isDirectory() ? 'dir' : 'exists';
      } catch {
        return 'missing';
      }
    };
    const answer = (r: FsReader, rel: string) => {
      try {
        return r.isDir(rel) ? 'dir' : r.exists(rel) ? 'exists' : 'missing';
      } catch (e) {
        expect((e as Error).message).toBe(outside(rel));
        return 'refused';
      }
    };
    for (const root of [repo, linkedRoot]) {
      // fresh, after listing every directory, and after asking everything once (the second question
      // about a directory's entries lists it)
      const askedTwice = new FsReader(root);
      for (const rel of paths) answer(askedTwice, rel);
      for (const r of [...readers(root), askedTwice]) {
        const wrong = paths.filter((rel) => answer(r, rel) !== truth(root, rel));
        expect(wrong.map((rel) => `${rel}: ${answer(r, rel)} / ${truth(root, rel)}`)).toEqual([]);
      }
    }
  });
});

describe('FsReader.read', () => {
  it('reads a file in one go, whatever its size, decoding UTF-8 as readFileSync does', () => {
    const dir = path.join(base, 'texts');
    fs.mkdirSync(dir);
    const bytes = [
      Buffer.alloc(0),
      Buffer.from('a'),
      Buffer.from('é'.repeat(5000)),
      Buffer.from([0x61, 0xff, 0xc3, 0xed, 0xa0, 0x80, 0xe2, 0x82]),
      Buffer.alloc(70_000, 0x62),
      Buffer.from('\ufeffbom'),
    ];
    bytes.forEach((b, i) => fs.writeFileSync(path.join(dir, `${i}.txt`), b));
    const r = new FsReader(dir);
    bytes.forEach((b, i) => expect(r.read(`${i}.txt`)).toBe(fs.readFileSync(path.join(dir, `${i}.txt`), 'utf8')));
  });

  it('sees a file that grew or shrank after stat', () => {
    const dir = path.join(base, 'changing');
    fs.mkdirSync(dir);
    const r = new FsReader(dir);
    fs.writeFileSync(path.join(dir, 'grows'), 'short');
    fs.writeFileSync(path.join(dir, 'shrinks'), 'a much longer text');
    expect(r.size('grows')).toBe(5);
    expect(r.size('shrinks')).toBe(18);
    fs.writeFileSync(path.join(dir, 'grows'), 'x'.repeat(20_000));
    fs.writeFileSync(path.join(dir, 'shrinks'), 'short');
    expect(r.read('grows')).toBe('x'.repeat(20_000));
    expect(r.read('shrinks')).toBe('short');
  });

  it('refuses a file over the limit before reading, and a FIFO without opening it', () => {
    const dir = path.join(base, 'special');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'big'), '');
    fs.truncateSync(path.join(dir, 'big'), MAX_FILE_BYTES + 1);
    const r = new FsReader(dir);
    expect(read(r, 'big')).toBe(
      `file is ${((MAX_FILE_BYTES + 1) / 1048576).toFixed(1)} MiB, larger than the ${MAX_FILE_BYTES / 1048576} MiB limit`,
    );
    if (spawnSync('mkfifo', [path.join(dir, 'fifo')]).status === 0) expect(read(r, 'fifo')).toBe('not a regular file');
  });
});

/** the message for a path that leads outside the repository through a link */
function outside(rel: string): string {
  return `path "${rel}" points outside the repository through a symbolic link; links are followed only inside the repository`;
}

/** true when some leading part of the path resolves (realpath(3)) outside the repository */
function leadsOut(root: string, rel: string): boolean {
  const realRoot = fs.realpathSync.native(root);
  const names = rel.split('/');
  for (let i = 1; i <= names.length; i++) {
    let real: string;
    try {
      real = fs.realpathSync.native(path.join(path.resolve(root), ...names.slice(0, i)));
    } catch {
      return false;
    }
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return true;
  }
  return false;
}

/**
 * The definition the reader must agree with: refused when a link on the way leads outside the
 * repository; else realpath(3) of the whole path; when it fails, a link at the end is named (dangling or
 * a loop), anything else is simply missing.
 */
function byRealpath(root: string, rel: string): string {
  if (leavesRoot(rel)) return `path "${rel}" leaves the repository`;
  if (leadsOut(root, rel)) return outside(rel);
  const abs = path.join(path.resolve(root), rel);
  const target = (() => {
    try {
      return fs.readlinkSync(abs);
    } catch {
      return undefined;
    }
  })();
  let real: string;
  try {
    real = fs.realpathSync.native(abs);
  } catch (e) {
    if (target === undefined) return 'file not found';
    const why = (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'which leads back to itself (a loop of links)' : 'which does not exist';
    return `path "${rel}" is a symbolic link to "${target}", ${why}`;
  }
  const st = fs.statSync(real);
  if (!st.isFile()) return 'not a regular file';
  return 'text: ' + fs.readFileSync(real, 'utf8');
}
