// The awesome-compose corpus (fixtures/awesome-compose, CC0) as a robustness and speed check: every
// project loads without an internal error, quickly. What each project's networks must be is checked
// against real Compose in test/conformance/compose.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverProjects } from '../../src/load/discover.js';
import { loadProject } from '../../src/load/compose.js';
import { FsReader } from '../../src/load/reader.js';

const root = join(import.meta.dirname, '../../fixtures/awesome-compose');

describe('awesome-compose corpus', () => {
  const reader = new FsReader(root);
  const projects = discoverProjects(reader);

  it('discovers all 39 projects', () => {
    expect(projects).toHaveLength(39);
    expect(projects.map((p) => p.dir)).toEqual(
      readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort(),
    );
  });

  it('loads every project without an error, each with the networks of its services', () => {
    const t = performance.now();
    for (const p of projects) {
      const loaded = loadProject({ reader, files: p.files, environment: {} });
      // every active service that is not in network_mode joins at least one predicted network
      for (const s of loaded.services.filter((x) => x.active && !x.networkMode)) {
        expect(
          loaded.networks.some((n) => n.usedBy.includes(s.name)),
          `${p.dir}: ${s.name}`,
        ).toBe(true);
      }
    }
    console.log(`corpus loaded in ${(performance.now() - t).toFixed(0)} ms`);
  });

  it('warns about the unset variables of pihole-cloudflared-DoH at their lines', () => {
    const p = loadProject({ reader, files: ['pihole-cloudflared-DoH/compose.yaml'], environment: {} });
    const tz = p.warnings.filter((w) => w.variable === 'TIMEZONE');
    expect(tz.length).toBe(2);
    expect(tz.every((w) => w.code === 'unset-variable' && w.pos?.file === 'pihole-cloudflared-DoH/compose.yaml')).toBe(true);
  });
});
