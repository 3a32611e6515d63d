// The rule set, in the order findings are produced.
import type { Finding } from '../model.js';
import { reservedCollision } from './reserved-collision.js';
import type { Rule, RuleContext } from './rule.js';

export const RULES: readonly Rule[] = [reservedCollision];

export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap((r) => r.check(ctx));
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
