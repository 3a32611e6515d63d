import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadProject } from '../../src/load/compose.js';
import { MemoryReader } from '../../src/load/reader.js';
import { composeWarning } from '../../src/rules/compose-warning.js';
import type { HostProject } from '../../src/simulate/host.js';
import { context, host, run } from './helpers.js';

function loaded(compose: string): HostProject {
  return {
    project: loadProject({ reader: new MemoryReader({ 'app/compose.yaml': compose }), files: ['app/compose.yaml'], environment: {} }),
    lifecycle: 'cycling',
  };
}

const COMPOSE = `services:
  web:
    image: nginx:\${TAG}
    networks: [edge, db]
networks:
  edge:
    internal: yes
  db:
    ipam:
      config:
        - subnet: \${DB_NET:-10.50.0.0/24}
x-ok: 1
extra: 1
`;

describe('compose-warning', () => {
  it('reports each load warning once, at its line, except the unset variables unset-variable reports', () => {
    const hp = loaded(COMPOSE);
    const fs = run(composeWarning, context([...host([hp], { name: 'a' }), ...host([hp], { name: 'b' })]));
    const lines = [...fs].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((f) => `${f.line}: ${f.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^3: Project app: The "TAG" variable is not set/),
      expect.stringMatching(/^7: Project app: networks\.edge\.internal: "yes" for boolean is not supported/),
      expect.stringMatching(/^13: Project app: unknown top-level key "extra"/),
    ]);
    // DB_NET (line 11) feeds a subnet: unset-variable's finding, not this rule's
    expect(fs.every((f) => f.severity === 'note' && f.file === 'app/compose.yaml')).toBe(true);
  });

  it('brings an include conflict no longer silently: the check refuses it at the line', () => {
    const reader = new MemoryReader({
      'app/compose.yaml': 'include: [lib.yaml]\nservices:\n  web:\n    image: x\n    networks: [n]\nnetworks:\n  n:\n    internal: true\n',
      'app/lib.yaml': 'networks:\n  n: {}\n',
    });
    expect(() => check(reader, {})).toThrow(/networks\.n conflicts with imported resource/);
  });

  it('reaches the report of a whole check', () => {
    const reader = new MemoryReader({
      'app/compose.yaml': 'services:\n  web:\n    image: x\n    networks: [n]\nnetworks:\n  n:\n    external: no\n',
    });
    const { report } = check(reader, {});
    expect(report.findings.filter((f) => f.rule === 'compose-warning').map((f) => `${f.file}:${f.line}`)).toEqual(['app/compose.yaml:7']);
  });
});
