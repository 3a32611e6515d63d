// A compose project as `docker stack deploy -c <files> <stack>` deploys it: every network the stack
// creates is named <stack>_<key> (unless `name:` is written) and, with no driver or the local `bridge`
// default, is a swarm overlay network. External networks are joined as they are.
import type { ComposeProject } from '../model.js';

export function asStack(p: ComposeProject, stack: string): ComposeProject {
  const networks = p.networks.map((n) => {
    if (n.external) return n;
    const name = n.namePos ? n.name : `${stack}_${n.key}`;
    const driver = n.driver === 'bridge' ? 'overlay' : n.driver;
    return name === n.name && driver === n.driver ? n : { ...n, name, driver };
  });
  return { ...p, name: stack, networks };
}
