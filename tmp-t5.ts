import { Cluster, deploymentManifest, serviceManifest, traffic } from './src';
function scenario(label: string, opts: { strategy?: 'Recreate'; probe?: boolean; change?: boolean; crash?: boolean }) {
  const c = new Cluster({ seed: 1 });
  if (opts.crash) c.setImageBehaviour('api:v1', { healthyAfterSeconds: 5, crashAfterSeconds: 30 });
  c.apply(deploymentManifest({ name: 'shop', replicas: 2, image: 'api:v1', containerPort: 8080, strategy: opts.strategy, readinessProbe: opts.probe ? { periodSeconds: 2 } : undefined }));
  c.runUntilRolledOut('shop');
  c.apply(serviceManifest({ name: 'shop', selector: { app: 'shop' }, targetPort: 8080 }));
  if (opts.change) c.kubectl('set image deployment/shop api=api:v2');
  const rec = new traffic.TrafficRecorder(c, 'shop', 'default', (i) => c.images.get(i));
  const start = c.now();
  c.advance('2m');
  rec.stop();
  const r = traffic.summarize(traffic.sendRequests(rec.snapshots, traffic.atRate(10, start, 120000)));
  console.log(label, traffic.describeResult(r, start), r.succeeded);
}
scenario('recreate rate', { strategy: 'Recreate', change: true });
scenario('crash no probe', { crash: true });
scenario('crash probe', { crash: true, probe: true });
