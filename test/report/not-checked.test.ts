// The "not really checked" states look alike in every output: verdict, summary, PR comment, badge,
// outcome and exit status — whichever of them it is. (No compose project found is a configuration
// error thrown before any report: test/cli/verdict.test.ts and test/action/verdict.test.ts.)
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { badgeFor } from '../../src/report/badge.js';
import { commentBodyFor } from '../../src/report/comment.js';
import { verdict } from '../../src/report/markdown.js';
import { exitStatus, NOT_CHECKED_RULES, outcomeOf } from '../../src/report/order.js';
import { formatSummary } from '../../src/report/summary.js';
import { toText } from '../../src/report/text.js';
import { cleanReport } from './reports.js';

const STATES: [string, Finding, string][] = [
  [
    'no reserved ranges',
    {
      rule: 'no-reserved-ranges',
      severity: 'warning',
      message: 'No reserved ranges declared for app-1: only pool exhaustion, races and MTU were checked. More text.',
      host: 'app-1',
    },
    'no inventory',
  ],
  [
    'a simulation cut short',
    {
      rule: 'simulation-incomplete',
      severity: 'warning',
      message: 'The simulation of app-1 stopped after 200 of 1,000 redeploys (budget). Later ones were not checked.',
      host: 'app-1',
    },
    'incomplete',
  ],
];

function withFinding(f: Finding): Report {
  const r = cleanReport();
  r.findings = [f];
  return r;
}

describe('not-checked states', () => {
  it('are listed in one place', () => {
    expect([...NOT_CHECKED_RULES].sort()).toEqual(['no-reserved-ranges', 'simulation-incomplete']);
  });

  it.each(STATES)(
    '%s: grey verdict said first, grey badge, outcome config-error, exit 2 whatever fail-on, a PR comment',
    (_name, f, badge) => {
      const r = withFinding(f);
      const v = verdict(r);
      expect(v.level).toBe('unchecked');
      expect(v.text).toMatch(/^Not checked: /);
      expect(badgeFor(r)).toEqual({ label: 'subnets', message: badge, color: 'lightgrey' });
      expect(outcomeOf(r)).toBe('config-error');
      for (const failOn of ['error', 'warning', 'never'] as const) expect(exitStatus(r, failOn)).toBe(2);
      const md = formatSummary(r);
      expect(md.split('\n')[2]).toMatch(/^⚪ \*\*Not checked: /);
      expect(md).not.toContain('✅');
      const comment = commentBodyFor(r, '<!-- m -->');
      expect(comment).not.toBeNull();
      expect(comment).toContain('⚪ **Not checked: ');
      expect(toText(r).split('\n')[0]).toMatch(/^○ Not checked: /);
    },
  );

  it('stay first even when errors were found too, and count them', () => {
    const r = withFinding(STATES[0]![1]);
    r.findings.push({ rule: 'pool-exhaustion', severity: 'error', message: 'x', host: 'app-1', cycle: 3 });
    expect(verdict(r).text).toBe(
      'Not checked: no reserved ranges declared for app-1: only pool exhaustion, races and MTU were checked — and 1 error found',
    );
    expect(badgeFor(r).color).toBe('lightgrey');
  });

  it('once accepted (suppressed) let the verdict say safe, saying what was accepted', () => {
    const r = withFinding({ ...STATES[0]![1], suppressed: true, suppressionReason: 'a lab repository' });
    expect(verdict(r)).toEqual({ level: 'clean', text: 'Safe for 1,000 redeploys on 3 hosts (no reserved ranges declared: accepted)' });
    expect(outcomeOf(r)).toBe('clean');
    expect(exitStatus(r, 'error')).toBe(0);
  });
});
