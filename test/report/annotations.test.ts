import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  formatAnnotations,
  formatLog,
  locationProperties,
  workflowCommand,
} from '../../src/report/annotations.js';
import { hostileReport, manyFindingsReport, peeredVpcReport, cleanReport } from './reports.js';
import { expectGolden } from './golden.js';

/** the runner's own parser, in small: "::name k=v,k=v::message" with the escapes undone */
function parseCommand(line: string): { name: string; props: Record<string, string>; message: string } {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a command: ${line}`);
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string) => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = kv.indexOf('=');
    props[kv.slice(0, i)] = unProp(kv.slice(i + 1));
  }
  return { name: m[1]!, props, message: unData(m[3]!) };
}

describe('workflow command escaping', () => {
  it('escapes % CR LF in data and also : , in properties', () => {
    expect(escapeData('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab:c,d');
    expect(escapeProperty('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab%3Ac%2Cd');
  });

  it('round-trips hostile text through the runner grammar and keeps it on one line', () => {
    const report = hostileReport();
    const { commands } = formatAnnotations(report);
    for (const c of commands) {
      expect(c).not.toMatch(/[\r\n]/);
      const parsed = parseCommand(c);
      expect(['error', 'warning', 'notice']).toContain(parsed.name);
    }
    const first = parseCommand(commands[0]!);
    expect(first.props.file).toBe('dir with space/comp,ose:1.yaml');
    expect(first.message).toContain('\r\n::error::pwned');
    expect(first.props.title).toContain('host x|y');
  });

  it('leaves out empty properties', () => {
    expect(workflowCommand('notice', { file: undefined, title: '' }, 'm')).toBe('::notice::m');
  });
});

describe('annotation spans', () => {
  it('points at line, column, end line and end column of the finding', () => {
    const { commands } = formatAnnotations(peeredVpcReport());
    expect(commands[0]).toMatch(/^::error file=app\/compose.yaml,line=4,endLine=4,col=3,endColumn=6,title=/);
  });

  it('prefixes the working directory so paths are relative to the repository root', () => {
    const { commands } = formatAnnotations(peeredVpcReport(), { pathPrefix: 'deploy/prod/' });
    expect(parseCommand(commands[0]!).props.file).toBe('deploy/prod/app/compose.yaml');
  });

  it('drops columns on a span over several lines (GitHub rejects them there)', () => {
    const p = locationProperties({
      rule: 'r',
      severity: 'error',
      message: 'm',
      file: 'a.yaml',
      line: 3,
      column: 2,
      endLine: 5,
      endColumn: 4,
    });
    expect(p).toEqual({ file: 'a.yaml', line: 3, endLine: 5 });
  });

  it('gives a finding without a file a plain annotation', () => {
    const { commands } = formatAnnotations({
      ...cleanReport(),
      findings: [{ rule: 'pool-exhaustion', severity: 'error', message: 'full' }],
    });
    expect(commands).toEqual(['::error title=subnet-guard pool-exhaustion::full']);
  });
});

describe('order and the runner limit', () => {
  it('shows errors first, then warnings, then notices, earliest redeploy first', () => {
    const { commands } = formatAnnotations(manyFindingsReport(5, 3, 2));
    const names = commands.map((c) => parseCommand(c).name);
    expect(names).toEqual(['error', 'error', 'error', 'error', 'error', 'warning', 'warning', 'warning', 'notice', 'notice']);
    const cycles = commands.slice(0, 5).map((c) => Number(/redeploy (\d+)/.exec(parseCommand(c).props.title!)![1]));
    expect(cycles).toEqual([...cycles].sort((a, b) => a - b));
  });

  it('shows at most 10 per level and says in the last one how many more there are and where', () => {
    const a = formatAnnotations(manyFindingsReport(25, 12, 0));
    expect(a.shown).toEqual({ error: 10, warning: 10, notice: 0 });
    expect(a.hidden).toEqual({ error: 15, warning: 2, notice: 0 });
    const errors = a.commands.filter((c) => c.startsWith('::error'));
    expect(parseCommand(errors[9]!).message).toContain(
      "(+15 more errors not shown as annotations: see the job summary and the full list in this step's log)",
    );
    expect(parseCommand(errors[8]!).message).not.toContain('more errors');
    const warnings = a.commands.filter((c) => c.startsWith('::warning'));
    expect(parseCommand(warnings[9]!).message).toContain('+2 more warnings');
  });

  it('leaves one error slot to core.setFailed when the step will fail', () => {
    const a = formatAnnotations(manyFindingsReport(25, 0), { reservedErrorSlots: 1 });
    expect(a.shown.error).toBe(9);
    expect(a.hidden.error).toBe(16);
  });

  it('does not annotate suppressed findings', () => {
    const r = peeredVpcReport();
    r.findings[0]!.suppressed = true;
    r.findings[0]!.suppressionReason = 'accepted until the VPC moves';
    const a = formatAnnotations(r);
    expect(a.commands.every((c) => !c.includes('reserved-collision'))).toBe(true);
    expect(formatLog(r)).toContain('(suppressed: accepted until the VPC moves)');
  });
});

describe('the plain-text log', () => {
  it('lists every finding, one per line, inside stop-commands so repository text cannot issue commands', () => {
    const r = manyFindingsReport(25, 12, 3);
    const log = formatLog(r);
    const lines = log.trimEnd().split('\n');
    const token = /^::stop-commands::(.+)$/.exec(lines[0]!)![1];
    expect(lines[lines.length - 1]).toBe(`::${token}::`);
    expect(lines.length).toBe(2 + 1 + 40);
  });

  it('keeps hostile text on one line and inside the stop-commands block', () => {
    const log = formatLog(hostileReport());
    const lines = log.trimEnd().split('\n');
    expect(lines.length).toBe(2 + 1 + 2);
    const token = /^::stop-commands::(.+)$/.exec(lines[0]!)![1]!;
    expect(lines.slice(1, -1).some((l) => l.includes(token))).toBe(false);
  });

  it('golden: workflow commands and log of the peered-VPC story', () => {
    const r = peeredVpcReport();
    const a = formatAnnotations(r, { reservedErrorSlots: 1 });
    expectGolden('report/peered-vpc.commands.txt', a.commands.join('\n') + '\n' + formatLog(r));
  });
});
