// SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif): one run, a
// rule descriptor per rule with the full description and help GitHub requires, results located in the
// repository with stable fingerprints. GitHub's ingestion limits are respected (25,000 results per run).
import { createHash } from 'node:crypto';
import { assertNever, type Finding, type Report, type Severity } from '../model.js';
import { clip, repoPath, sortFindings } from './order.js';
import { HOME_URL, ruleDoc, ruleHelpUri, type RuleDoc } from './rule-docs.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning: results per run */
export const GITHUB_MAX_RESULTS = 25_000;
/** GitHub shows at most this much of a message */
const MAX_MESSAGE = 10_000;
export const FINGERPRINT_KEY = 'subnetGuardFinding/v1';

type Level = 'error' | 'warning' | 'note';

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
export interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string; index?: number }; region?: SarifRegion };
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
  suppressions?: { kind: 'inSource' | 'external'; status: 'accepted'; justification?: string }[];
}
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; precision: string; 'problem.severity': string };
}
/** SARIF 2.1.0 §3.51 configurationOverride: a rule's reporting as this run was configured */
export interface SarifConfigurationOverride {
  descriptor: { id: string; index: number };
  configuration: { enabled: false } | { level: Level };
}
export interface SarifInvocation {
  executionSuccessful: boolean;
  ruleConfigurationOverrides?: SarifConfigurationOverride[];
  toolExecutionNotifications?: { level: Level; message: { text: string } }[];
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; semanticVersion: string; version: string; informationUri: string; rules: SarifRule[] } };
      automationDetails?: { id: string };
      invocations: SarifInvocation[];
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
      properties?: Record<string, unknown>;
    },
  ];
}

export interface SarifOptions {
  /** where the check root sits inside the repository ("" for the root) */
  pathPrefix?: string;
  /** the file a finding without one is shown on (GitHub wants a location on every result); repo-root relative */
  fallbackFile?: string;
  /** defaults to GitHub's 25,000 */
  maxResults?: number;
  /** where rule texts come from (default: the rules' own texts, see rule-docs.ts) */
  ruleDocs?: (id: string, severity: Severity) => RuleDoc;
}

export function sarifLevel(s: Severity): Level {
  switch (s) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'note':
      return 'note';
    default:
      return assertNever(s, 'severity');
  }
}

function problemSeverity(s: Severity): string {
  switch (s) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'note':
      return 'recommendation';
    default:
      return assertNever(s, 'severity');
  }
}

function ruleDescriptor(doc: RuleDoc): SarifRule {
  const helpText = `${doc.full}\n\nHow to fix: ${doc.fix}`;
  const helpMd = `${doc.full}\n\n**How to fix.** ${doc.fix}\n\n[Documentation](${ruleHelpUri(doc.id)})`;
  return {
    id: doc.id,
    name: doc.name,
    shortDescription: { text: doc.short },
    fullDescription: { text: doc.full },
    help: { text: helpText, markdown: helpMd },
    helpUri: ruleHelpUri(doc.id),
    defaultConfiguration: { level: sarifLevel(doc.defaultSeverity) },
    properties: {
      tags: ['docker', 'networking', 'subnet-guard'],
      precision: 'very-high',
      'problem.severity': problemSeverity(doc.defaultSeverity),
    },
  };
}

/** a repository-relative path as a URI reference (each segment percent-encoded) */
export function pathToUri(p: string): string {
  return p
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function pos(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
}

function region(f: Finding): SarifRegion | undefined {
  if (!pos(f.line)) return undefined;
  const r: SarifRegion = { startLine: f.line };
  const endLine = pos(f.endLine) && f.endLine >= f.line ? f.endLine : f.line;
  if (pos(f.column)) {
    r.startColumn = f.column;
    if (pos(f.endColumn) && (endLine > f.line || f.endColumn > f.column)) {
      r.endLine = endLine;
      r.endColumn = f.endColumn;
    } else if (endLine > f.line) {
      r.endLine = endLine;
    }
  } else if (endLine > f.line) {
    r.endLine = endLine;
  }
  return r;
}

function fingerprint(f: Finding, file: string): string {
  return createHash('sha256')
    .update([f.rule, file, f.host ?? '', f.model ?? '', f.message].join('\u0000'))
    .digest('hex');
}

export function formatSarif(report: Report, opts: SarifOptions = {}): SarifLog {
  const maxResults = opts.maxResults ?? GITHUB_MAX_RESULTS;
  const all = sortFindings(report.findings);
  // active findings first so that a cut keeps what matters; suppressed ones after them
  const ordered = [...all.filter((f) => !f.suppressed), ...all.filter((f) => f.suppressed)];
  const kept = ordered.slice(0, maxResults);

  // The inventory's `rules:` (a severity or off per rule) is configuration of this run, not a property
  // of the rule. SARIF 2.1.0 keeps the two apart: reportingDescriptor.defaultConfiguration (§3.49.14)
  // is the rule's default, and a run's own settings go in invocation.ruleConfigurationOverrides
  // (§3.20.5: "runtime reporting behavior specific to this invocation"), which a reader applies before
  // the default (§3.27.10). GitHub code scanning documents defaultConfiguration.level as the rule's
  // default severity that a result's `level` overrides, and takes each alert's severity from the
  // result; it does not read ruleConfigurationOverrides. So: defaultConfiguration stays the rule's
  // default (as the README documents the rule), every result carries its effective level (what GitHub
  // shows), and each changed rule gets an override, `enabled: false` for off; a rule set in the
  // inventory gets a descriptor even without results, for its override to point at.
  const settings = (report.ruleSettings ?? []).filter((s) => s.setting !== s.default);
  const ruleSeverity = new Map<string, Severity>(settings.map((s) => [s.rule, s.default]));
  for (const f of ordered) if (!ruleSeverity.has(f.rule)) ruleSeverity.set(f.rule, f.severity);
  const ruleIds = [...ruleSeverity.keys()].sort();
  const docOf = opts.ruleDocs ?? ruleDoc;
  const rules = ruleIds.map((id) => ruleDescriptor(docOf(id, ruleSeverity.get(id)!)));
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const overrides: SarifConfigurationOverride[] = settings.map((s) => ({
    descriptor: { id: s.rule, index: index.get(s.rule)! },
    configuration: s.setting === 'off' ? { enabled: false } : { level: sarifLevel(s.setting) },
  }));

  const seen = new Map<string, number>();
  const results: SarifResult[] = kept.map((f) => {
    const file = f.file ? repoPath(opts.pathPrefix, f.file) : (opts.fallbackFile ?? 'network-inventory.yaml');
    // no file: the whole fallback file, from its first line
    const reg = f.file ? region(f) : { startLine: 1 };
    const location: SarifLocation = {
      physicalLocation: { artifactLocation: { uri: pathToUri(file), uriBaseId: '%SRCROOT%' }, ...(reg ? { region: reg } : {}) },
    };
    let fp = fingerprint(f, file);
    const n = seen.get(fp) ?? 0;
    seen.set(fp, n + 1);
    fp = `${fp}:${n + 1}`;
    const props: Record<string, unknown> = {};
    if (f.host !== undefined) props.host = f.host;
    if (f.model !== undefined) props.model = f.model;
    if (f.cycle !== undefined) props.redeploy = f.cycle;
    const result: SarifResult = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule)!,
      level: sarifLevel(f.severity),
      message: { text: clip(f.message, MAX_MESSAGE) },
      locations: [location],
      partialFingerprints: { [FINGERPRINT_KEY]: fp },
    };
    if (Object.keys(props).length) result.properties = props;
    if (f.suppressed) {
      result.suppressions = [
        { kind: 'inSource', status: 'accepted', ...(f.suppressionReason ? { justification: clip(f.suppressionReason, 1000) } : {}) },
      ];
    }
    return result;
  });

  const invocation: SarifInvocation = { executionSuccessful: true };
  if (overrides.length) invocation.ruleConfigurationOverrides = overrides;
  if (ordered.length > kept.length) {
    invocation.toolExecutionNotifications = [
      {
        level: 'warning',
        message: {
          text:
            `${ordered.length - kept.length} more results were left out: GitHub code scanning accepts ` +
            `${maxResults} per run. The JSON report and the step log list all of them.`,
        },
      },
    ];
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'subnet-guard',
            semanticVersion: report.tool.version,
            version: report.tool.version,
            informationUri: HOME_URL,
            rules,
          },
        },
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        results,
        properties: { redeploys: report.cycles, hosts: [...new Set(report.hosts.map((h) => h.name))].length },
      },
    ],
  };
}

export function formatSarifText(report: Report, opts: SarifOptions = {}): string {
  return JSON.stringify(formatSarif(report, opts), null, 2) + '\n';
}
