import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION, INPUT_DEFAULTS, parseInputs, type InputName } from '../../src/action/inputs.js';
import { allowedEnvironment } from '../../src/args.js';
import { ConfigError } from '../../src/errors.js';
import { REPO } from './run-action.js';

const actionYml = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8'));

describe('action.yml', () => {
  it('runs dist/index.js on node24 and has branding', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(actionYml.branding.icon).toBeTruthy();
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(actionYml.branding.color);
    expect(actionYml.name).toBe('subnet-guard');
    expect(actionYml.description.length).toBeGreaterThan(20);
  });

  it('declares exactly the inputs of the constant object, each with a description and the same default', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(Object.values(ACTION.inputs).sort());
    for (const [name, spec] of Object.entries<{ description: string; default: unknown; required?: boolean }>(actionYml.inputs)) {
      expect(spec.description, name).toMatch(/\S{3}/);
      expect(String(spec.default), name).toBe(INPUT_DEFAULTS[name as InputName]);
      expect(spec.required ?? false, name).toBe(false);
    }
  });

  it('declares exactly the outputs of the constant object, each with a description', () => {
    expect(Object.keys(actionYml.outputs).sort()).toEqual(Object.values(ACTION.outputs).sort());
    for (const [name, spec] of Object.entries<{ description: string }>(actionYml.outputs)) expect(spec.description, name).toMatch(/\S{3}/);
  });

  it('spells input and output names only in src/action/inputs.ts', () => {
    const names = [...Object.values(ACTION.inputs), ...Object.values(ACTION.outputs)].filter((n) => n.includes('-'));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith(path.join('action', 'inputs.ts')) && !p.endsWith('args.ts') && !p.endsWith('cli.ts')) {
          const src = fs.readFileSync(p, 'utf8');
          for (const n of names) if (src.includes(`'${n}'`) || src.includes(`"${n}"`)) offenders.push(`${path.relative(REPO, p)}: ${n}`);
        }
      }
    };
    walk(path.join(REPO, 'src', 'action'));
    for (const f of ['main.ts', 'index.ts']) {
      const src = fs.readFileSync(path.join(REPO, 'src', f), 'utf8');
      for (const n of names) if (src.includes(`'${n}'`) || src.includes(`"${n}"`)) offenders.push(`src/${f}: ${n}`);
    }
    expect(offenders).toEqual([]);
  });
});

function getter(values: Partial<Record<InputName, string>>): (n: InputName) => string {
  return (n) => values[n] ?? INPUT_DEFAULTS[n];
}

function errorOf(values: Partial<Record<InputName, string>>): string {
  try {
    parseInputs(getter(values));
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('inputs', () => {
  it('parses the defaults', () => {
    expect(parseInputs(getter({}))).toEqual({
      workingDirectory: '.',
      composeFiles: undefined,
      daemonJson: undefined,
      inventory: undefined,
      engine: undefined,
      cycles: undefined,
      failOn: 'error',
      annotations: true,
      summary: true,
      sarifFile: undefined,
      jsonFile: undefined,
      badgeFile: undefined,
      formatFiles: [],
      onlyNew: false,
      comment: false,
      githubToken: '${{ github.token }}',
      env: [],
    });
  });

  it('reads format-files as FORMAT=FILE lines and names the input when one is wrong', () => {
    const i = parseInputs(
      getter({ 'format-files': 'junit=reports/sg.xml\n\n# GitLab\r\nGITLAB = gl-code-quality-report.json\ncheckstyle=/tmp/cs.xml\n' }),
    );
    expect(i.formatFiles).toEqual([
      { format: 'junit', file: 'reports/sg.xml' },
      { format: 'gitlab', file: 'gl-code-quality-report.json' },
      { format: 'checkstyle', file: '/tmp/cs.xml' },
    ]);
    expect(() => parseInputs(getter({ 'format-files': 'junitxml=a.xml' }))).toThrow(
      /input "format-files".*unknown format "junitxml"; formats: text, json, sarif, junit, gitlab, checkstyle/,
    );
    expect(() => parseInputs(getter({ 'format-files': 'junit' }))).toThrow(/input "format-files".*expected FORMAT=FILE/);
    expect(() => parseInputs(getter({ 'format-files': 'junit=' }))).toThrow(/input "format-files".*no file name/);
    expect(() => parseInputs(getter({ 'format-files': 'junit=out/' }))).toThrow(/input "format-files".*names a directory/);
    expect(() => parseInputs(getter({ 'format-files': 'sarif=r.sarif', 'sarif-file': 'r.sarif' }))).toThrow(
      /input "format-files".*input "sarif-file" already writes r\.sarif/,
    );
  });

  it('reads multiline globs, skipping blanks and comments, keeping exclusions', () => {
    const i = parseInputs(getter({ 'compose-files': 'apps/**/compose.yaml\n\n# legacy\n!apps/old/**\r\n./infra/compose.yml\n' }));
    expect(i.composeFiles).toEqual(['apps/**/compose.yaml', '!apps/old/**', 'infra/compose.yml']);
  });

  it('accepts the YAML 1.2 booleans and cycles like 1e9 or 1_000', () => {
    expect(parseInputs(getter({ annotations: 'False', summary: 'TRUE', cycles: '1e9' }))).toMatchObject({
      annotations: false,
      summary: true,
      cycles: 1e9,
    });
    expect(parseInputs(getter({ cycles: '1_000' })).cycles).toBe(1000);
  });

  it('names the input in every error', () => {
    expect(errorOf({ cycles: '-3' })).toMatch(/^input "cycles" must be a whole number/);
    expect(errorOf({ 'fail-on': 'fatal' })).toBe('input "fail-on" must be one of error, warning, never, got "fatal"');
    expect(errorOf({ comment: 'on' })).toBe('input "comment" must be true or false, got "on"');
    expect(errorOf({ 'daemon-json': '/etc/docker/daemon.json' })).toMatch(
      /^input "daemon-json": .* must be a path relative to working-directory/,
    );
    expect(errorOf({ 'working-directory': '../elsewhere' })).toMatch(/^input "working-directory": .* leaves the working directory/);
    expect(errorOf({ 'compose-files': 'a.yaml\n../../b.yaml' })).toMatch(/^input "compose-files": "..\/..\/b.yaml" leaves/);
    expect(errorOf({ engine: 'v-next' })).toMatch(/^input "engine": "v-next" is not a Docker Engine version/);
    expect(errorOf({ comment: 'true', 'github-token': '' })).toBe('input "comment" is true but "github-token" is empty');
    expect(errorOf({ 'sarif-file': 'out/' })).toMatch(/^input "sarif-file": "out\/" names a directory/);
  });

  it('keeps output files relative to the workspace or absolute', () => {
    expect(parseInputs(getter({ 'sarif-file': '/tmp/r.sarif', 'badge-file': 'badges/s.svg' }))).toMatchObject({
      sarifFile: '/tmp/r.sarif',
      badgeFile: 'badges/s.svg',
    });
  });

  it('reads the env input as variable names, one per line, and refuses a value or a bad name', () => {
    expect(parseInputs(getter({})).env).toEqual([]);
    expect(parseInputs(getter({ env: '  APP_SUBNET\n# a comment\n\nMTU_1\nAPP_SUBNET\n' })).env).toEqual(['APP_SUBNET', 'MTU_1']);
    expect(errorOf({ env: 'APP_SUBNET=10.0.0.0/24' })).toMatch(/^input "env": "APP_SUBNET=10.0.0.0\/24" is not a variable name/);
    expect(errorOf({ env: '1ST' })).toMatch(/^input "env": "1ST" is not a variable name/);
  });

  it("hands compose interpolation only the variables named, never tokens, secrets or the runner's", () => {
    const processEnv = {
      APP_SUBNET: '10.9.0.0/24',
      ACTIONS_RUNTIME_TOKEN: 'x',
      GITHUB_TOKEN: 'x',
      'INPUT_GITHUB-TOKEN': 'x',
      DATABASE_URL: 'postgres://u:p@db/x',
      GH_PAT: 'ghp_x',
      DB_PASS: 'x',
      SLACK_WEBHOOK_URL: 'https://hooks.slack.com/x',
      SENTRY_DSN: 'https://k@sentry.io/1',
      HOME: '/home/runner',
    };
    expect(allowedEnvironment(processEnv, [])).toEqual({});
    expect(allowedEnvironment(processEnv, ['APP_SUBNET', 'NOT_SET'])).toEqual({ APP_SUBNET: '10.9.0.0/24' });
    expect(allowedEnvironment(processEnv, parseInputs(getter({ env: 'APP_SUBNET\nHOME' })).env)).toEqual({
      APP_SUBNET: '10.9.0.0/24',
      HOME: '/home/runner',
    });
  });
});

describe("the repository's workflows", () => {
  const dir = path.join(REPO, '.github', 'workflows');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];

  it('exist: tests, a dist/ freshness check, and the action run with uses: ./', () => {
    const all = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect(all).toMatch(/npm run bundle/);
    expect(all).toMatch(/\.ci\/run/);
    expect(all).toMatch(/uses: \.\//);
  });

  it('pass only declared inputs to uses: ./ and read only declared outputs', () => {
    for (const f of files) {
      const wf = parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      for (const job of Object.values<{ steps?: { id?: string; uses?: string; with?: Record<string, unknown> }[] }>(wf.jobs)) {
        const ours = new Set((job.steps ?? []).filter((s) => s.uses === './').map((s) => s.id));
        for (const step of job.steps ?? []) {
          if (step.uses !== './') continue;
          for (const k of Object.keys(step.with ?? {})) expect(Object.values(ACTION.inputs), `${f}: input ${k}`).toContain(k);
        }
        const text = JSON.stringify(job);
        for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          if (ours.has(m[1])) expect(Object.values(ACTION.outputs), `${f}: output ${m[2]}`).toContain(m[2]);
        }
      }
    }
  });
});
