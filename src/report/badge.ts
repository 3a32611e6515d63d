// A status badge: an SVG in the shields.io "flat" style ("subnets | safe ×1000" green, "subnets |
// collides @14" red) and the shields.io endpoint JSON with the same label, message and colour, for
// teams that publish the JSON and let shields.io draw it.
import type { Report } from '../model.js';
import { countFindings, earliestCollision, NOT_CHECKED, notCheckedFindings, thousands, unfinished } from './order.js';

export type BadgeColor = 'brightgreen' | 'yellow' | 'red' | 'lightgrey';

export interface Badge {
  label: string;
  message: string;
  color: BadgeColor;
}

const HEX: Record<BadgeColor, string> = {
  brightgreen: '#4c1',
  yellow: '#dfb317',
  red: '#e05d44',
  lightgrey: '#9f9f9f',
};

export const BADGE_LABEL = 'subnets';

export function badgeFor(report: Report): Badge {
  // a run that could not check what it is for is grey whatever else it found: never "safe"
  const unchecked = notCheckedFindings(report)[0];
  if (unchecked) return { label: BADGE_LABEL, message: NOT_CHECKED[unchecked.rule]!.badge, color: 'lightgrey' };
  const first = earliestCollision(report);
  if (first?.firstCollision) return { label: BADGE_LABEL, message: `collides @${thousands(first.firstCollision.cycle)}`, color: 'red' };
  const c = countFindings(report);
  if (c.errors > 0) return { label: BADGE_LABEL, message: c.errors === 1 ? '1 error' : `${thousands(c.errors)} errors`, color: 'red' };
  if (c.warnings > 0)
    return { label: BADGE_LABEL, message: c.warnings === 1 ? '1 warning' : `${thousands(c.warnings)} warnings`, color: 'yellow' };
  // a simulation that stopped early (its finding suppressed) checked only the first redeploys: not "safe"
  if (unfinished(report).length > 0) return { label: BADGE_LABEL, message: 'incomplete', color: 'lightgrey' };
  return { label: BADGE_LABEL, message: `safe ×${thousands(report.cycles)}`, color: 'brightgreen' };
}

export function configErrorBadge(): Badge {
  return { label: BADGE_LABEL, message: 'config error', color: 'lightgrey' };
}

/** shields.io endpoint JSON (https://shields.io/badges/endpoint-badge) */
export function formatBadgeEndpoint(b: Badge): string {
  return JSON.stringify({ schemaVersion: 1, label: b.label, message: b.message, color: b.color }, null, 2) + '\n';
}

/** where the endpoint JSON goes: next to the SVG, same name with .json */
export function endpointPathFor(svgPath: string): string {
  return /\.svg$/i.test(svgPath) ? svgPath.replace(/\.svg$/i, '.json') : `${svgPath}.json`;
}

// Advance widths of Verdana at 11px (what shields.io measures with), by character class; close enough
// for padding a badge, and the text is drawn with textLength so it always fits the box exactly.
function charWidth(ch: string): number {
  if ("il.,:;|!'".includes(ch)) return 3.2;
  if ('fjrt()[]{}/\\-`'.includes(ch)) return 4.6;
  if (ch === ' ') return 3.9;
  if ('mw'.includes(ch)) return 10.6;
  if ('MW@%'.includes(ch)) return 11.6;
  if (/[0-9]/.test(ch)) return 7;
  if (/[a-z]/.test(ch)) return 6.7;
  if (/[A-Z]/.test(ch)) return 7.8;
  if (ch === '×') return 9.2;
  return 8;
}

export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return Math.round(w * 10) / 10;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function formatBadgeSvg(b: Badge): string {
  const pad = 6;
  const lw = Math.round(textWidth(b.label) + 2 * pad);
  const mw = Math.round(textWidth(b.message) + 2 * pad);
  const w = lw + mw;
  const fill = HEX[b.color];
  // shields' trick: text at 10× scale for crisp rendering
  const lx = lw * 5;
  const mx = (lw + mw / 2) * 10;
  const ltl = (lw - 2 * pad) * 10;
  const mtl = (mw - 2 * pad) * 10;
  const title = `${b.label}: ${b.message}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${xml(title)}">` +
    `<title>${xml(title)}</title>` +
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>` +
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>` +
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${fill}"/><rect width="${w}" height="20" fill="url(#s)"/></g>` +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">` +
    `<text aria-hidden="true" x="${lx}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${ltl}">${xml(b.label)}</text>` +
    `<text x="${lx}" y="140" transform="scale(.1)" fill="#fff" textLength="${ltl}">${xml(b.label)}</text>` +
    `<text aria-hidden="true" x="${mx}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${mtl}">${xml(b.message)}</text>` +
    `<text x="${mx}" y="140" transform="scale(.1)" fill="#fff" textLength="${mtl}">${xml(b.message)}</text>` +
    `</g></svg>\n`
  );
}
