import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadDaemonConfig, MAX_DAEMON_JSON_BYTES } from '../../src/load/daemon.js';
import { loadInventory, MAX_INVENTORY_BYTES } from '../../src/load/inventory.js';
import { MemoryReader } from '../../src/load/reader.js';
import { globToRegExp } from '../../src/load/discover.js';

function refusal(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('size caps before parsing', () => {
  it('refuses a daemon.json over 1 MiB without parsing it', () => {
    const text = `{"labels": [${'"x",'.repeat(MAX_DAEMON_JSON_BYTES / 4)}"x"]}`;
    const e = refusal(() => loadDaemonConfig(new MemoryReader({ 'daemon.json': text }), 'daemon.json'));
    expect(e.message).toMatch(/daemon\.json is \d+\.\d MiB; files larger than 1 MiB are refused/);
    expect(e.pos).toMatchObject({ file: 'daemon.json', line: 1 });
  });

  it('refuses an inventory over 2 MiB without parsing it', () => {
    const entry = '  - cidr: 10.0.0.0/8\n    name: x\n';
    const text = 'version: 1\nreserved:\n' + entry.repeat(Math.ceil(MAX_INVENTORY_BYTES / entry.length) + 1);
    const e = refusal(() => loadInventory(new MemoryReader({ 'network-inventory.yaml': text }), 'network-inventory.yaml'));
    expect(e.message).toMatch(/inventory is \d+\.\d MiB; files larger than 2 MiB are refused/);
  });
});

describe('compose file globs', () => {
  it('refuses a glob whose character class range is reversed, naming the glob', () => {
    expect(refusal(() => globToRegExp('[z-a]/compose.yaml')).message).toMatch(/glob "\[z-a\]\/compose\.yaml" is not a valid pattern/);
  });
});

describe('compose file globs cannot backtrack exponentially', () => {
  it('treats a run of "**" as one and still matches what it matched', () => {
    const re = globToRegExp('**'.repeat(11) + '/compose.yaml');
    expect(re.test('a/b/compose.yaml')).toBe(true);
    expect(re.test('compose.yaml')).toBe(true);
    expect(globToRegExp('**'.repeat(11) + '(').test('node_modules/p/compose.yaml')).toBe(false);
  });
  it('refuses a glob with more than four separate "**"', () => {
    expect(refusal(() => globToRegExp('**/a/**/b/**/c/**/d/**/compose.yaml')).message).toMatch(/more than 4 "\*\*"/);
  });
});
