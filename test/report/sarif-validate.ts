// Validators for SARIF files: the official 2.1.0 JSON schema (as shipped inside
// @microsoft/sarif-multitool) through ajv, Microsoft's SARIF Multitool itself with the GitHub Advanced
// Security rule set, and GitHub's documented ingestion limits.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** the official schema, from the multitool's platform package (no download) */
export function sarifSchemaPath(): string | null {
  const dir = path.join(ROOT, 'node_modules', '@microsoft');
  if (!fs.existsSync(dir)) return null;
  for (const d of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, d, 'sarif-2.1.0.json');
    if (d.startsWith('sarif-multitool') && fs.existsSync(p)) return p;
  }
  return null;
}

let validator: (((x: unknown) => boolean) & { errors?: unknown }) | null = null;

export function schemaErrors(log: unknown): string[] {
  if (!validator) {
    const p = sarifSchemaPath();
    if (!p) throw new Error('the SARIF 2.1.0 schema was not found in node_modules/@microsoft/sarif-multitool-*');
    const schema = JSON.parse(fs.readFileSync(p, 'utf8'));
    delete schema.$schema;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validator = ajv.compile(schema);
  }
  if (validator(log)) return [];
  return ((validator.errors ?? []) as { instancePath: string; message?: string }[]).map((e) => `${e.instancePath} ${e.message}`);
}

/** the multitool's native binary, or null when this platform has none */
export function multitoolPath(): string | null {
  try {
    const p = require('@microsoft/sarif-multitool') as string;
    return fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export interface MultitoolFinding {
  ruleId: string;
  level: string;
  text: string;
}

/** runs `sarif-multitool validate` with the SARIF and GitHub (GHAS) rules; returns its errors and warnings */
export function multitoolValidate(file: string): MultitoolFinding[] {
  const bin = multitoolPath();
  if (!bin) throw new Error('sarif-multitool is not available on this platform');
  const out = path.join(path.dirname(file), path.basename(file) + '.validation.sarif');
  const r = spawnSync(bin, ['validate', file, '-o', out, '--rule-kind', 'Sarif;Ghas', '--log', 'ForceOverwrite', '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 120_000,
  });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`sarif-multitool failed (${r.status}): ${r.stdout}${r.stderr}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8'));
  const rules: { id: string; messageStrings?: Record<string, { text: string }> }[] = log.runs[0].tool.driver.rules ?? [];
  const findings: MultitoolFinding[] = [];
  for (const res of log.runs[0].results ?? []) {
    const level = res.level ?? 'warning';
    if (level !== 'error' && level !== 'warning') continue;
    const rule = rules[res.ruleIndex] ?? rules.find((x) => x.id === res.ruleId);
    let t: string = res.message.text ?? rule?.messageStrings?.[res.message.id]?.text ?? res.message.id;
    (res.message.arguments ?? []).forEach((a: string, i: number) => (t = t.replace(`{${i}}`, a)));
    findings.push({ ruleId: res.ruleId, level, text: t });
  }
  fs.rmSync(out, { force: true });
  return findings;
}

/** GitHub code scanning's documented ingestion rules and limits */
export function githubIngestionErrors(log: any, fileText: string): string[] {
  const errs: string[] = [];
  if (gzipSync(fileText).length > 10 * 1024 * 1024) errs.push('larger than 10 MB gzipped');
  if (!Array.isArray(log.runs) || log.runs.length !== 1) errs.push('not exactly one run');
  for (const run of log.runs ?? []) {
    const rules = run.tool?.driver?.rules ?? [];
    if (!run.tool?.driver?.name) errs.push('tool.driver.name missing');
    if (rules.length > 25_000) errs.push('more than 25,000 rules');
    for (const rule of rules) {
      if (!rule.id) errs.push('rule without id');
      if (!rule.shortDescription?.text) errs.push(`${rule.id}: shortDescription missing`);
      if (!rule.fullDescription?.text) errs.push(`${rule.id}: fullDescription missing`);
      if (!rule.help?.text) errs.push(`${rule.id}: help.text missing`);
      if (!rule.help?.markdown) errs.push(`${rule.id}: help.markdown missing`);
      if (!/^https?:\/\//.test(rule.helpUri ?? '')) errs.push(`${rule.id}: helpUri missing or not absolute`);
      if ((rule.properties?.tags ?? []).length > 20) errs.push(`${rule.id}: more than 20 tags`);
    }
    const results = run.results ?? [];
    if (results.length > 25_000) errs.push(`${results.length} results (GitHub accepts 25,000 per run)`);
    const fps = new Set<string>();
    for (const [i, res] of results.entries()) {
      if (!res.message?.text) errs.push(`result ${i}: message.text missing`);
      if (typeof res.ruleId !== 'string' || !rules.some((r: { id: string }) => r.id === res.ruleId))
        errs.push(`result ${i}: ruleId not among the rules`);
      if (res.ruleIndex !== undefined && rules[res.ruleIndex]?.id !== res.ruleId)
        errs.push(`result ${i}: ruleIndex does not point at ruleId`);
      const locs = res.locations ?? [];
      if (locs.length < 1) errs.push(`result ${i}: no location`);
      if (locs.length > 1000) errs.push(`result ${i}: more than 1,000 locations`);
      for (const l of locs) {
        const uri: string = l.physicalLocation?.artifactLocation?.uri ?? '';
        if (!uri || /^[a-z]+:/i.test(uri) || uri.startsWith('/'))
          errs.push(`result ${i}: uri "${uri}" is not relative to the repository root`);
        const reg = l.physicalLocation?.region;
        if (reg && !(reg.startLine >= 1)) errs.push(`result ${i}: region without startLine`);
      }
      const fp = JSON.stringify(res.partialFingerprints ?? {});
      if (fp === '{}') errs.push(`result ${i}: no partialFingerprints`);
      if (fps.has(fp)) errs.push(`result ${i}: duplicate partialFingerprints`);
      fps.add(fp);
    }
  }
  return errs;
}
