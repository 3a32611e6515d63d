// One finding per problem when a host is checked under both engine models (Engine unknown).
import { describe, expect, it } from 'vitest';
import type { Finding, ModelName } from '../../src/model.js';
import { mergeModels } from '../../src/rules/models.js';

const ctx = (models: ModelName[]) => ({
  cycles: 1000,
  hosts: models.map((m) => ({ host: { name: 'h' }, behaviour: { model: m } })) as never,
});

function f(model: ModelName, cycle: number | undefined, extra: Partial<Finding> = {}): Finding {
  const label = model === 'round-robin' ? 'Engine ≤ 26, round-robin' : 'Engine ≥ 27, first-fit';
  return {
    rule: 'reserved-collision',
    severity: 'error',
    message: `On redeploy ${cycle}, network n gets 10.0.0.0/24 on host h (${label}). Fix: pin it.`,
    file: 'app/compose.yaml',
    line: 3,
    column: 3,
    host: 'h',
    model,
    cycle,
    ...extra,
  };
}

describe('one finding per problem across engine models', () => {
  it('merges the same place and redeploy into one finding "on Engine ≤ 26 and ≥ 27"', () => {
    const out = mergeModels([f('round-robin', 14), f('first-fit', 14)], ctx(['round-robin', 'first-fit']));
    expect(out).toHaveLength(1);
    expect(out[0]!.model).toBeUndefined();
    expect(out[0]!.cycle).toBe(14);
    expect(out[0]!.message).toBe('On redeploy 14, network n gets 10.0.0.0/24 on host h (Engine ≤ 26 and ≥ 27). Fix: pin it.');
  });

  it('merges different redeploys into one finding that gives both, the earlier first', () => {
    const out = mergeModels([f('round-robin', 40), f('first-fit', 3)], ctx(['round-robin', 'first-fit']));
    expect(out).toHaveLength(1);
    expect(out[0]!.cycle).toBe(3);
    expect(out[0]!.message).toContain('(Engine ≥ 27, first-fit; redeploy 40 on ≤ 26)');
  });

  it('says "never" for the model that never reaches it', () => {
    const out = mergeModels([f('round-robin', 14)], ctx(['round-robin', 'first-fit']));
    expect(out).toHaveLength(1);
    expect(out[0]!.model).toBe('round-robin');
    expect(out[0]!.message).toContain('(Engine ≤ 26, round-robin; never on ≥ 27 in 1,000 redeploys)');
  });

  it('does not say "never" when the other model has the same problem elsewhere', () => {
    const elsewhere = f('first-fit', 2, { line: 9 });
    const out = mergeModels([f('round-robin', 14), elsewhere], ctx(['round-robin', 'first-fit']));
    expect(out).toHaveLength(2);
    expect(out.map((x) => x.message).join(' ')).not.toContain('never');
  });

  it('leaves a host checked under one known engine alone', () => {
    const one = [f('round-robin', 14)];
    expect(mergeModels(one, ctx(['round-robin']))).toEqual(one);
  });

  it('keeps "likewise" when the two messages say different things at the same redeploy', () => {
    const a = f('round-robin', 1, { message: 'Docker says "could not find an available pool" (Engine ≤ 26, round-robin).' });
    const b = f('first-fit', 1, {
      message: 'Docker says "all predefined address pools have been fully subnetted" (Engine ≥ 27, first-fit).',
    });
    const out = mergeModels([a, b], ctx(['round-robin', 'first-fit']));
    expect(out).toHaveLength(1);
    expect(out[0]!.message).toContain('(Engine ≤ 26, round-robin; likewise on ≥ 27)');
  });
});
