import type { KubectlResult } from '../result';
import { Ctx } from './context';
import { resolveRequests, fetchObjects } from './get';
import { describeDeployment, describeReplicaSet, describePod } from '../printers';
import type { Deployment, Event, KubeObject, Node, Pod, ReplicaSet } from '../../model/types';
import { findNewReplicaSet } from '../../controllers/deployment/util';

/** `kubectl describe TYPE [NAME…]`: deployments, replicasets and pods so far. */
export function describe(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  if (cmd.args.length === 0) return out.fail("You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee 'kubectl describe -h' for help and examples");
  const resolved = resolveRequests(cmd.args);
  if (!resolved.ok) return out.fail(resolved.error);
  const errors: string[] = [];
  const now = sim.now();
  const texts: string[] = [];
  const events = sim.list<Event & KubeObject>('Event', '*');
  const eventsFor = (o: KubeObject) => events.filter((e) => e.involvedObject?.uid === o.metadata.uid).sort((a, b) => ((a.lastTimestamp ?? '') < (b.lastTimestamp ?? '') ? -1 : (a.lastTimestamp ?? '') > (b.lastTimestamp ?? '') ? 1 : 0));
  for (const req of resolved.requests) {
    const objects = fetchObjects(ctx, req, false, errors);
    for (const o of objects) {
      switch (o.kind) {
        case 'Deployment': {
          const d = o as Deployment & KubeObject;
          const rss = sim.list<ReplicaSet & KubeObject>('ReplicaSet', o.metadata.namespace).filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid && r.controller));
          const newRS = findNewReplicaSet(d, rss);
          texts.push(describeDeployment(d, { oldRSs: rss.filter((r) => r !== newRS), newRS, events: eventsFor(o) }, now));
          break;
        }
        case 'ReplicaSet': {
          const pods = sim.list<Pod & KubeObject>('Pod', o.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid));
          texts.push(describeReplicaSet(o as ReplicaSet, { pods, events: eventsFor(o) }, now));
          break;
        }
        case 'Pod': {
          const pod = o as Pod & KubeObject;
          const node = pod.spec?.nodeName ? sim.get<Node & KubeObject>('Node', pod.spec.nodeName) : undefined;
          texts.push(describePod(pod, { events: eventsFor(o), node }, now));
          break;
        }
        default:
          errors.push(`error: describing ${req.resource.plural} is not supported by the simulator yet`);
      }
    }
    if (objects.length === 0 && !req.names && errors.length === 0) out.err(`No resources found in ${ctx.namespace} namespace.\n`);
  }
  out.out(texts.join('\n\n'));
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}
