// Validators for the CI report formats, each against what its consumer publishes (the files in
// schemas/ are vendored verbatim; schemas/README.md names their source, commit and licence):
// - JUnit: xmllint (libxml2) against junit-10.xsd, the schema Jenkins' xUnit plugin validates every
//   JUnit report with before it reads it, and junitparser (Debian's python3-junitparser, the library
//   CI tooling uses to read JUnit files) for what a reader sees;
// - Checkstyle: xmllint against checkstyle-report-1.0.0.xsd, the report schema Checkstyle itself
//   publishes; danger-plugin-lint-report (npm), a consumer that posts Checkstyle reports as review
//   comments, run on the report for what it posts; Python's XML parser for the raw attributes;
// - GitLab Code Quality: GitLab's own codeclimate.json, the schema its Code Quality parser checks each
//   issue with (GitLab stops reading the report at the first issue it rejects), through ajv, plus the
//   rules GitLab documents for the format and keeps in code rather than in that schema.
// .ci/run installs libxml2-utils and python3-junitparser; without them these fail, never skip.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';

const SCHEMAS = path.join(path.dirname(new URL(import.meta.url).pathname), 'schemas');

function tmpFile(name: string, content: string): { file: string; done: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-format-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return { file, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** the published schemas in schemas/, by format */
export const PUBLISHED_XSD = {
  junit: 'junit-10.xsd',
  checkstyle: 'checkstyle-report-1.0.0.xsd',
} as const;

/** xmllint's complaints about `xml` under the format's published schema ([] when valid) */
export function xsdErrors(xml: string, format: keyof typeof PUBLISHED_XSD): string[] {
  const t = tmpFile('report.xml', xml);
  try {
    const xsd = path.join(SCHEMAS, PUBLISHED_XSD[format]);
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, t.file], { encoding: 'utf8' });
    if (r.error) throw new Error(`xmllint is not installed (Debian libxml2-utils; .ci/run installs it): ${r.error.message}`);
    if (r.status === 0) return [];
    return r.stderr
      .split('\n')
      .filter((l) => l.trim() !== '' && !/ validates$/.test(l))
      .map((l) => l.replace(t.file, 'report.xml'));
  } finally {
    t.done();
  }
}

function python(): string {
  return fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

function runPython(script: string, input: string): unknown {
  const t = tmpFile('report.xml', input);
  try {
    const r = spawnSync(python(), ['-c', script, t.file], { encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Error(`python failed (${r.status}): ${r.error?.message ?? ''}${r.stderr}`);
    return JSON.parse(r.stdout);
  } finally {
    t.done();
  }
}

export interface JunitCase {
  name: string;
  classname: string;
  /** failure | error | skipped | passed */
  result: string;
  message: string | null;
  text: string | null;
  systemOut: string | null;
}
export interface JunitSuite {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  cases: JunitCase[];
}

const JUNITPARSER = `
import json, sys
from junitparser import JUnitXml, TestSuite, Failure, Error, Skipped
xml = JUnitXml.fromfile(sys.argv[1])
suites = [xml] if isinstance(xml, TestSuite) else list(xml)
out = []
for s in suites:
    cases = []
    for c in s:
        res = c.result[0] if c.result else None
        kind = 'passed' if res is None else ('failure' if isinstance(res, Failure) else 'error' if isinstance(res, Error) else 'skipped' if isinstance(res, Skipped) else type(res).__name__)
        cases.append({'name': c.name, 'classname': c.classname, 'result': kind,
                      'message': None if res is None else res.message, 'text': None if res is None else res.text,
                      'systemOut': c.system_out})
    out.append({'name': s.name, 'tests': s.tests, 'failures': s.failures, 'errors': s.errors, 'skipped': s.skipped, 'cases': cases})
print(json.dumps(out))
`;

/** the report as junitparser reads it (requires python3-junitparser) */
export function junitParse(xml: string): JunitSuite[] {
  return runPython(JUNITPARSER, xml) as JunitSuite[];
}

export interface CheckstyleError {
  file: string;
  line: string;
  column: string | null;
  severity: string;
  message: string;
  source: string;
}

const CHECKSTYLE_PARSE = `
import json, sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == 'checkstyle', root.tag
out = []
for f in root.findall('file'):
    for e in f.findall('error'):
        out.append({'file': f.get('name'), 'line': e.get('line'), 'column': e.get('column'), 'severity': e.get('severity'), 'message': e.get('message'), 'source': e.get('source')})
print(json.dumps(out))
`;

/** every <error> as an XML parser reads it */
export function checkstyleParse(xml: string): CheckstyleError[] {
  return runPython(CHECKSTYLE_PARSE, xml) as CheckstyleError[];
}

/** what danger-plugin-lint-report posts for a Checkstyle report: fail, warn or message, with file and line */
export interface DangerPost {
  kind: 'fail' | 'warn' | 'message';
  text: string;
  file: string;
  line: number;
}

const require = createRequire(import.meta.url);

/**
 * Runs danger-plugin-lint-report's scan() on the report as a Danger run would: the Danger globals are
 * stand-ins that record what it posts, every file counts as changed, severities are reported.
 */
export async function checkstyleDanger(xml: string): Promise<DangerPost[]> {
  const plugin = require('danger-plugin-lint-report') as { scan(config: Record<string, unknown>): Promise<void> };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-danger-'));
  const report = path.join(dir, 'checkstyle.xml');
  fs.writeFileSync(report, xml);
  const posts: DangerPost[] = [];
  const g = globalThis as Record<string, unknown>;
  const saved = { danger: g.danger, fail: g.fail, warn: g.warn, message: g.message };
  const post = (kind: DangerPost['kind']) => (text: string, file: string, line: number) => posts.push({ kind, text, file, line });
  Object.assign(g, {
    danger: { git: { modified_files: { includes: () => true }, created_files: [] } },
    fail: post('fail'),
    warn: post('warn'),
    message: post('message'),
  });
  try {
    // projectRoot: an empty folder, so the plugin's path guessing keeps the report's relative names
    await plugin.scan({ fileMask: report, reportSeverity: true, requireLineModification: false, projectRoot: path.join(dir, 'root') });
    return posts;
  } finally {
    Object.assign(g, saved);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let codeQualityValidator: ReturnType<Ajv['compile']> | null = null;

/** the severities GitLab documents for the format (its schema only asks for a string) */
const CODE_QUALITY_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

interface CodeQualityIssue {
  check_name?: unknown;
  fingerprint?: unknown;
  severity?: unknown;
  location?: { path?: unknown; lines?: { begin?: unknown }; positions?: { begin?: { line?: unknown } } };
}

/**
 * Why GitLab would drop or misplace issues of a Code Quality report ([] when it reads them all):
 * - schema: each issue against GitLab's codeclimate.json, as its parser checks them (it stops at the
 *   first issue that fails, so that one and every later one are lost);
 * - documented: what GitLab's documentation of the format requires beyond that schema: the report is an
 *   array; check_name; severity one of info, minor, major, critical, blocker; location.path relative
 *   to the repository root; a line in lines.begin or positions.begin.line; fingerprints unique (GitLab
 *   keys issues by fingerprint, so a repeated one replaces the earlier issue).
 */
export function codeQualityErrors(text: string): string[] {
  if (!codeQualityValidator) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'codeclimate.json'), 'utf8'));
    codeQualityValidator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) return ['documented: the report is not a JSON array'];
  const errs: string[] = [];
  const seen = new Set<unknown>();
  for (const [i, issue] of (data as CodeQualityIssue[]).entries()) {
    if (!codeQualityValidator(issue)) {
      for (const e of codeQualityValidator.errors ?? []) errs.push(`schema: /${i}${e.instancePath} ${e.message}`);
    }
    if (typeof issue !== 'object' || issue === null) continue;
    if (typeof issue.check_name !== 'string' || issue.check_name === '') errs.push(`documented: /${i} has no check_name`);
    if (!CODE_QUALITY_SEVERITIES.includes(issue.severity as string)) errs.push(`documented: /${i} severity ${String(issue.severity)}`);
    const p = issue.location?.path;
    if (typeof p !== 'string' || p === '' || /^(\/|\.\/|\.\.\/|[A-Za-z]:)/.test(p))
      errs.push(`documented: /${i} path ${String(p)} is not relative`);
    const line = issue.location?.lines?.begin ?? issue.location?.positions?.begin?.line;
    if (!Number.isInteger(line) || (line as number) < 1) errs.push(`documented: /${i} has no line`);
    if (seen.has(issue.fingerprint)) errs.push(`documented: /${i} repeats fingerprint ${String(issue.fingerprint)}`);
    seen.add(issue.fingerprint);
  }
  return errs;
}
