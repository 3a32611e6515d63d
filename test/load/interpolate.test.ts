// Expected values come from compose-networks.md §7 and the Compose specification's interpolation
// section (the semantics are those of POSIX parameter expansion that Compose documents).
import { describe, expect, it } from 'vitest';
import { InterpolationError, substitute } from '../../src/load/interpolate.js';

const env: Record<string, string> = { SET: 'value', EMPTY: '', NET: '10.9', B: 'bee' };
const lookup = (k: string) => (Object.prototype.hasOwnProperty.call(env, k) ? env[k] : undefined);
const sub = (t: string) => substitute(t, lookup).value;

describe('interpolation forms (compose-networks.md §7)', () => {
  it.each([
    ['$SET', 'value'],
    ['${SET}', 'value'],
    ['pre-${SET}-post', 'pre-value-post'],
    ['$SET-bar', 'value-bar'],
    ['${UNSET:-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${SET:-d}', 'value'],
    ['${UNSET-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${SET-d}', 'value'],
    ['${SET:?msg}', 'value'],
    ['${EMPTY?msg}', ''],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${UNSET:+alt}', ''],
    ['${SET+alt}', 'alt'],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${B:-x}}', 'bee'],
    ['${UNSET:-${ALSO_UNSET:-x}}', 'x'],
    ['${UNSET:-/with:-colons}', '/with:-colons'],
    ['$$', '$'],
    ['$${SET}', '${SET}'],
    ['a $$VAR b', 'a $VAR b'],
    ['${IPV4_NETWORK:-172.22.1}.0/24', '172.22.1.0/24'],
    ['${NET}.0.0/16', '10.9.0.0/16'],
    ['$set_lower', ''],
    ['no dollar at all', 'no dollar at all'],
  ])('%s → %j', (template, expected) => {
    expect(sub(template)).toBe(expected);
  });

  it('substitutes an unset variable without default by an empty string and reports it', () => {
    const r = substitute('x${UNSET}y$ALSO', lookup);
    expect(r.value).toBe('xy');
    expect(r.unset).toEqual(['UNSET', 'ALSO']);
  });

  it('does not report a variable as unset when its default was used', () => {
    expect(substitute('${UNSET:-d}', lookup).unset).toEqual([]);
  });

  it.each(['${', '$}', '${}', '${ FOO}', '${FOO }', '${FOO!}', '${FOO:x}', '$1', 'cost 5$', 'a $ b', '${1A}'])(
    'refuses %j as an invalid interpolation format',
    (template) => {
      expect(() => sub(template)).toThrow(InterpolationError);
      try {
        sub(template);
      } catch (e) {
        expect((e as InterpolationError).kind).toBe('invalid');
        expect((e as Error).message).toMatch(/invalid interpolation format/);
      }
    },
  );

  it.each([
    ['${UNSET:?must be set}', 'required variable UNSET is missing a value: must be set'],
    ['${EMPTY:?must be set}', 'required variable EMPTY is missing a value: must be set'],
    ['${UNSET?}', 'required variable UNSET is missing a value'],
  ])('%s is an error naming the variable and the message', (template, message) => {
    expect(() => sub(template)).toThrow(message);
  });

  it('records which variable a value came from and whether its default was used', () => {
    const r = substitute('${IPV4_NETWORK:-172.22.1}.0/24', lookup);
    expect(r.origins).toEqual([{ variable: 'IPV4_NETWORK', usedDefault: true, unset: false }]);
    const set = substitute('${NET:-172.22}.0.0/16', lookup);
    expect(set.value).toBe('10.9.0.0/16');
    expect(set.origins).toEqual([{ variable: 'NET', usedDefault: false, unset: false }]);
    const unset = substitute('${SUBNET}', lookup);
    expect(unset.origins).toEqual([{ variable: 'SUBNET', usedDefault: false, unset: true }]);
  });

  it('records both variables of a nested default', () => {
    const r = substitute('${A_UNSET:-${B}}', lookup);
    expect(r.value).toBe('bee');
    expect(r.origins.map((o) => o.variable)).toEqual(['A_UNSET', 'B']);
  });
});
