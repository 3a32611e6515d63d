// Writing the report files (the action's sarif-file, json-file, badge-file and the badge's .json; the
// CLI's --output and --write-baseline). An I/O layer like main.ts and cli.ts, which alone call it.
//
// A pull request controls the workspace: it can commit `subnet-guard.sarif -> /usr/bin/something`, or a
// directory `results -> /home/runner`. So inside the workspace no component of the path may be a
// symbolic link (checked with lstat, never followed), missing directories are made one at a time and
// checked again, and the file itself is written to a new temporary file in the same directory (opened
// O_CREAT|O_EXCL|O_NOFOLLOW) and renamed over the target: rename replaces a link put there meanwhile,
// it never writes through it. A path outside the workspace (e.g. under ${{ runner.temp }}) is the
// workflow author's choice: its directories are not the repository's and are taken as they are, and the
// file is still written by temporary file and rename.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** why a file was not written: `reason` follows the quoted file name ("is a symbolic link …") */
export class OutputFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`"${file}" ${reason}`);
    this.name = 'OutputFileError';
  }
}

interface Target {
  abs: string;
  /** the components below the workspace ([] when the file is outside it) */
  inside: string[];
}

function targetOf(workspace: string, file: string, shown: string): Target {
  if (file.includes('\0')) throw new OutputFileError(shown, 'contains a NUL character');
  const root = path.resolve(workspace);
  const abs = path.resolve(root, file);
  const rel = path.relative(root, abs);
  if (rel === '') throw new OutputFileError(shown, 'is the workspace itself; give a file name');
  const inside = rel.startsWith('..') || path.isAbsolute(rel) ? [] : rel.split(path.sep);
  return { abs, inside };
}

function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw e;
  }
}

function linkRefusal(file: string, component: string, isLast: boolean): OutputFileError {
  return new OutputFileError(
    file,
    isLast
      ? 'is a symbolic link in the workspace; subnet-guard never writes through a link (a pull request could point it at any file on the runner). ' +
          'Remove the link, or write the file outside the workspace (e.g. under ${{ runner.temp }})'
      : `is in "${component}", a symbolic link in the workspace; subnet-guard never writes through a link (a pull request could point it anywhere on the runner). ` +
          'Write the file outside the workspace (e.g. under ${{ runner.temp }})',
  );
}

/**
 * Checks every existing component of the path inside the workspace without following any link, and
 * without creating anything: the refusal a write would meet, before the check runs.
 */
export function checkOutputPath(workspace: string, file: string, shown = file): void {
  const t = targetOf(workspace, file, shown);
  walkInside(workspace, shown, t, false);
  if (t.inside.length === 0) {
    const st = lstat(t.abs);
    if (st?.isDirectory()) throw new OutputFileError(shown, 'is a directory; give a file name');
  }
}

/** lstat of each component below the workspace; makes the missing directories when `make` */
function walkInside(workspace: string, file: string, t: Target, make: boolean): void {
  let at = path.resolve(workspace);
  for (let i = 0; i < t.inside.length; i++) {
    const name = t.inside[i]!;
    const last = i === t.inside.length - 1;
    at = path.join(at, name);
    const shown = t.inside.slice(0, i + 1).join('/');
    let st = lstat(at);
    if (st === undefined) {
      if (last) return;
      if (!make) return; // nothing below a missing directory exists
      try {
        fs.mkdirSync(at);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      st = lstat(at); // whatever is there now is checked like anything else
      if (st === undefined) throw new OutputFileError(file, `is in "${shown}", a directory that could not be made`);
    }
    if (st.isSymbolicLink()) throw linkRefusal(file, shown, last);
    if (last) {
      if (st.isDirectory()) throw new OutputFileError(file, 'is a directory; give a file name');
      if (!st.isFile()) throw new OutputFileError(file, 'exists and is not a regular file');
    } else if (!st.isDirectory()) {
      throw new OutputFileError(file, `is in "${shown}", which is not a directory`);
    }
  }
}

let counter = 0;

/**
 * Writes `content` to `file` (relative to `workspace`, or absolute) as described above; messages name
 * the file as `shown` (the path as the user wrote it).
 */
export function writeOutputFile(workspace: string, file: string, content: string, shown = file): void {
  const t = targetOf(workspace, file, shown);
  try {
    if (t.inside.length > 0) walkInside(workspace, shown, t, true);
    else fs.mkdirSync(path.dirname(t.abs), { recursive: true });
    const st = lstat(t.abs);
    if (st?.isDirectory()) throw new OutputFileError(shown, 'is a directory; give a file name');
    const dir = path.dirname(t.abs);
    const tmp = path.join(dir, `.${path.basename(t.abs)}.${process.pid}.${Date.now().toString(36)}${(counter++).toString(36)}.tmp`);
    const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
    const fd = fs.openSync(tmp, flags, 0o666);
    try {
      try {
        const buf = Buffer.from(content, 'utf8');
        for (let off = 0; off < buf.length;) off += fs.writeSync(fd, buf, off, buf.length - off);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, t.abs);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw e;
    }
  } catch (e) {
    if (e instanceof OutputFileError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new OutputFileError(shown, `could not be written (${err.code ?? err.message})`);
  }
}
