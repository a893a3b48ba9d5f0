/**
 * `kubectl describe deployment | replicaset | pod`, transcribed from describe.go (v1.32) and laid
 * out with its tabwriter (minwidth 0, padding 2). The callers fetch the related objects (the
 * deployment's ReplicaSets, the events about the object, the pod's node) and pass them in;
 * events are printed only when given (an empty array prints `Events: <none>`).
 *
 * Fields the API server always defaults (spec.replicas, the rolling-update parameters, port
 * protocols, probe timings) print with their default when absent, so fixtures that skip defaulting
 * still read like a real server's objects.
 */
import type { Deployment, Event, Node, Pod, ReplicaSet } from '../../model/types';
import { tabbedString } from './describe-writer';
import { controllerOf, printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './describe-fields';
import { describeEvents } from './describe-events';
import { describePodTemplate } from './describe-pod-template';
import { describeContainers, describeResources, describeTopologySpreadConstraints, describeVolumes, podFieldResolver } from './describe-containers';
import { formatLabelSelector, labelSelectorString } from './selector';
import { formatRFC1123Z } from './timestamps';
import { translateTimestampSince } from './human-duration';
import { podQOSClass } from './qos';
import { withSynthesizedRuntimeFields } from './synthesized-fields';

/** What `describe deployment` prints besides the deployment itself. */
export interface DeploymentRelations {
  /** Every old ReplicaSet, scaled to zero or not, in the order to print them. */
  readonly oldRSs: readonly ReplicaSet[];
  /** The ReplicaSet whose template matches the deployment's, if any. */
  readonly newRS?: ReplicaSet;
  /** Events about the deployment; omit to print no Events section. */
  readonly events?: readonly Event[];
}

/**
 * `kubectl describe deployment`. Verified layout (kubectl-and-api.md §2.9):
 * ```
 * Name:                   kubia
 * ...
 * Conditions:
 *   Type           Status  Reason
 *   ----           ------  ------
 *   Available      True    MinimumReplicasAvailable
 * OldReplicaSets:  kubia-bf9b7c90b5 (0/0 replicas created)
 * NewReplicaSet:   kubia-c5d0f40099 (3/3 replicas created)
 * Events:          <none>
 * ```
 * Throws InvalidSelectorError for a selector that does not parse, as kubectl errors out.
 */
export function describeDeployment(d: Deployment, relations: DeploymentRelations, nowMs: number): string {
  const selector = labelSelectorString(d.spec?.selector);
  return tabbedString((w) => {
    const meta = d.metadata ?? {};
    const status = d.status ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(0, `CreationTimestamp:\t${formatRFC1123Z(meta.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(0, `Selector:\t${selector}\n`);
    w.write(
      0,
      `Replicas:\t${d.spec?.replicas ?? 1} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ` +
        `${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
    );
    const strategyType = d.spec?.strategy?.type ?? 'RollingUpdate';
    w.write(0, `StrategyType:\t${strategyType}\n`);
    w.write(0, `MinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}\n`);
    if (strategyType === 'RollingUpdate') {
      const ru = d.spec?.strategy?.rollingUpdate;
      w.write(0, `RollingUpdateStrategy:\t${ru?.maxUnavailable ?? '25%'} max unavailable, ${ru?.maxSurge ?? '25%'} max surge\n`);
    }
    describePodTemplate(d.spec?.template, w);
    const conditions = status.conditions ?? [];
    if (conditions.length > 0) {
      w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(1, '----\t------\t------\n');
      // The space before the tab is upstream's: it pads Type one column wider.
      for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    const newRSs = relations.newRS ? [relations.newRS] : [];
    if (relations.oldRSs.length > 0 || newRSs.length > 0) {
      w.write(0, `OldReplicaSets:\t${replicaSetsSummary(relations.oldRSs)}\n`);
      w.write(0, `NewReplicaSet:\t${replicaSetsSummary(newRSs)}\n`);
    }
    describeEvents(relations.events, w, nowMs);
  });
}

/** What `describe replicaset` prints besides the ReplicaSet itself. */
export interface ReplicaSetRelations {
  /** Pods matching the selector; only those this ReplicaSet controls are counted. */
  readonly pods: readonly Pod[];
  readonly events?: readonly Event[];
}

/**
 * `kubectl describe replicaset`: Name, Namespace, Selector, Labels, Annotations, Controlled By,
 * `Replicas: 1 current / 1 desired`, `Pods Status: 1 Running / 0 Waiting / 0 Succeeded / 0 Failed`,
 * the pod template, Conditions (if any) and Events.
 */
export function describeReplicaSet(rs: ReplicaSet, relations: ReplicaSetRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = rs.metadata ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    const controller = controllerOf(meta);
    if (controller) w.write(0, `Controlled By:\t${controller}\n`);
    w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
    const counts = podPhaseCounts(rs, relations.pods);
    w.write(0, 'Pods Status:\t');
    w.write(0, `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed\n`);
    describePodTemplate(rs.spec?.template, w);
    const conditions = rs.status?.conditions ?? [];
    if (conditions.length > 0) {
      w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(1, '----\t------\t------\n');
      for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    describeEvents(relations.events, w, nowMs);
  });
}

/** What `describe pod` prints besides the pod itself. */
export interface PodRelations {
  readonly events?: readonly Event[];
  /** The pod's node: supplies `Node: <name>/<ip>` when the pod status has no hostIP. */
  readonly node?: Node;
  /**
   * Fill in what a real node would have reported (container and image IDs of started
   * containers; see synthesized-fields.ts). Default true.
   */
  readonly synthesizeRuntimeFields?: boolean;
}

/**
 * `kubectl describe pod`: identity, node and start time, labels and annotations, status and IPs,
 * the controller, containers with their state, conditions, volumes, QoS class, node selectors,
 * tolerations and events — in describe.go's order.
 */
export function describePod(input: Pod, relations: PodRelations, nowMs: number): string {
  const pod = relations.synthesizeRuntimeFields === false ? input : withSynthesizedRuntimeFields(input);
  return tabbedString((w) => {
    const meta = pod.metadata ?? {};
    const spec = pod.spec ?? { containers: [] };
    const status = pod.status ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    if (spec.priority !== undefined && spec.priority !== null) w.write(0, `Priority:\t${spec.priority}\n`);
    if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
    if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
    if (!spec.nodeName) w.write(0, 'Node:\t<none>\n');
    else w.write(0, `Node:\t${spec.nodeName}/${status.hostIP || internalIP(relations.node)}\n`);
    if (status.startTime) w.write(0, `Start Time:\t${formatRFC1123Z(status.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
      w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, nowMs)})\n`);
      // The API server always sets deletionGracePeriodSeconds with deletionTimestamp.
      const grace = meta.deletionGracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30;
      w.write(0, `Termination Grace Period:\t${grace}s\n`);
    } else {
      w.write(0, `Status:\t${status.phase ?? ''}\n`);
    }
    if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
    if (status.message) w.write(0, `Message:\t${status.message}\n`);
    const seccomp = spec.securityContext?.seccompProfile;
    if (seccomp) {
      w.write(0, `SeccompProfile:\t${seccomp.type}\n`);
      if (seccomp.type === 'Localhost') w.write(0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
    }
    w.write(0, `IP:\t${status.podIP ?? ''}\n`);
    const ips = status.podIPs ?? [];
    if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
    else {
      w.write(0, 'IPs:\n');
      for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
    }
    const controller = controllerOf(meta);
    if (controller) w.write(0, `Controlled By:\t${controller}\n`);
    if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
    const podResources = (spec as { resources?: Parameters<typeof describeResources>[0] }).resources;
    if (podResources) {
      w.write(0, 'Resources:\n');
      describeResources(podResources, w, 1);
    }
    const resolver = podFieldResolver(pod);
    if ((spec.initContainers ?? []).length > 0) {
      describeContainers('Init Containers', spec.initContainers!, status.initContainerStatuses, resolver, w, '');
    }
    describeContainers('Containers', spec.containers ?? [], status.containerStatuses, resolver, w, '');
    const gates = spec.readinessGates ?? [];
    if (gates.length > 0) {
      w.write(0, 'Readiness Gates:\n  Type\tStatus\n');
      for (const g of gates) {
        const found = (status.conditions ?? []).find((c) => c.type === g.conditionType);
        w.write(1, `${g.conditionType} \t${found ? found.status : '<none>'} \n`);
      }
    }
    const conditions = status.conditions ?? [];
    if (conditions.length > 0) {
      w.write(0, 'Conditions:\n  Type\tStatus\n');
      for (const c of conditions) w.write(1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(spec.volumes, w, '');
    w.write(0, `QoS Class:\t${podQOSClass(pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
    describeTopologySpreadConstraints(spec.topologySpreadConstraints, w, '');
    describeEvents(relations.events, w, nowMs);
  });
}

/** printReplicaSetsByLabels: `<name> (<status.replicas>/<spec.replicas> replicas created)`, `, `-joined. */
function replicaSetsSummary(rss: readonly ReplicaSet[]): string {
  const text = rss.map((rs) => `${rs.metadata?.name ?? ''} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 1} replicas created)`).join(', ');
  return text === '' ? '<none>' : text;
}

/** getPodStatusForController: phase counts of the pods whose controller is `owner`. */
function podPhaseCounts(owner: ReplicaSet, pods: readonly Pod[]): Record<'Running' | 'Pending' | 'Succeeded' | 'Failed', number> {
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const pod of pods) {
    const ref = pod.metadata?.ownerReferences?.find((r) => r.controller === true);
    const owned = ref && (owner.metadata?.uid ? ref.uid === owner.metadata.uid : ref.kind === 'ReplicaSet' && ref.name === owner.metadata?.name);
    if (!owned) continue;
    const phase = pod.status?.phase;
    if (phase === 'Running' || phase === 'Pending' || phase === 'Succeeded' || phase === 'Failed') counts[phase]++;
  }
  return counts;
}

function internalIP(node: Node | undefined): string {
  return node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '';
}
