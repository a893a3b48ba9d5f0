import { Cluster } from './src';
const c = new Cluster({ seed: 1, nodes: ['node-1','node-2','node-3'] });
const ds = (img: string, extra = '') => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
${extra}  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: agent, image: ${img}}]}
`;
c.apply(ds('agent:1'));
c.advance('10s');
c.on((e) => { if (e.type === 'k8s-event' && e.involvedKind === 'DaemonSet') console.log(((e.at - c.now())/1000).toFixed(0), e.reason, e.message); if (e.type==='modified' && e.kind==='DaemonSet') { const s = e.object.status as any; console.log(new Date(e.at).toISOString().slice(11,19), 'status', s.desiredNumberScheduled, s.currentNumberScheduled, s.numberReady, s.updatedNumberScheduled, s.numberAvailable, s.numberUnavailable); } });
console.log(c.apply(ds('agent:2')));
const t0 = c.now();
console.log(c.kubectl('rollout status ds agent'));
console.log((c.now()-t0)/1000);
console.log(c.kubectl('get pods -o wide').stdout);
console.log(c.kubectl('get controllerrevisions').stdout);
