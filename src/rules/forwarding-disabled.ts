// forwarding-disabled: daemon.json turns off `ip-forward` or `iptables` on a host where a project
// publishes ports. Published ports reach containers through DNAT and kernel forwarding; with
// "ip-forward": false Docker no longer enables forwarding, and with "iptables": false it writes no NAT
// rules at all.
import { findingAt, type Finding } from '../model.js';
import { hostsOnce } from './facts.js';
import type { HostCheck, Rule, RuleContext } from './rule.js';

function publishers(hc: HostCheck): { project: string; service: string; where: string }[] {
  const out: { project: string; service: string; where: string }[] = [];
  for (const hp of hc.projects) {
    for (const p of hp.project.publishedPorts) {
      out.push({ project: hp.project.name, service: p.service, where: p.pos ? ` (${p.pos.file}:${p.pos.line})` : '' });
    }
  }
  return out;
}

function list(ps: ReturnType<typeof publishers>): string {
  const shown = ps.slice(0, 3).map((p) => `service ${p.service} of project ${p.project}${p.where}`);
  const more = ps.length > 3 ? ` and ${ps.length - 3} more` : '';
  return shown.join(', ') + more;
}

export const forwardingDisabled: Rule = {
  id: 'forwarding-disabled',
  defaultSeverity: 'error',
  shortDescription: 'daemon.json turns off ip-forward or iptables while ports are published',
  fullDescription:
    'Published ports reach containers through NAT rules and the kernel\'s IP forwarding. With `"ip-forward": false` Docker no longer ' +
    'turns forwarding on, so unless something else does, connections from other machines to published ports and traffic from ' +
    'containers to the outside are dropped. With `"iptables": false` Docker writes no NAT rules: containers cannot reach the ' +
    "outside, and published ports are served only by the userland proxy (when enabled), which hides clients' addresses.",
  help: 'Remove `"ip-forward": false` / `"iptables": false` from daemon.json (or set them to true) and restart dockerd — or stop publishing ports on this host.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const hc of hostsOnce(ctx)) {
      const ps = publishers(hc);
      if (ps.length === 0) continue;
      const base = { rule: this.id, severity: this.defaultSeverity, host: hc.host.name };
      const fwd = hc.daemon.ipForward;
      if (fwd && fwd.value === false) {
        out.push({
          ...base,
          message:
            `On host ${hc.host.name}, daemon.json sets "ip-forward": false while ${list(ps)} ${ps.length === 1 ? 'publishes' : 'publish'} ports: ` +
            'Docker no longer turns on IP forwarding, so unless something else does, connections from other machines to those ports ' +
            'are dropped and containers cannot reach anything outside the host. Fix: remove the setting (or set it to true) and restart dockerd.',
          ...findingAt(fwd.pos),
        });
      }
      const ipt = hc.daemon.iptables;
      if (ipt && ipt.value === false) {
        out.push({
          ...base,
          message:
            `On host ${hc.host.name}, daemon.json sets "iptables": false while ${list(ps)} ${ps.length === 1 ? 'publishes' : 'publish'} ports: ` +
            'Docker writes no NAT rules, so containers cannot reach anything outside the host and the ports are served only by the ' +
            "userland proxy (if enabled), which hides the clients' addresses. Fix: remove the setting (or set it to true) and restart dockerd.",
          ...findingAt(ipt.pos),
        });
      }
    }
    return out;
  },
};
