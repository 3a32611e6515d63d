// The CI report formats (JUnit, GitLab Code Quality, Checkstyle): every failing fixture's report, run
// through the whole check, passes what each format's consumers publish and run (Jenkins xUnit's
// junit-10.xsd and junitparser, GitLab's codeclimate.json and documented rules, Checkstyle's report XSD
// and danger-plugin-lint-report; see schemas/README.md); mutated reports are rejected by the same
// files; the reports agree with the exit status; hostile text stays well-formed.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { FsReader } from '../../src/load/reader.js';
import type { Finding, Report } from '../../src/model.js';
import { formatCheckstyle } from '../../src/report/checkstyle.js';
import { formatCodeQuality, formatCodeQualityText } from '../../src/report/gitlab.js';
import { formatJunit } from '../../src/report/junit.js';
import { fails } from '../../src/report/order.js';
import { fixedRuleDoc } from '../../src/report/rule-docs.js';
import { expectGolden } from './golden.js';
import { checkstyleDanger, checkstyleParse, codeQualityErrors, junitParse, xsdErrors } from './format-validate.js';
import { cleanReport, collisionFinding, manyFindingsReport, peeredVpcReport } from './reports.js';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'fixtures');

/** fixture directories holding an inventory at their root */
function fixtureDirs(rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(FIXTURES, rel), { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (fs.existsSync(path.join(FIXTURES, r, 'network-inventory.yaml'))) out.push(r);
    else out.push(...fixtureDirs(r));
  }
  return out.sort();
}

function checkFixture(rel: string): Report {
  return check(new FsReader(path.join(FIXTURES, rel)), { environment: {}, rootName: path.basename(rel), cycles: 1000 }).report;
}

const failing = fixtureDirs()
  .map((rel) => ({ rel, report: checkFixture(rel) }))
  .filter((x) => x.report.findings.some((f) => !f.suppressed && f.severity === 'error'));

/** a message with everything XML and JSON must escape or cannot hold */
const HOSTILE = 'net <a href="x">&amp; \'q\' ]]> \u0001\u0008\u000b\u001f tab\there\nline2 \ud800 lone, \ud83d\ude00 pair, \ufffe';

function hostileReport(): Report {
  const r = peeredVpcReport();
  r.findings = [
    { ...collisionFinding(), message: HOSTILE, file: 'a dir/<compose>&.yaml' },
    { ...collisionFinding(), message: 'suppressed one', suppressed: true, suppressionReason: 'accepted <risk> & "ok"', line: 8 },
    { rule: 'public-range', severity: 'warning', message: 'no file at all' },
  ];
  return r;
}

describe('the CI formats on every failing fixture', () => {
  it('there are failing fixtures to check', () => {
    expect(failing.map((x) => x.rel)).toEqual(expect.arrayContaining(['aws-peered-vpc', 'rds-192-168']));
  });

  for (const { rel, report } of failing) {
    it(`JUnit validates and reads back as failures (${rel})`, () => {
      const xml = formatJunit(report, { pathPrefix: `fixtures/${rel}` });
      expect(xsdErrors(xml, 'junit')).toEqual([]);
      const suites = junitParse(xml);
      const failures = suites.flatMap((s) => s.cases).filter((c) => c.result === 'failure');
      const errors = report.findings.filter((f) => !f.suppressed && f.severity === 'error');
      expect(failures).toHaveLength(errors.length);
      for (const s of suites) expect(s.tests).toBe(s.cases.length);
      for (const s of suites) expect(s.failures).toBe(s.cases.filter((c) => c.result === 'failure').length);
    });

    it(`GitLab Code Quality validates (${rel})`, () => {
      const text = formatCodeQualityText(report, { pathPrefix: `fixtures/${rel}` });
      expect(codeQualityErrors(text)).toEqual([]);
      const issues = JSON.parse(text) as { location: { path: string } }[];
      expect(issues).toHaveLength(report.findings.filter((f) => !f.suppressed).length);
      for (const i of issues) expect(fs.existsSync(path.resolve(FIXTURES, '..', i.location.path)), i.location.path).toBe(true);
    });

    it(`Checkstyle validates and Danger's lint-report plugin posts every finding on a file that exists (${rel})`, async () => {
      const xml = formatCheckstyle(report, { pathPrefix: `fixtures/${rel}` });
      expect(xsdErrors(xml, 'checkstyle')).toEqual([]);
      const open = report.findings.filter((f) => !f.suppressed);
      const posts = await checkstyleDanger(xml);
      expect(posts).toHaveLength(open.length);
      expect(posts.filter((p) => p.kind === 'fail')).toHaveLength(open.filter((f) => f.severity === 'error').length);
      for (const p of posts) {
        expect(fs.existsSync(path.resolve(FIXTURES, '..', p.file)), p.file).toBe(true);
        expect(Number.isInteger(p.line) && p.line >= 1, `${p.file}:${p.line}`).toBe(true);
      }
    });
  }
});

describe('the vendored schemas', () => {
  it('are the published files as copied: every file in schemas/ has the SHA-256 its README gives', () => {
    const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'schemas');
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    const listed = new Map([...readme.matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1]!, m[2]!]));
    const files = fs.readdirSync(dir).filter((f) => f !== 'README.md');
    expect([...listed.keys()].sort()).toEqual(files.sort());
    for (const f of files)
      expect(
        createHash('sha256')
          .update(fs.readFileSync(path.join(dir, f)))
          .digest('hex'),
        f,
      ).toBe(listed.get(f));
  });
});

describe('the published schemas reject mutated reports', () => {
  const failingOne = failing.find((x) => x.rel === 'aws-peered-vpc')!.report;

  it('Jenkins xUnit junit-10.xsd: a testsuite without failures=, an unknown element, a time it cannot read', () => {
    const xml = formatJunit(failingOne, { pathPrefix: 'fixtures/aws-peered-vpc' });
    expect(xsdErrors(xml, 'junit')).toEqual([]);
    const noFailures = xml.replace(/(<testsuite [^>]*?) failures="\d+"/, '$1');
    expect(noFailures).not.toBe(xml);
    expect(xsdErrors(noFailures, 'junit').join('\n')).toMatch(/failures.*required/);
    const unknown = xml.replace('<failure ', '<oops/><failure ');
    expect(xsdErrors(unknown, 'junit').join('\n')).toMatch(/oops/);
    const badTime = xml.replace(/(<testsuite [^>]*?) time="[^"]*"/, '$1 time="1s"');
    expect(badTime).not.toBe(xml);
    expect(xsdErrors(badTime, 'junit').join('\n')).toMatch(/SUREFIRE_TIME|pattern/);
  });

  it("Checkstyle's report XSD: a severity Checkstyle does not have, line 0, an element in the wrong place", () => {
    const xml = formatCheckstyle(failingOne, { pathPrefix: 'fixtures/aws-peered-vpc' });
    expect(xsdErrors(xml, 'checkstyle')).toEqual([]);
    const fatal = xml.replace('severity="error"', 'severity="fatal"');
    expect(fatal).not.toBe(xml);
    expect(xsdErrors(fatal, 'checkstyle').join('\n')).toMatch(/fatal/);
    const lineZero = xml.replace(/line="\d+"/, 'line="0"');
    expect(xsdErrors(lineZero, 'checkstyle').join('\n')).toMatch(/line/);
    const nested = xml.replace('<file ', '<file><file ').replace('</file>', '</file></file>');
    expect(xsdErrors(nested, 'checkstyle')).not.toEqual([]);
  });

  it("GitLab's codeclimate.json: an issue without a fingerprint, a line as a string; the documented rules: severity, path, repeats", () => {
    const text = formatCodeQualityText(failingOne, { pathPrefix: 'fixtures/aws-peered-vpc' });
    expect(codeQualityErrors(text)).toEqual([]);
    const issues = JSON.parse(text) as Record<string, unknown>[];
    const mutate = (f: (i: Record<string, unknown>) => void) => {
      const copy = structuredClone(issues);
      f(copy[0]!);
      return codeQualityErrors(JSON.stringify(copy));
    };
    expect(
      mutate((i) => {
        delete i.fingerprint;
      }),
    ).toEqual([expect.stringMatching(/^schema: \/0 must have required property 'fingerprint'/)]);
    expect(
      mutate((i) => {
        (i.location as { lines: { begin: unknown } }).lines.begin = '4';
      }),
    ).toContainEqual(expect.stringMatching(/^schema: \/0\/location\/lines\/begin must be integer/));
    expect(
      mutate((i) => {
        i.severity = 'error';
      }),
    ).toEqual(['documented: /0 severity error']);
    expect(
      mutate((i) => {
        (i.location as { path: string }).path = '/abs/a.yaml';
      }),
    ).toEqual(['documented: /0 path /abs/a.yaml is not relative']);
    expect(codeQualityErrors(JSON.stringify([issues[0], issues[0]]))).toEqual([
      `documented: /1 repeats fingerprint ${String(issues[0]!.fingerprint)}`,
    ]);
    expect(codeQualityErrors(JSON.stringify(issues[0]))).toEqual(['documented: the report is not a JSON array']);
  });
});

describe('JUnit', () => {
  it('agrees with the exit status under each fail level', () => {
    const report = manyFindingsReport(3, 2, 2);
    for (const failOn of ['error', 'warning', 'never'] as const) {
      const suites = junitParse(formatJunit(report, { failOn }));
      const failures = suites.flatMap((s) => s.cases).filter((c) => c.result === 'failure').length;
      expect(failures > 0, failOn).toBe(fails(report, failOn));
      expect(suites.flatMap((s) => s.cases)).toHaveLength(report.findings.length);
    }
    const warn = junitParse(formatJunit(report, { failOn: 'warning' })).flatMap((s) => s.cases);
    expect(warn.filter((c) => c.result === 'failure')).toHaveLength(5);
    const passing = junitParse(formatJunit(report, { failOn: 'error' }))
      .flatMap((s) => s.cases)
      .filter((c) => c.result === 'passed');
    expect(passing).toHaveLength(4);
    for (const c of passing) expect(c.systemOut).toMatch(/below fail-on error/);
  });

  it('reports a suppressed finding as skipped with its reason', () => {
    const cases = junitParse(formatJunit(hostileReport())).flatMap((s) => s.cases);
    const skipped = cases.filter((c) => c.result === 'skipped');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.message).toBe('suppressed: accepted <risk> & "ok"');
  });

  it('shows a clean check as one passing case per host (Jenkins rejects an empty report)', () => {
    const xml = formatJunit(cleanReport());
    expect(xsdErrors(xml, 'junit')).toEqual([]);
    const cases = junitParse(xml).flatMap((s) => s.cases);
    expect(cases.map((c) => [c.name, c.result])).toEqual([
      ['host app-1: no findings in 1,000 redeploys', 'passed'],
      ['host app-2: no findings in 1,000 redeploys', 'passed'],
      ['host proxy-1: no findings in 1,000 redeploys', 'passed'],
    ]);
  });

  it('keeps hostile text well-formed: what a reader gets back is the message with unrepresentable characters replaced', () => {
    const xml = formatJunit(hostileReport());
    expect(xsdErrors(xml, 'junit')).toEqual([]);
    const failure = junitParse(xml)
      .flatMap((s) => s.cases)
      .find((c) => c.result === 'failure')!;
    const expected = HOSTILE.replace(/[\u0001\u0008\u000b\u001f]/g, '\ufffd')
      .replace('\ud800', '\ufffd')
      .replace('\ufffe', '\ufffd');
    expect(failure.message).toBe(expected);
    expect(failure.text).toContain(expected);
    expect(failure.name).toContain('a dir/<compose>&.yaml:4:3');
  });

  it('golden: the peered-VPC story', () => {
    expectGolden('report/peered-vpc.junit.xml', formatJunit(peeredVpcReport()));
  });
});

describe('GitLab Code Quality', () => {
  it('locates findings relative to the repository root, a finding without a file on the inventory', () => {
    const issues = formatCodeQuality(hostileReport(), { pathPrefix: 'deploy', fallbackFile: 'deploy/network-inventory.yaml' });
    expect(issues.map((i) => [i.location.path, i.location.lines.begin, i.severity])).toEqual([
      ['deploy/a dir/<compose>&.yaml', 4, 'major'],
      ['deploy/network-inventory.yaml', 1, 'minor'],
    ]);
    expect(codeQualityErrors(JSON.stringify(issues))).toEqual([]);
  });

  it('leaves suppressed findings out', () => {
    expect(formatCodeQuality(hostileReport()).map((i) => i.description)).not.toContain('suppressed one');
  });

  it('keeps a fingerprint when the finding moves to another line, and tells identical findings apart', () => {
    const a = formatCodeQuality(peeredVpcReport())[0]!;
    const moved = peeredVpcReport();
    moved.findings[0] = { ...moved.findings[0]!, line: 40, endLine: 40 };
    expect(formatCodeQuality(moved)[0]!.fingerprint).toBe(a.fingerprint);
    const twice = peeredVpcReport();
    twice.findings.push({ ...twice.findings[0]! } as Finding);
    const fps = formatCodeQuality(twice).map((i) => i.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('golden: the peered-VPC story', () => {
    expectGolden(
      'report/peered-vpc.gitlab.json',
      JSON.stringify(formatCodeQuality(peeredVpcReport(), { ruleDocs: fixedRuleDoc }), null, 2) + '\n',
    );
  });
});

describe('Checkstyle', () => {
  it('groups findings by file in line order with Checkstyle severities, hostile text intact', async () => {
    const r = manyFindingsReport(2, 3, 1);
    const xml = formatCheckstyle(r);
    expect(xsdErrors(xml, 'checkstyle')).toEqual([]);
    const errors = checkstyleParse(xml);
    const inA = errors.filter((e) => e.file === 'a/compose.yaml');
    expect(inA.map((e) => Number(e.line))).toEqual([...inA.map((e) => Number(e.line))].sort((x, y) => x - y));
    expect(new Set(errors.map((e) => e.severity))).toEqual(new Set(['error', 'warning', 'info']));

    const hostile = checkstyleParse(formatCheckstyle(hostileReport()));
    expect(hostile).toHaveLength(2);
    expect(hostile[0]!.file).toBe('a dir/<compose>&.yaml');
    expect(
      hostile[0]!.message.startsWith(
        HOSTILE.replace(/[\u0001\u0008\u000b\u001f\ud800\ufffe]/g, '\ufffd').replace('\ud83d\ufffd', '\ud83d\ude00'),
      ),
    ).toBe(true);
    expect(hostile[1]).toMatchObject({
      file: 'network-inventory.yaml',
      line: '1',
      column: null,
      severity: 'warning',
      source: 'subnet-guard.public-range',
    });

    const posted = await checkstyleDanger(formatCheckstyle(hostileReport()));
    expect(posted.map((p) => [p.kind, p.file, p.line])).toEqual([
      ['fail', 'a dir/<compose>&.yaml', 4],
      ['warn', 'network-inventory.yaml', 1],
    ]);
    expect(posted[0]!.text).toBe(hostile[0]!.message);
  });

  it('golden: the peered-VPC story', () => {
    expectGolden('report/peered-vpc.checkstyle.xml', formatCheckstyle(peeredVpcReport()));
  });
});
