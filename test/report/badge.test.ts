import { describe, expect, it } from 'vitest';
import { XMLParser } from './xml.js';
import { badgeFor, configErrorBadge, endpointPathFor, formatBadgeEndpoint, formatBadgeSvg } from '../../src/report/badge.js';
import { cleanReport, manyFindingsReport, peeredVpcReport } from './reports.js';
import { expectGolden } from './golden.js';

describe('the badge', () => {
  it('says "collides @14" in red when a redeploy hits a reserved range', () => {
    expect(badgeFor(peeredVpcReport())).toEqual({ label: 'subnets', message: 'collides @14', color: 'red' });
  });

  it('says "safe ×1,000" in green when clean', () => {
    expect(badgeFor(cleanReport())).toEqual({ label: 'subnets', message: 'safe ×1,000', color: 'brightgreen' });
  });

  it('counts errors without a collision, and warnings in yellow', () => {
    const r = manyFindingsReport(2, 3);
    r.hosts[0]!.firstCollision = null;
    expect(badgeFor(r).message).toBe('2 errors');
    r.findings = r.findings.filter((f) => f.severity === 'warning');
    expect(badgeFor(r)).toEqual({ label: 'subnets', message: '3 warnings', color: 'yellow' });
  });

  it('writes the shields.io endpoint JSON next to the SVG', () => {
    expect(JSON.parse(formatBadgeEndpoint(badgeFor(cleanReport())))).toEqual({
      schemaVersion: 1,
      label: 'subnets',
      message: 'safe ×1,000',
      color: 'brightgreen',
    });
    expect(endpointPathFor('badges/subnets.svg')).toBe('badges/subnets.json');
    expect(endpointPathFor('badges/subnets')).toBe('badges/subnets.json');
  });

  it('is well-formed SVG with an accessible title, wider for longer text', () => {
    const svg = formatBadgeSvg(badgeFor(peeredVpcReport()));
    const doc = XMLParser.parse(svg);
    expect(doc.name).toBe('svg');
    expect(doc.attrs['aria-label']).toBe('subnets: collides @14');
    expect(svg).toContain('<title>subnets: collides @14</title>');
    expect(svg).toContain('fill="#e05d44"');
    const width = (s: string) => Number(XMLParser.parse(s).attrs.width);
    expect(width(formatBadgeSvg(configErrorBadge()))).toBeLessThan(
      width(formatBadgeSvg({ label: 'subnets', message: 'config error and more text', color: 'red' })),
    );
  });

  it('escapes text for XML', () => {
    const svg = formatBadgeSvg({ label: 'a<b', message: '"&\'', color: 'red' });
    expect(() => XMLParser.parse(svg)).not.toThrow();
    expect(svg).toContain('a&lt;b');
  });

  it('golden: collides @14 and safe ×1,000', () => {
    expectGolden('report/badge-collides.svg', formatBadgeSvg(badgeFor(peeredVpcReport())));
    expectGolden('report/badge-safe.svg', formatBadgeSvg(badgeFor(cleanReport())));
  });
});
