import { Cluster } from './src';
const c = new Cluster({ seed: 1, nodes: ['node-1','node-2'] });
console.log(c.kubectl('get svc').stdout, c.kubectl('get ep').stdout, c.kubectl('get all').stdout);
const r = c.apply(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx:1.25, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, nodePort: 30080}]
---
apiVersion: v1
kind: Service
metadata: {name: web2}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, nodePort: 30080}]
---
apiVersion: v1
kind: Service
metadata: {name: lb}
spec:
  type: LoadBalancer
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: agent, image: agent:1}]}
`);
console.log(JSON.stringify(r.map(x=>[x.name,x.action,x.error?.message])));
c.advance('30s');
for (const cmd of ['get svc -o wide','get ep','get all','get ds -o wide','get pods -o wide --show-labels', 'get endpointslices', 'get controllerrevisions']) { const o=c.kubectl(cmd); console.log('$ '+cmd+'\n'+o.stdout+o.stderr); }
c.addNode('node-3');
c.advance('10s');
console.log(c.kubectl('get ds').stdout);
console.log(c.kubectl('apply -f -', {stdin: `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, nodePort: 30080}]
`}));
console.log(JSON.stringify(c.get('endpoints','web'), null, 1));
