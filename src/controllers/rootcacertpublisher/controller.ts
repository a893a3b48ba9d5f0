import type { KubeObject } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import type { Controller, ControllerContext } from '../controller';
import { Random, randomUid } from '../../clock/random';
import { ROOT_CA_BUNDLE, ROOT_CA_CONFIGMAP, ROOT_CA_KEY } from '../../model/service-account';

/** The annotation the publisher puts on every kube-root-ca.crt (DescriptionAnnotation, Description). */
export const ROOT_CA_DESCRIPTION_ANNOTATION = 'kubernetes.io/description';
export const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. ' +
  'No other usage is guaranteed across distributions of Kubernetes clusters.';

type ConfigMap = KubeObject & { data?: Record<string, string> };

/**
 * The root-ca-cert-publisher (pkg/controller/certificates/rootcacertpublisher): the ConfigMap
 * `kube-root-ca.crt`, holding the cluster's CA bundle under `ca.crt`, in every namespace — the
 * ServiceAccount token volume of every pod projects it. Synced when a namespace is added and when
 * someone deletes or changes the ConfigMap: it is created again, or its data and description
 * annotation are put back (other changes, such as labels, stay).
 *
 * The ConfigMaps take their uids from a generator of their own, never the seeded one pod names and
 * uids come from: a namespace created in a scenario leaves every later name as it was.
 */
export class RootCACertPublisher implements Controller {
  readonly name = 'root-ca-cert-publisher';
  private readonly uids = new Random(0x63616372);

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'Namespace') {
      if (e.type === 'added' || (e.type === 'modified' && (e.object.status as { phase?: string } | undefined)?.phase === 'Active')) enqueue(e.object.metadata.name!);
    } else if (e.kind === 'ConfigMap' && e.type !== 'added' && e.object.metadata.name === ROOT_CA_CONFIGMAP) {
      enqueue(e.object.metadata.namespace ?? '');
    }
  }

  sync(namespace: string): void {
    const ns = this.ctx.store.get('Namespace', undefined, namespace);
    if (!ns || ns.metadata.deletionTimestamp) return;
    const cm = this.ctx.store.get<ConfigMap>('ConfigMap', namespace, ROOT_CA_CONFIGMAP);
    if (!cm) {
      this.ctx.store.create(
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: ROOT_CA_CONFIGMAP, namespace, annotations: { [ROOT_CA_DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION } },
          data: { [ROOT_CA_KEY]: ROOT_CA_BUNDLE },
        } as ConfigMap,
        { uid: randomUid(this.uids) },
      );
      return;
    }
    const dataOk = Object.keys(cm.data ?? {}).length === 1 && cm.data?.[ROOT_CA_KEY] === ROOT_CA_BUNDLE;
    if (dataOk && cm.metadata.annotations?.[ROOT_CA_DESCRIPTION_ANNOTATION]) return;
    this.ctx.store.modify(cm, (o) => {
      o.data = { [ROOT_CA_KEY]: ROOT_CA_BUNDLE };
      o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [ROOT_CA_DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION };
    });
  }
}
