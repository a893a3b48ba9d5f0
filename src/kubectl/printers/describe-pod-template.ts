/**
 * The `Pod Template:` block (describe.go `DescribePodTemplate`), shared by `describe deployment`,
 * `describe replicaset` and `rollout history --revision`. kubectl-and-api.md §2.9:
 *
 * ```
 * Pod Template:
 *   Labels:  app=kubia
 *   Containers:
 *    nodejs:
 *     Image:         luksa/kubia:v2
 *     ...
 *   Volumes:         <none>
 *   Node-Selectors:  <none>
 *   Tolerations:     <none>
 * ```
 */
import type { PodTemplateSpec } from '../../model/types';
import type { PrefixWriter } from './describe-writer';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './describe-fields';
import { describeContainers, describeTopologySpreadConstraints, describeVolumes } from './describe-containers';

/** Writes the Pod Template block of `template` to `w`. */
export function describePodTemplate(template: PodTemplateSpec | undefined, w: PrefixWriter): void {
  w.write(0, 'Pod Template:\n');
  if (!template) {
    w.write(1, '<unset>');
    return;
  }
  const meta = template.metadata ?? {};
  const spec = template.spec ?? { containers: [] };
  printLabelsMultiline(w, '  Labels', meta.labels);
  if (Object.keys(meta.annotations ?? {}).length > 0) printAnnotationsMultiline(w, '  Annotations', meta.annotations);
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec.initContainers ?? []).length > 0) describeContainers('Init Containers', spec.initContainers!, undefined, undefined, w, '  ');
  describeContainers('Containers', spec.containers ?? [], undefined, undefined, w, '  ');
  describeVolumes(spec.volumes, w, '  ');
  describeTopologySpreadConstraints(spec.topologySpreadConstraints, w, '  ');
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', spec.tolerations);
}
