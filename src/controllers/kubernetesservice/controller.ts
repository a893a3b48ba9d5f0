import type { KubeObject, Node } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import type { Controller, ControllerContext } from '../controller';
import { Random, randomUid } from '../../clock/random';
import { KUBERNETES_SERVICE_IP } from '../../model/service';

type N = Node & KubeObject;

/** The API server's secure port on minikube, where the `kubernetes` endpoints point. */
export const APISERVER_PORT = 8443;
/** How often the API server reconciles the `kubernetes` Service (controlplane EndpointInterval). */
export const RECONCILE_INTERVAL_MS = 10_000;
const KEY = 'default/kubernetes';

/**
 * What the API server keeps for itself (pkg/controlplane/controller/kubernetesservice and the
 * lease endpoint reconciler): the `kubernetes` Service in `default` with the first address of the
 * service range, 10.96.0.1:443, and its Endpoints / EndpointSlice pointing at the control-plane
 * node, 192.168.49.2:8443. Created when the cluster starts; put back within ten seconds when
 * someone deletes them (`kubectl delete all --all`).
 *
 * The objects made at start carry uids of their own, so the seeded sequence of pod names and
 * uids is the same as in a cluster without them.
 */
export class KubernetesServiceController implements Controller {
  readonly name = 'kubernetes-service';
  private readonly uids = new Random(0x6b756265);
  private pending = false;

  constructor(private readonly ctx: ControllerContext, private readonly clusterStart: number) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type === 'added' && e.kind === 'Namespace' && e.object.metadata.name === 'default') enqueue(KEY);
    else if (e.type === 'deleted' && e.object.metadata.namespace === 'default' && e.object.metadata.name === 'kubernetes' && ['Service', 'Endpoints', 'EndpointSlice'].includes(e.kind)) {
      if (this.pending) return;
      this.pending = true;
      const sinceStart = this.ctx.clock.now() - this.clusterStart;
      this.ctx.enqueueAfter(KEY, RECONCILE_INTERVAL_MS - (sinceStart % RECONCILE_INTERVAL_MS));
    }
  }

  sync(): void {
    this.pending = false;
    if (!this.ctx.store.get('Namespace', undefined, 'default')) return;
    const nodes = this.ctx.store.list<N>('Node');
    const controlPlane = nodes.find((n) => Object.keys(n.metadata.labels ?? {}).includes('node-role.kubernetes.io/control-plane')) ?? nodes[0];
    const ip = controlPlane?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '192.168.49.2';
    // At start the uids come from a generator of their own; a re-creation later is an ordinary write.
    const started = this.ctx.clock.now() === this.clusterStart;
    const uid = () => (started ? { uid: randomUid(this.uids) } : {});
    if (!this.ctx.store.get('Service', 'default', 'kubernetes')) {
      this.ctx.store.create(
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
          spec: {
            clusterIP: KUBERNETES_SERVICE_IP,
            clusterIPs: [KUBERNETES_SERVICE_IP],
            internalTrafficPolicy: 'Cluster',
            ipFamilies: ['IPv4'],
            ipFamilyPolicy: 'SingleStack',
            ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: APISERVER_PORT }],
            sessionAffinity: 'None',
            type: 'ClusterIP',
          },
          status: { loadBalancer: {} },
        } as KubeObject,
        uid(),
      );
    }
    if (!this.ctx.store.get('Endpoints', 'default', 'kubernetes')) {
      this.ctx.store.create(
        {
          apiVersion: 'v1',
          kind: 'Endpoints',
          metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
          subsets: [{ addresses: [{ ip }], ports: [{ name: 'https', port: APISERVER_PORT, protocol: 'TCP' }] }],
        } as KubeObject,
        uid(),
      );
    }
    if (!this.ctx.store.get('EndpointSlice', 'default', 'kubernetes')) {
      this.ctx.store.create(
        {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
          addressType: 'IPv4',
          endpoints: [{ addresses: [ip], conditions: { ready: true } }],
          ports: [{ name: 'https', port: APISERVER_PORT, protocol: 'TCP' }],
        } as KubeObject,
        uid(),
      );
    }
  }
}
