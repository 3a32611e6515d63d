// Validators for the CI report formats, each as its consumer reads it:
// - JUnit: xmllint (libxml2) against test/report/schemas/junit.xsd, and junitparser (Debian's
//   python3-junitparser, the library CI tooling uses to read JUnit files) for what a reader sees;
// - Checkstyle: xmllint against schemas/checkstyle.xsd, and Python's XML parser for the values;
// - GitLab Code Quality: schemas/gitlab-codequality.schema.json through ajv, plus GitLab's rule that
//   fingerprints are unique (it drops repeated ones).
// .ci/run installs libxml2-utils and python3-junitparser; without them these fail, never skip.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
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

/** xmllint's complaints about `xml` under the named schema in schemas/ ([] when valid) */
export function xsdErrors(xml: string, schema: 'junit.xsd' | 'checkstyle.xsd'): string[] {
  const t = tmpFile('report.xml', xml);
  try {
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, schema), t.file], { encoding: 'utf8' });
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

let codeQualityValidator: ReturnType<Ajv['compile']> | null = null;

/** schema errors and GitLab's own rules (unique fingerprints) for a Code Quality report text */
export function codeQualityErrors(text: string): string[] {
  if (!codeQualityValidator) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'gitlab-codequality.schema.json'), 'utf8'));
    codeQualityValidator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  const data: unknown = JSON.parse(text);
  const errs: string[] = [];
  if (!codeQualityValidator(data)) {
    for (const e of codeQualityValidator.errors ?? []) errs.push(`${e.instancePath} ${e.message}`);
  }
  if (Array.isArray(data)) {
    const seen = new Set<string>();
    for (const [i, issue] of (data as { fingerprint?: string }[]).entries()) {
      if (issue.fingerprint && seen.has(issue.fingerprint)) errs.push(`/${i} repeats fingerprint ${issue.fingerprint}`);
      if (issue.fingerprint) seen.add(issue.fingerprint);
    }
  }
  return errs;
}
