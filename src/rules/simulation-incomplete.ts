// simulation-incomplete: the simulation of a host stopped at one of its budgets (network results stored,
// or cycles) before it had answered every redeploy asked for, and before the allocation pattern repeated.
// The other rules then saw the first cycles only: a collision or a failure on a later redeploy would go
// unreported, so the check must not pass as clean. Every host × engine model that stopped early gets one
// finding naming how far it got and which limit it hit.
import { findingAt, type Finding } from '../model.js';
import { count, plural } from './facts.js';
import { modelLabel, type Rule, type RuleContext } from './rule.js';

export const simulationIncomplete: Rule = {
  id: 'simulation-incomplete',
  defaultSeverity: 'error',
  shortDescription: 'The simulation stopped at a budget before every redeploy was checked',
  fullDescription:
    'subnet-guard replays a host until the allocation pattern repeats (then every later redeploy is known) or until the ' +
    'number of redeploys asked for is reached. To bound its time and memory it also stops after a fixed amount of work. ' +
    'When that budget runs out first, the redeploys after the last one simulated were not checked: a collision or a failed ' +
    '`docker compose up` there is not reported, so the result is not a pass.',
  help:
    'Check fewer redeploys (`cycles` in the inventory or `--cycles`; the message says how many were answered), or make the ' +
    'allocation pattern repeat sooner: fewer networks on the host, pinned subnets for the many networks that never move, or ' +
    '`default-address-pools` with fewer candidates.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of ctx.hosts) {
      const sim = hc.sim;
      if (!sim.truncated) continue;
      const answered = sim.window.length;
      const limit =
        sim.stoppedBy === 'window'
          ? `its limit of ${plural(sim.maxWindow, 'simulated redeploy', 'simulated redeploys')}`
          : sim.stoppedBy === 'holds'
            ? `its work budget of ${count(sim.maxWork)}: the daemon's \`network create\` requests held more runs of candidates rejected by the host's routes and nameservers than that (Engine ≤ 26 with overlapping default-address-pools)`
            : `its work budget of ${plural(sim.maxWork, 'network creation', 'network creations')} (${count(sim.work)} made) before the allocation pattern repeated`;
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        message:
          `On host ${hc.host.name} (${modelLabel(hc.behaviour.model)}) the simulation answered ${count(answered)} of the ` +
          `${plural(sim.cycles, 'redeploy', 'redeploys')} asked for: it stopped at ${limit}. Redeploys ${count(answered + 1)} ` +
          `to ${count(sim.cycles)} were not checked, so a collision or a failure there is not reported. ` +
          `Fix: check at most ${plural(answered, 'redeploy', 'redeploys')} on this host, or make the pattern repeat sooner ` +
          '(fewer networks, pinned subnets for the networks that never move, fewer pool candidates).',
        ...findingAt(hc.host.pos),
        host: hc.host.name,
        model: hc.behaviour.model,
        cycle: answered + 1,
      });
    }
    return out;
  },
};
