// The CLI's report formats as a CI job uses them: --format on standard output, --output-format
// FORMAT=FILE (repeatable) next to it, paths relative to where the job runs (the repository root).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkstyleDanger, checkstyleParse, codeQualityErrors, junitParse, xsdErrors } from '../report/format-validate.js';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/subnet-guard.js');
const tmp: string[] = [];

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, SUBNET_GUARD_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-cli-formats-'));
  tmp.push(d);
  return d;
}

afterAll(() => {
  for (const d of tmp) fs.rmSync(d, { recursive: true, force: true });
});

describe('subnet-guard --format and --output-format', () => {
  it('prints JUnit, Code Quality and Checkstyle with paths from the repository root, exit 1 on the peered VPC', async () => {
    const junit = run(['fixtures/aws-peered-vpc', '--format', 'junit']);
    expect(junit.code).toBe(1);
    expect(xsdErrors(junit.stdout, 'junit')).toEqual([]);
    expect(
      junitParse(junit.stdout)
        .flatMap((s) => s.cases)
        .filter((c) => c.result === 'failure')
        .map((c) => c.name),
    ).toEqual(['fixtures/aws-peered-vpc/app/compose.yaml:3:3 (app-1, round-robin)']);

    const gitlab = run(['fixtures/aws-peered-vpc', '--format', 'gitlab']);
    expect(gitlab.code).toBe(1);
    expect(codeQualityErrors(gitlab.stdout)).toEqual([]);
    expect(JSON.parse(gitlab.stdout)[0].location.path).toBe('fixtures/aws-peered-vpc/app/compose.yaml');

    const cs = run(['fixtures/aws-peered-vpc', '--format', 'checkstyle']);
    expect(cs.code).toBe(1);
    expect(xsdErrors(cs.stdout, 'checkstyle')).toEqual([]);
    expect(checkstyleParse(cs.stdout)[0]).toMatchObject({ file: 'fixtures/aws-peered-vpc/app/compose.yaml', line: '3', severity: 'error' });
    expect((await checkstyleDanger(cs.stdout))[0]).toMatchObject({
      kind: 'fail',
      file: 'fixtures/aws-peered-vpc/app/compose.yaml',
      line: 3,
    });
  });

  it('writes several formats at once and still prints the text report', () => {
    const d = tmpDir();
    const r = run([
      'fixtures/rds-192-168',
      '--output-format',
      `junit=${d}/junit.xml`,
      '--output-format',
      `gitlab=${d}/gl-code-quality-report.json`,
      '--output-format',
      `CHECKSTYLE=${d}/checkstyle.xml`,
      '--output-format',
      `sarif=${d}/r.sarif`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error reserved-collision/);
    expect(xsdErrors(fs.readFileSync(`${d}/junit.xml`, 'utf8'), 'junit')).toEqual([]);
    expect(codeQualityErrors(fs.readFileSync(`${d}/gl-code-quality-report.json`, 'utf8'))).toEqual([]);
    expect(xsdErrors(fs.readFileSync(`${d}/checkstyle.xml`, 'utf8'), 'checkstyle')).toEqual([]);
    expect(JSON.parse(fs.readFileSync(`${d}/r.sarif`, 'utf8')).version).toBe('2.1.0');
  });

  it('counts warnings as JUnit failures under --fail-on warning, as the exit status does', () => {
    const d = tmpDir();
    // a pinned subnet inside Docker's pools: a warning (round-robin) and a note (first-fit)
    fs.writeFileSync(
      path.join(d, 'compose.yaml'),
      'services:\n  web:\n    image: nginx\n    networks: [a, b]\nnetworks:\n  a:\n    ipam:\n      config:\n        - subnet: 172.20.0.0/16\n  b: {}\n',
    );
    // reserved ranges declared: without them the run is "not checked" (exit 2), whatever --fail-on says
    fs.writeFileSync(path.join(d, 'network-inventory.yaml'), 'version: 1\nreserved:\n  - cidr: 10.99.0.0/16\n    name: office VPN\n');
    const lenient = run([d, '--format', 'junit', '--fail-on', 'error']);
    const strict = run([d, '--format', 'junit', '--fail-on', 'warning']);
    const failures = (xml: string) =>
      junitParse(xml)
        .flatMap((s) => s.cases)
        .filter((c) => c.result === 'failure').length;
    expect(failures(strict.stdout) > 0).toBe(strict.code === 1);
    expect(failures(lenient.stdout) > 0).toBe(lenient.code === 1);
    expect(strict.code).toBe(1);
    expect(lenient.code).toBe(0);
  });

  it('exits 2 on a malformed or unknown --output-format, and on two reports to one file', () => {
    const bad = run(['fixtures/aws-peered-vpc', '--output-format', 'junit']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--output-format junit: expected FORMAT=FILE/);
    const unknown = run(['fixtures/aws-peered-vpc', '--output-format', 'xunit=a.xml']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown format "xunit"; formats: text, json, sarif, junit, gitlab, checkstyle, markdown, github/);
    const twice = run(['fixtures/aws-peered-vpc', '--output', 'r.xml', '--output-format', 'junit=r.xml']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/--output already writes r\.xml/);
  });

  it('exits 2 naming the flag when a report file cannot be written', () => {
    const d = tmpDir();
    const r = run(['fixtures/aws-peered-vpc', '--output-format', `junit=${d}/missing-dir/j.xml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--output-format junit=.*missing-dir\/j\.xml.*: cannot write the report: the directory .*missing-dir does not exist/,
    );
  });
});
