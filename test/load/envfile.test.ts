// .env semantics from the Compose documentation ("Use an environment file", syntax rules) and
// compose-networks.md §7 (the process environment wins over .env).
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parseEnvFile, readEnvFiles } from '../../src/load/envfile.js';
import { MemoryReader } from '../../src/load/reader.js';

const none = () => undefined;
const values = (text: string, env: Record<string, string> = {}) => {
  const m = parseEnvFile(text, '.env', (k) => env[k]);
  return Object.fromEntries([...m].map(([k, v]) => [k, v.value]));
};

describe('.env files', () => {
  it('reads KEY=VALUE lines, skipping blank lines and comments', () => {
    expect(values('# comment\n\nA=1\nB=two words\n  C=3\n')).toEqual({ A: '1', B: 'two words', C: '3' });
  });

  it('accepts an export prefix and the yaml-like KEY: VALUE form', () => {
    expect(values('export A=1\nB: 2\n')).toEqual({ A: '1', B: '2' });
  });

  it('strips an inline comment after whitespace from unquoted values, keeps # without space', () => {
    expect(values('A=value # note\nB=a#b\n')).toEqual({ A: 'value', B: 'a#b' });
  });

  it('keeps single-quoted values literally and expands escapes and variables in double quotes', () => {
    expect(values(`A='\${X} \\n'\nB="line1\\nline2"\nX=x\nC="\${X}y"\n`)).toEqual({
      A: '${X} \\n',
      B: 'line1\nline2',
      X: 'x',
      C: 'xy',
    });
  });

  it('allows a double-quoted value to span lines', () => {
    expect(values('A="one\ntwo"\nB=3\n')).toEqual({ A: 'one\ntwo', B: '3' });
  });

  it('interpolates with keys defined earlier in the file, including defaults', () => {
    expect(values('BASE=172.28\nSUBNET=${BASE}.0.0/16\nOTHER=${MISSING:-10.1}.0.0/16\n')).toEqual({
      BASE: '172.28',
      SUBNET: '172.28.0.0/16',
      OTHER: '10.1.0.0/16',
    });
  });

  it('lets the process environment win over the file, also inside later values', () => {
    expect(values('BASE=172.28\nSUBNET=${BASE}.0.0/16\n', { BASE: '10.5' })).toEqual({ BASE: '10.5', SUBNET: '10.5.0.0/16' });
  });

  it('takes a bare KEY from the environment when it is set there and ignores it otherwise', () => {
    expect(values('FROM_ENV\nNOT_SET\nA=1\n', { FROM_ENV: 'yes' })).toEqual({ FROM_ENV: 'yes', A: '1' });
  });

  it('records the line of each key', () => {
    const m = parseEnvFile('\n# c\nA=1\n\nB=2\n', 'deploy/.env', none);
    expect(m.get('A')).toEqual({ value: '1', file: 'deploy/.env', line: 3 });
    expect(m.get('B')?.line).toBe(5);
  });

  it('refuses an unterminated quote, naming the line', () => {
    try {
      parseEnvFile('A=1\nB="open\n', 'x/.env', none);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).pos).toMatchObject({ file: 'x/.env', line: 2 });
      expect((e as Error).message).toMatch(/unterminated quoted value/);
    }
  });

  it('refuses a key with a space or an invalid character, naming the line', () => {
    expect(() => parseEnvFile('A=1\nMY KEY=2\n', '.env', none)).toThrow(/key cannot contain a space/);
    expect(() => parseEnvFile('A=1\n$B=2\n', '.env', none)).toThrow(ConfigError);
    try {
      parseEnvFile('A=1\nB=${\n', '.env', none);
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).pos?.line).toBe(2);
      expect((e as Error).message).toMatch(/invalid interpolation format/);
    }
  });

  it('merges several env files with the later file winning, the process environment over all', () => {
    const r = new MemoryReader({ 'a.env': 'A=1\nB=1\nC=1\n', 'b.env': 'B=2\nC=2\n' });
    const m = readEnvFiles(r, ['a.env', 'b.env'], { C: 'env' });
    expect([...m].map(([k, v]) => [k, v.value, v.file])).toEqual([
      ['A', '1', 'a.env'],
      ['B', '2', 'b.env'],
      ['C', 'env', 'b.env'],
    ]);
  });

  it('refuses a missing env file with a ConfigError naming it', () => {
    expect(() => readEnvFiles(new MemoryReader({}), ['prod.env'], {})).toThrow(/env file not found/);
  });
});
