import { Cluster, deploymentManifest, serviceManifest, traffic } from './src';
function scenario(label: string, opts: { strategy?: 'Recreate'; probe?: boolean; slow?: boolean }) {
  const c = new Cluster({ seed: 1 });
  if (opts.slow) c.setImageBehaviour('shop:v2', { healthyAfterSeconds: 10 });
  c.apply(deploymentManifest({ name: 'shop', replicas: 3, image: 'shop:v1', containerPort: 8080, strategy: opts.strategy, readinessProbe: opts.probe ? { periodSeconds: 2 } : undefined }));
  c.runUntilRolledOut('shop');
  c.apply(serviceManifest({ name: 'shop', selector: { app: 'shop' }, targetPort: 8080 }));
  c.kubectl('set image deployment/shop shop=shop:v2');
  const rec = new traffic.TrafficRecorder(c, 'shop', 'default', (i) => c.images.get(i));
  const start = c.now();
  c.runUntilRolledOut('shop');
  rec.stop();
  const r = traffic.summarize(traffic.sendRequests(rec.snapshots, traffic.spreadEvenly(1000, start, c.now())));
  console.log(label, ((c.now() - start) / 1000) + 's', traffic.describeResult(r, start), JSON.stringify(r.perPod));
}
scenario('recreate', { strategy: 'Recreate' });
scenario('recreate slow', { strategy: 'Recreate', slow: true });
scenario('rolling no probe slow', { slow: true });
scenario('rolling probe slow', { slow: true, probe: true });
scenario('rolling no probe fast', {});
