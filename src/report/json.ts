// --format json: the versioned contract in design.md (schemaVersion 1). Additive changes only; a
// breaking change bumps schemaVersion.
import type { Report } from '../model.js';

export function toJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
