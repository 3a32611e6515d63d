// daemon-pool-reserved: a daemon.json `default-address-pools` base overlaps a reserved range, so Docker
// will hand out subnets on it sooner or later. An error when a redeploy within the N checked reaches the
// overlapping part, a warning otherwise — with the redeploy on which it would be reached, found by
// replaying the host until its allocation pattern repeats.
import { findingAt, type Finding } from '../model.js';
import { contains, formatPrefix, overlaps, parsePrefix } from '../net/prefix.js';
import { firstCycleWhere, type SimulationResult } from '../simulate/host.js';
import { count, networkText, simulateForever, whenText } from './facts.js';
import { allocationSpace, isPinnedSubnet } from './reserved-collision.js';
import { modelLabel, reservedLabel, reservedOn, type ParsedReserved, type Rule, type RuleContext } from './rule.js';
import type { Prefix } from '../net/prefix.js';

function reach(sim: SimulationResult, base: Prefix, r: ParsedReserved) {
  const bipPinned = !!sim.input.setup.bip;
  let subnet = '';
  const found = firstCycleWhere(
    sim,
    (a) => {
      if (allocationSpace(a) !== 'local') return false;
      for (const p of a.subnets) {
        if (isPinnedSubnet(a, p, bipPinned)) continue;
        if (overlaps(p, base) && overlaps(p, r.prefix)) {
          subnet = formatPrefix(p);
          return true;
        }
      }
      return false;
    },
    [contains(base, r.prefix) ? r.prefix : base],
  );
  return found ? { cycle: found.state.cycle, allocation: found.allocation, subnet } : null;
}

export const daemonPoolReserved: Rule = {
  id: 'daemon-pool-reserved',
  defaultSeverity: 'error',
  shortDescription: 'A default-address-pools base overlaps a reserved range',
  fullDescription:
    'A `default-address-pools` entry in daemon.json covers a range listed under `reserved:` in the inventory, so sooner or later ' +
    'Docker allocates a network on it and the host loses its route to the real network. An error when a redeploy within the ' +
    'checked number reaches it, a warning otherwise, with the redeploy on which it would.',
  help: 'Move the pool base out of every reserved range (subnet-guard prints a proven `default-address-pools` block), restart dockerd and recreate the networks.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of ctx.hosts) {
      const pools = hc.daemon.defaultAddressPools?.value ?? [];
      const where = `on host ${hc.host.name} (${modelLabel(hc.behaviour.model)})`;
      let forever: SimulationResult | undefined;
      for (const entry of pools) {
        const b = parsePrefix(entry.base.value);
        if ('error' in b) continue;
        for (const r of reservedOn(ctx, hc)) {
          if (!overlaps(b.prefix, r.prefix)) continue;
          const head = `default-address-pools base ${entry.base.value} overlaps reserved ${reservedLabel(r.range)}`;
          const fix = 'Fix: move the base out of the reserved ranges (apply the proven block for this host) and restart dockerd.';
          const base = { rule: this.id, ...findingAt(entry.base.pos ?? entry.pos), host: hc.host.name, model: hc.behaviour.model };
          const now = reach(hc.sim, b.prefix, r);
          if (now) {
            const who =
              now.allocation.project === null
                ? now.allocation.network === 'bridge'
                  ? 'docker0'
                  : `host network ${now.allocation.network}`
                : networkText(now.allocation.project, now.allocation.network, now.allocation.source);
            out.push({
              ...base,
              severity: 'error',
              message: `${head}: ${whenText(now.cycle).toLowerCase()} ${where}, ${who} gets ${now.subnet} from it and the host can no longer reach that range. ${fix}`,
              cycle: now.cycle,
            });
            continue;
          }
          forever ??= simulateForever(hc.sim);
          const later = forever === hc.sim ? null : reach(forever, b.prefix, r);
          out.push({
            ...base,
            severity: 'warning',
            message: later
              ? `${head}: no redeploy within the ${count(ctx.cycles)} checked reaches it ${where}, but redeploy ${count(later.cycle)} would ` +
                `(${later.subnet}), and any further network brings that closer. ${fix}`
              : `${head}: the current projects never reach it ${where}, but more networks alive at once would. ${fix}`,
            ...(later ? { cycle: later.cycle } : {}),
          });
        }
      }
    }
    return out;
  },
};
