// joinRel and leavesRoot take a quick path for paths that are already normal; every answer must be the
// one path.posix.normalize gives (joinRelSlow / leavesRootSlow).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinRel, joinRelSlow, leavesRoot, leavesRootSlow } from '../../src/load/reader.js';

const segment = fc.constantFrom('a', 'b', 'svc-0001', 'compose.yaml', '.env', '.', '..', '...', '.a', 'a.', '..a', '', ' ', '\\', 'c:');
const part = fc
  .array(segment, { maxLength: 5 })
  .chain((segs) =>
    fc
      .record({ lead: fc.constantFrom('', '/', './', '../', '//'), trail: fc.constantFrom('', '/', '//', '/.') })
      .map(({ lead, trail }) => lead + segs.join('/') + trail),
  );

describe('repository-relative paths', () => {
  it('joinRel agrees with path.posix.normalize on any parts', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), (parts) => {
        expect(joinRel(...parts)).toBe(joinRelSlow(parts));
      }),
      { numRuns: 20_000, seed: 20261129 },
    );
  });

  it('leavesRoot agrees with path.posix.normalize on any path', () => {
    fc.assert(
      fc.property(part, (p) => {
        expect(leavesRoot(p)).toBe(leavesRootSlow(p));
      }),
      { numRuns: 20_000, seed: 20261129 },
    );
  });

  it('keeps the answers that matter for the repository boundary', () => {
    expect(joinRel('.', 'services/web', 'compose.yaml')).toBe('services/web/compose.yaml');
    expect(joinRel('services/web', '../../etc/passwd')).toBe('etc/passwd');
    expect(joinRel('services', '../../etc/passwd')).toBe('../etc/passwd');
    expect(leavesRoot('../etc/passwd')).toBe(true);
    expect(leavesRoot('a/../../b')).toBe(true);
    expect(leavesRoot('/etc/passwd')).toBe(true);
    expect(leavesRoot('a/..b/c')).toBe(false);
    expect(joinRel('', '.', '')).toBe('.');
    expect(joinRel('a/')).toBe('a');
  });
});
