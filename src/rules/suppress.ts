// Suppressions: an inline comment on the offending line or on its own line just above it,
//     # subnet-guard-ignore RULE[, RULE…]: reason
// (a reason is required), and a baseline file of accepted findings identified by stable fingerprints.
// Suppressed findings stay in the report with `suppressed: true` and the reason. A comment without a
// reason, or naming a rule that does not exist, suppresses nothing and is itself a finding
// (invalid-suppression). Pure: files are read through the Reader.
import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.js';
import type { Finding, Severity, SourcePos } from '../model.js';
import type { Reader } from '../load/reader.js';

export const BASELINE_FILE = '.subnet-guard-baseline.json';
export const DIRECTIVE = 'subnet-guard-ignore';

/** The rule that reports broken suppression comments (it is not run over the model like the others). */
export const invalidSuppression = {
  id: 'invalid-suppression',
  defaultSeverity: 'warning' as Severity,
  shortDescription: 'A suppression comment has no reason or names an unknown rule',
  fullDescription:
    '`# subnet-guard-ignore RULE: reason` hides a finding only with a reason, so that reviewers can see why it is safe. A comment ' +
    'without one, or naming a rule that does not exist (a typo), suppresses nothing: the finding it was meant to hide is still reported.',
  help: 'Write the rule id and a reason after a colon: `# subnet-guard-ignore reserved-collision: this VPC is only reached through the bastion`.',
};

export interface InlineSuppression {
  file: string;
  /** the line the comment is on */
  line: number;
  /** the lines it covers: its own when it follows code, the next one when it stands alone */
  appliesTo: number;
  rules: string[];
  reason: string;
  pos: SourcePos;
}

const COMMENT = new RegExp(`(^|\\s)#\\s*${DIRECTIVE}\\b(.*)$`);

/** Every `# subnet-guard-ignore` comment in a YAML text, valid or not. */
export function parseSuppressions(text: string, file: string): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const m = COMMENT.exec(raw);
    if (!m) return;
    const hash = m.index + m[1].length;
    if (insideQuotes(raw.slice(0, hash))) return; // a `#` inside a quoted scalar is not a comment
    const standalone = raw.slice(0, hash).trim() === '';
    const rest = m[2];
    const colon = rest.indexOf(':');
    const ids = (colon < 0 ? rest : rest.slice(0, colon))
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const reason = colon < 0 ? '' : rest.slice(colon + 1).trim();
    const line = i + 1;
    out.push({
      file,
      line,
      appliesTo: standalone ? line + 1 : line,
      rules: ids,
      reason,
      pos: { file, line, column: hash + 1, endLine: line, endColumn: raw.trimEnd().length + 1 },
    });
  });
  return out;
}

/** true when the text before a `#` leaves a YAML quoted scalar open */
function insideQuotes(before: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote === null) {
      // a quote opens a quoted scalar only where a scalar starts (not in "it's")
      if ((c === '"' || c === "'") && (i === 0 || /[\s[{,]/.test(before[i - 1]))) quote = c;
    } else if (quote === "'" && c === "'" && before[i + 1] === "'") {
      i++; // '' is an escaped quote
    } else if (quote === '"' && c === '\\') {
      i++;
    } else if (c === quote) {
      quote = null;
    }
  }
  return quote !== null;
}

// ---------------------------------------------------------------------------------------------
// Fingerprints and the baseline

export interface BaselineEntry {
  rule: string;
  fingerprint: string;
  host?: string;
  file?: string;
  /** why it is accepted */
  reason?: string;
  /** the message when it was accepted, for people reading the file */
  message?: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** A line's text without its comment, trailing comma and surrounding spaces (what identifies a finding). */
export function lineKey(text: string): string {
  const noComment = text.replace(/(^|\s)#.*$/, '');
  return noComment.replace(/,\s*$/, '').replace(/\s+/g, ' ').trim();
}

class Lines {
  private readonly cache = new Map<string, string[] | null>();
  constructor(private readonly reader: Reader) {}

  get(file: string): string[] | null {
    if (!this.cache.has(file)) {
      let lines: string[] | null;
      try {
        lines = this.reader.read(file).split(/\r\n|\r|\n/);
      } catch {
        lines = null;
      }
      this.cache.set(file, lines);
    }
    return this.cache.get(file) ?? null;
  }

  text(file: string | undefined, line: number | undefined): string {
    if (!file || !line) return '';
    return lineKey(this.get(file)?.[line - 1] ?? '');
  }
}

/**
 * Stable fingerprints: the rule, host, engine model, file and the text of the offending line — not its
 * number (lines move when the file is edited) and not the message (it names cycles, which move when
 * projects change). Findings that share all of these are numbered in report order.
 */
export function fingerprints(findings: readonly Finding[], reader: Reader): string[] {
  const lines = new Lines(reader);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = [f.rule, f.host ?? '', f.model ?? '', f.file ?? '', lines.text(f.file, f.line)].join('\u0000');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}

/**
 * The baseline that accepts every finding still reported, keeping the entries (and reasons) of a
 * previous baseline that still match. Findings suppressed by an inline comment are left to the comment.
 */
export function buildBaseline(findings: readonly Finding[], reader: Reader, opts: { reason?: string; previous?: Baseline } = {}): Baseline {
  const rated = findings.filter((f) => f.rule !== invalidSuppression.id);
  const fps = fingerprints(rated, reader);
  const before = new Map((opts.previous?.findings ?? []).map((e) => [e.fingerprint, e]));
  const entries: BaselineEntry[] = [];
  rated.forEach((f, i) => {
    const old = before.get(fps[i]);
    if (f.suppressed && !old) return;
    const reason = old?.reason ?? opts.reason;
    entries.push({
      rule: f.rule,
      fingerprint: fps[i],
      ...(f.host !== undefined ? { host: f.host } : {}),
      ...(f.file !== undefined ? { file: f.file } : {}),
      ...(reason ? { reason } : {}),
      message: f.message,
    });
  });
  return { version: 1, findings: entries };
}

/** The baseline file's text: stable key order, one finding per block, newline at the end. */
export function formatBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

export function parseBaseline(text: string, file: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`the baseline is not valid JSON: ${(e as Error).message}`, { file });
  }
  const bad = (why: string) =>
    new ConfigError(`the baseline ${why} (expected {"version": 1, "findings": [{"rule": …, "fingerprint": …}]})`, { file });
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw bad('is not an object');
  const o = doc as Record<string, unknown>;
  if (o.version !== 1) throw bad(`has version ${JSON.stringify(o.version)}, not 1`);
  if (!Array.isArray(o.findings)) throw bad('has no "findings" list');
  const findings: BaselineEntry[] = o.findings.map((e, i) => {
    if (typeof e !== 'object' || e === null) throw bad(`entry ${i + 1} is not an object`);
    const r = e as Record<string, unknown>;
    if (typeof r.rule !== 'string' || typeof r.fingerprint !== 'string') throw bad(`entry ${i + 1} needs "rule" and "fingerprint" strings`);
    const entry: BaselineEntry = { rule: r.rule, fingerprint: r.fingerprint };
    if (typeof r.reason === 'string' && r.reason.trim() !== '') entry.reason = r.reason.trim();
    if (typeof r.host === 'string') entry.host = r.host;
    if (typeof r.file === 'string') entry.file = r.file;
    return entry;
  });
  return { version: 1, findings };
}

/** The baseline file, or null when there is none. */
export function readBaseline(reader: Reader, file: string = BASELINE_FILE): Baseline | null {
  if (!reader.exists(file) || reader.isDir(file)) return null;
  return parseBaseline(reader.read(file), file);
}

// ---------------------------------------------------------------------------------------------
// Applying them

export interface SuppressOptions {
  reader: Reader;
  /** YAML files that may carry inline comments: the compose files and the inventory */
  files: readonly string[];
  /** the baseline file; read when it exists (default .subnet-guard-baseline.json) */
  baseline?: string;
  /** rule ids a comment may name */
  knownRules: readonly string[];
}

function isYaml(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/**
 * Reads the suppression comments of the files and the baseline once, and returns the function that
 * marks findings covered by a valid inline comment or by the baseline as suppressed (with the reason) and
 * adds an invalid-suppression finding for every comment without a reason or with an unknown rule.
 * Findings in files not listed are matched too (their comments are read on first use).
 */
export function createSuppressor(opts: SuppressOptions): (findings: readonly Finding[]) => Finding[] {
  const { reader } = opts;
  const known = new Set(opts.knownRules);
  const parsed = new Map<string, { comments: InlineSuppression[]; problems: Finding[] }>();
  const commentsOf = (file: string) => {
    let p = parsed.get(file);
    if (!p) {
      p = { comments: [], problems: [] };
      let text: string | null;
      try {
        text = reader.read(file);
      } catch {
        text = null;
      }
      for (const s of text === null ? [] : parseSuppressions(text, file)) {
        const why = problemOf(s, known);
        if (why) p.problems.push(problemFinding(s, why));
        else p.comments.push(s);
      }
      parsed.set(file, p);
    }
    return p;
  };
  const listed = [...new Set(opts.files.filter(isYaml))].sort();
  for (const f of listed) commentsOf(f);

  const baselineFile = opts.baseline ?? BASELINE_FILE;
  const baseline = readBaseline(reader, baselineFile);
  const accepted = new Map<string, BaselineEntry>();
  for (const e of baseline?.findings ?? []) accepted.set(e.fingerprint, e);

  const listedSet = new Set(listed);
  // the problems of the listed files, in file order: the same for every call (the proofs of the fixes
  // call this once per host and plan), so worked out once
  let listedProblems: Finding[] | undefined;
  return (findings) => {
    const fps = baseline ? fingerprints(findings, reader) : [];
    const extra = new Set<string>();
    const out = findings.map((f, i): Finding => {
      if (f.file && f.line && isYaml(f.file)) {
        if (!listedSet.has(f.file)) extra.add(f.file);
        const hit = commentsOf(f.file).comments.find((c) => c.appliesTo === f.line && c.rules.includes(f.rule));
        if (hit) return { ...f, suppressed: true, suppressionReason: hit.reason };
      }
      const entry = baseline ? accepted.get(fps[i]) : undefined;
      if (entry && entry.rule === f.rule) {
        return { ...f, suppressed: true, suppressionReason: entry.reason ? `baseline: ${entry.reason}` : `accepted in ${baselineFile}` };
      }
      return f;
    });
    const problems =
      extra.size === 0
        ? (listedProblems ??= listed.flatMap((file) => commentsOf(file).problems))
        : [...listed, ...extra].sort().flatMap((file) => commentsOf(file).problems);
    return [...out, ...problems];
  };
}

/** createSuppressor(opts)(findings), for one use. */
export function applySuppressions(findings: readonly Finding[], opts: SuppressOptions): Finding[] {
  return createSuppressor(opts)(findings);
}

function problemOf(s: InlineSuppression, known: ReadonlySet<string>): string | null {
  const unknown = s.rules.filter((r) => !known.has(r));
  const written = `# ${DIRECTIVE} ${s.rules.join(', ')}`.trimEnd();
  if (s.rules.length === 0) return `\`# ${DIRECTIVE}\` names no rule: write \`# ${DIRECTIVE} RULE: reason\``;
  if (unknown.length > 0) {
    return `\`${written}\` names ${unknown.length === 1 ? 'a rule' : 'rules'} subnet-guard does not have (${unknown.join(', ')}); known rules: ${[...known].join(', ')}`;
  }
  if (s.reason === '') return `\`${written}\` gives no reason: write one after a colon (\`${written}: <why this is safe>\`)`;
  return null;
}

function problemFinding(s: InlineSuppression, why: string): Finding {
  return {
    rule: invalidSuppression.id,
    severity: invalidSuppression.defaultSeverity,
    message: `${why}. It suppresses nothing, so the finding it was meant to hide is still reported.`,
    file: s.pos.file,
    line: s.pos.line,
    column: s.pos.column,
    endLine: s.pos.endLine,
    endColumn: s.pos.endColumn,
  };
}
