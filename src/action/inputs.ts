// The action's interface: input and output names as one constant object (nothing else spells them),
// the defaults action.yml declares, and the parsing of inputs into typed options. A bad value is a
// ConfigError that names the input. Pure: main.ts hands in a getter over @actions/core.
import * as path from 'node:path';
import { envNames, parseCount, parseOutputFormat, type OutputFormat } from '../args.js';
import { ConfigError } from '../errors.js';
import { parseEngineVersion } from '../engine/versions.js';
import type { FailOn } from '../report/order.js';

export const ACTION = {
  inputs: {
    workingDirectory: 'working-directory',
    composeFiles: 'compose-files',
    daemonJson: 'daemon-json',
    inventory: 'inventory',
    engine: 'engine',
    cycles: 'cycles',
    failOn: 'fail-on',
    annotations: 'annotations',
    summary: 'summary',
    sarifFile: 'sarif-file',
    jsonFile: 'json-file',
    comment: 'comment',
    githubToken: 'github-token',
    badgeFile: 'badge-file',
    env: 'env',
    formatFiles: 'format-files',
    onlyNew: 'only-new',
  },
  outputs: {
    outcome: 'outcome',
    errors: 'errors',
    warnings: 'warnings',
    firstCollisionCycle: 'first-collision-cycle',
    sarifFile: 'sarif-file',
    jsonFile: 'json-file',
    badgeFile: 'badge-file',
  },
} as const;

export type InputName = (typeof ACTION.inputs)[keyof typeof ACTION.inputs];
export type OutputName = (typeof ACTION.outputs)[keyof typeof ACTION.outputs];

/** the defaults action.yml declares (a test keeps them equal); '' means "not set" */
export const INPUT_DEFAULTS: Record<InputName, string> = {
  'working-directory': '.',
  'compose-files': '',
  'daemon-json': '',
  inventory: '',
  engine: '',
  cycles: '',
  'fail-on': 'error',
  annotations: 'true',
  summary: 'true',
  'sarif-file': '',
  'json-file': '',
  comment: 'false',
  'github-token': '${{ github.token }}',
  'badge-file': '',
  env: '',
  'format-files': '',
  'only-new': 'false',
};

export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

export interface ActionInputs {
  /** the directory checked, relative to the workspace, forward slashes ("." for the workspace) */
  workingDirectory: string;
  /** compose file globs (relative to working-directory) replacing discovery */
  composeFiles?: string[];
  daemonJson?: string;
  inventory?: string;
  engine?: string;
  cycles?: number;
  failOn: FailOn;
  annotations: boolean;
  summary: boolean;
  /** output files: relative to the workspace, or absolute (e.g. under runner.temp) */
  sarifFile?: string;
  jsonFile?: string;
  badgeFile?: string;
  /** format-files: more reports, one FORMAT=FILE a line (files relative to the workspace, or absolute) */
  formatFiles: OutputFormat[];
  /** on a pull request, fail only on findings its base commit does not have */
  onlyNew: boolean;
  comment: boolean;
  githubToken: string;
  /** the process variables compose interpolation may read; no other is read */
  env: string[];
}

export type InputGetter = (name: InputName) => string;

function bool(get: InputGetter, name: InputName): boolean {
  const raw = get(name).trim();
  const v = raw === '' ? INPUT_DEFAULTS[name] : raw;
  // the YAML 1.2 core schema booleans, as core.getBooleanInput accepts them
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError(`input "${name}" must be true or false, got "${raw}"`);
}

/** a path the check reads: relative, inside the working directory */
function inPath(get: InputGetter, name: InputName, value?: string): string | undefined {
  const raw = (value ?? get(name)).trim();
  if (raw === '') return undefined;
  if (raw.includes('\0')) throw new ConfigError(`input "${name}" contains a NUL character`);
  const p = raw.replace(/\\/g, '/');
  if (path.posix.isAbsolute(p) || /^[A-Za-z]:\//.test(p)) {
    throw new ConfigError(`input "${name}": "${raw}" must be a path relative to working-directory, not an absolute one`);
  }
  const n = path.posix.normalize(p);
  if (n === '..' || n.startsWith('../')) throw new ConfigError(`input "${name}": "${raw}" leaves the working directory`);
  return n.replace(/\/$/, '') || '.';
}

/** a path the action writes: relative to the workspace or absolute */
function outPath(get: InputGetter, name: InputName): string | undefined {
  const raw = get(name).trim();
  if (raw === '') return undefined;
  if (raw.includes('\0')) throw new ConfigError(`input "${name}" contains a NUL character`);
  if (/[\\/]$/.test(raw)) throw new ConfigError(`input "${name}": "${raw}" names a directory; give a file name`);
  return raw;
}

/** format-files: one FORMAT=FILE a line (blank lines and # comments skipped) */
function parseFormatFiles(get: InputGetter): OutputFormat[] {
  const name = ACTION.inputs.formatFiles;
  return get(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const o = parseOutputFormat(l, `input "${name}":`);
      if (/[\\/]$/.test(o.file)) throw new ConfigError(`input "${name}": ${l}: "${o.file}" names a directory; give a file name`);
      return o;
    });
}

export function parseInputs(get: InputGetter): ActionInputs {
  const wd = inPath(get, ACTION.inputs.workingDirectory) ?? '.';

  const composeFiles = get(ACTION.inputs.composeFiles)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negated = l.startsWith('!');
      const p = inPath(get, ACTION.inputs.composeFiles, negated ? l.slice(1) : l)!;
      return negated ? `!${p}` : p;
    });

  const engineRaw = get(ACTION.inputs.engine).trim();
  if (engineRaw !== '') {
    try {
      parseEngineVersion(engineRaw);
    } catch (e) {
      throw new ConfigError(`input "${ACTION.inputs.engine}": ${(e as Error).message}`);
    }
  }

  const cyclesRaw = get(ACTION.inputs.cycles).trim();
  const cycles = cyclesRaw === '' ? undefined : parseCount(cyclesRaw, `input "${ACTION.inputs.cycles}"`);

  const failOnRaw = get(ACTION.inputs.failOn).trim() || INPUT_DEFAULTS['fail-on'];
  const failOn = failOnRaw.toLowerCase() as FailOn;
  if (!FAIL_ON_VALUES.includes(failOn)) {
    throw new ConfigError(`input "${ACTION.inputs.failOn}" must be one of ${FAIL_ON_VALUES.join(', ')}, got "${failOnRaw}"`);
  }

  const comment = bool(get, ACTION.inputs.comment);
  const githubToken = get(ACTION.inputs.githubToken).trim();
  if (comment && githubToken === '') {
    throw new ConfigError(`input "${ACTION.inputs.comment}" is true but "${ACTION.inputs.githubToken}" is empty`);
  }

  const formatFiles = parseFormatFiles(get);
  const taken = new Map<string, string>();
  for (const name of [ACTION.inputs.sarifFile, ACTION.inputs.jsonFile, ACTION.inputs.badgeFile] as const) {
    const f = outPath(get, name);
    if (f !== undefined) taken.set(f, `input "${name}"`);
  }
  for (const o of formatFiles) {
    const before = taken.get(o.file);
    if (before !== undefined)
      throw new ConfigError(`input "${ACTION.inputs.formatFiles}": ${o.format}=${o.file}: ${before} already writes ${o.file}`);
    taken.set(o.file, `input "${ACTION.inputs.formatFiles}"`);
  }

  return {
    workingDirectory: wd,
    composeFiles: composeFiles.length ? composeFiles : undefined,
    daemonJson: inPath(get, ACTION.inputs.daemonJson),
    inventory: inPath(get, ACTION.inputs.inventory),
    engine: engineRaw === '' ? undefined : engineRaw,
    cycles,
    failOn,
    annotations: bool(get, ACTION.inputs.annotations),
    summary: bool(get, ACTION.inputs.summary),
    sarifFile: outPath(get, ACTION.inputs.sarifFile),
    jsonFile: outPath(get, ACTION.inputs.jsonFile),
    badgeFile: outPath(get, ACTION.inputs.badgeFile),
    formatFiles,
    onlyNew: bool(get, ACTION.inputs.onlyNew),
    comment,
    githubToken,
    env: envNames(
      get(ACTION.inputs.env)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#')),
      () => `input "${ACTION.inputs.env}"`,
    ),
  };
}
