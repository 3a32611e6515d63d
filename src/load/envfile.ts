// `.env` / `--env-file` files as Compose v2 reads them (compose-go's dotenv parser):
//   KEY=value, export KEY=value, KEY: value, 'single' (literal), "double" (escapes \n \r, variables),
//   unquoted values end at " #" (inline comment) and are trimmed, a bare KEY copies it from the
//   environment; values may use ${VAR} forms, resolved against the process environment first and
//   then the keys defined earlier in the same file. The process environment always wins.
import { ConfigError } from '../errors.js';
import { budgetOf, type LoadBudget } from './budget.js';
import { InterpolationError, substitute, type Lookup } from './interpolate.js';
import type { Reader } from './reader.js';

export interface EnvEntry {
  value: string;
  file: string;
  line: number;
}

export type EnvWithOrigin = Map<string, EnvEntry>;

/** Largest env file read (bytes); Compose has no limit, a CI gate needs one. */
export const MAX_ENV_BYTES = 8 * 1024 * 1024;

const KEY_CHAR = /[\p{L}\p{N}_.\-[\]]/u;
const SPACE = new Set(['\t', '\v', '\f', '\r', ' ', '\u0085', '\u00a0']);

/**
 * Parses one env file. `processEnv` wins over values in the file (as in Compose) and is also what
 * `${VAR}` inside the file sees first. Throws ConfigError naming the line.
 */
export function parseEnvFile(text: string, file: string, processEnv: Lookup, into: EnvWithOrigin = new Map()): EnvWithOrigin {
  // earlier keys of this file and of earlier env files are visible to later values
  const lookup: Lookup = (k) => processEnv(k) ?? into.get(k)?.value;
  let i = 0;
  let line = 1;
  const n = text.length;
  const fail = (msg: string, at = line): never => {
    throw new ConfigError(msg, { file, line: at });
  };
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (text.charCodeAt(k) === 10) line++;
    i = to;
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    // skip blank space and comment lines
    const c = text[i];
    if (c === '\n' || SPACE.has(c)) {
      advance(i + 1);
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      advance(nl < 0 ? n : nl);
      continue;
    }
    const startLine = line;
    let j = i;
    if (text.startsWith('export', j) && (SPACE.has(text[j + 6]) || text[j + 6] === undefined)) {
      j += 6;
      while (j < n && SPACE.has(text[j])) j++;
    }
    const keyStart = j;
    let sep = '';
    while (j < n) {
      const ch = text[j];
      if (ch === '=' || ch === ':' || ch === '\n') {
        sep = ch;
        break;
      }
      if (!SPACE.has(ch) && !KEY_CHAR.test(ch)) {
        const lineText = text.slice(keyStart, text.indexOf('\n', keyStart) < 0 ? n : text.indexOf('\n', keyStart));
        fail(`unexpected character ${JSON.stringify(ch)} in variable name near ${JSON.stringify(lineText)}`);
      }
      j++;
    }
    const key = text.slice(keyStart, j).trim();
    if (/\s/.test(key)) fail('key cannot contain a space');
    if (key === '') fail('missing variable name before "="');
    if (sep === '' || sep === '\n') {
      // a bare KEY: inherited from the environment when it is set there
      const v = processEnv(key);
      if (v !== undefined) {
        into.set(key, { value: v, file, line: startLine });
      }
      advance(sep === '' ? n : j + 1);
      continue;
    }
    j++; // past = or :
    while (j < n && SPACE.has(text[j])) j++;
    let raw: string;
    let quote = '';
    if (text[j] === '"' || text[j] === "'") {
      quote = text[j];
      let k = j + 1;
      for (; k < n; k++) if (text[k] === quote && text[k - 1] !== '\\') break;
      if (k >= n) {
        const nl = text.indexOf('\n', j);
        fail(`unterminated quoted value ${text.slice(j, nl < 0 ? n : nl)}`);
      }
      raw = text.slice(j + 1, k);
      j = k + 1;
      // rest of the line after the closing quote is ignored
      const nl = text.indexOf('\n', j);
      j = nl < 0 ? n : nl;
    } else {
      const nl = text.indexOf('\n', j);
      const end = nl < 0 ? n : nl;
      raw = text.slice(j, end);
      const hash = raw.indexOf(' #');
      if (hash >= 0) raw = raw.slice(0, hash);
      // trimEnd, not /\s+$/: the regular expression retries from every space of a long run that a
      // character other than a space ends (`A=x` + 100,000 spaces + `y` took 21 s)
      raw = raw.trimEnd();
      j = end;
    }
    let value: string;
    if (quote === "'") {
      value = raw;
    } else {
      const pre = quote === '"' ? unescapeDouble(raw) : raw;
      try {
        value = substitute(pre, lookup).value;
      } catch (e) {
        if (e instanceof InterpolationError) fail(`${e.message} (in the value of ${key})`, startLine);
        throw e;
      }
    }
    const fromEnv = processEnv(key);
    if (fromEnv !== undefined) value = fromEnv;
    into.set(key, { value, file, line: startLine });
    advance(j);
  }
  return into;
}

function unescapeDouble(s: string): string {
  return s.replace(/\\(.)/gs, (m, c: string) => {
    if (c === 'n') return '\n';
    if (c === 'r') return '\r';
    if (c === '$') return m;
    return c;
  });
}

/**
 * Reads env files in order (later files win over earlier ones; the process environment wins over
 * all). Missing files are a ConfigError.
 */
export function readEnvFiles(reader: Reader, files: string[], processEnv: Record<string, string>, budget?: LoadBudget): EnvWithOrigin {
  const spend = budgetOf(budget);
  const out: EnvWithOrigin = new Map();
  const lookup: Lookup = (k) => (Object.prototype.hasOwnProperty.call(processEnv, k) ? processEnv[k] : undefined);
  for (const f of files) {
    const size = reader.size(f);
    if (size < 0 || !reader.exists(f) || reader.isDir(f)) throw new ConfigError('env file not found', { file: f });
    if (size > MAX_ENV_BYTES) {
      throw new ConfigError(`env file is ${(size / 1048576).toFixed(1)} MiB, larger than the ${MAX_ENV_BYTES / 1048576} MiB limit`, {
        file: f,
      });
    }
    spend.spend('bytes', size, { file: f, line: 1 }, `reading ${f}`);
    parseEnvFile(reader.read(f), f, lookup, out);
  }
  return out;
}
