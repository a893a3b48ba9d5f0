/**
 * `kubectl describe daemonset | job`, transcribed from describe.go (v1.32) and checked against the
 * real kubectl v1.32 binary (golden cases describe-daemonset, describe-job*). Callers fetch the
 * related objects.
 *
 * Job fields the API server always defaults (parallelism, completions when neither is set, the
 * backoff limit, the completion mode, suspend) print with their default when absent.
 */
import type { DaemonSet, Event, KubeObject, LabelSelector, ObjectMeta, Pod, PodTemplateSpec } from '../../model/types';
import { tabbedString } from './describe-writer';
import { controllerOf, printAnnotationsMultiline, printLabelsMultiline } from './describe-fields';
import { describeEvents } from './describe-events';
import { describePodTemplate } from './describe-pod-template';
import { InvalidSelectorError, formatLabels, labelSelectorString } from './selector';
import { formatRFC1123Z, parseTimestamp } from './timestamps';
import { humanDuration } from './human-duration';

/** getPodStatusForController: phase counts of the pods whose controller has uid `uid`. */
export function controlledPodPhases(uid: string | undefined, pods: readonly Pod[]): Record<'Running' | 'Pending' | 'Succeeded' | 'Failed', number> {
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const pod of pods) {
    const ref = pod.metadata?.ownerReferences?.find((r) => r.controller === true);
    if (!ref || ref.uid !== uid) continue;
    const phase = pod.status?.phase;
    if (phase === 'Running' || phase === 'Pending' || phase === 'Succeeded' || phase === 'Failed') counts[phase]++;
  }
  return counts;
}

/** What `describe daemonset` prints besides the DaemonSet. */
export interface DaemonSetRelations {
  /** Pods matching the selector; only those the DaemonSet controls are counted. */
  readonly pods: readonly Pod[];
  readonly events?: readonly Event[];
}

/**
 * `kubectl describe daemonset`. The five "Number of Nodes" lines have no tab: they end the
 * alignment block of the lines above them.
 */
export function describeDaemonSet(ds: DaemonSet, relations: DaemonSetRelations, nowMs: number): string {
  const selector = labelSelectorString(ds.spec?.selector);
  return tabbedString((w) => {
    const meta = ds.metadata ?? {};
    const status = ds.status;
    // v1.32 prints no Namespace line for a DaemonSet.
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Selector:\t${selector}\n`);
    w.write(0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(0, `Desired Number of Nodes Scheduled: ${status?.desiredNumberScheduled ?? 0}\n`);
    w.write(0, `Current Number of Nodes Scheduled: ${status?.currentNumberScheduled ?? 0}\n`);
    w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${status?.updatedNumberScheduled ?? 0}\n`);
    w.write(0, `Number of Nodes Scheduled with Available Pods: ${status?.numberAvailable ?? 0}\n`);
    w.write(0, `Number of Nodes Misscheduled: ${status?.numberMisscheduled ?? 0}\n`);
    const c = controlledPodPhases(meta.uid, relations.pods);
    w.write(0, `Pods Status:\t${c.Running} Running / ${c.Pending} Waiting / ${c.Succeeded} Succeeded / ${c.Failed} Failed\n`);
    describePodTemplate(ds.spec?.template, w);
    describeEvents(relations.events, w, nowMs);
  });
}

/** A batch/v1 Job, the parts describe reads. */
export interface JobLike {
  readonly metadata?: ObjectMeta;
  readonly spec?: {
    readonly selector?: LabelSelector;
    readonly parallelism?: number;
    readonly completions?: number;
    readonly completionMode?: string;
    readonly suspend?: boolean;
    readonly backoffLimit?: number;
    readonly backoffLimitPerIndex?: number;
    readonly ttlSecondsAfterFinished?: number;
    readonly activeDeadlineSeconds?: number;
    readonly template?: PodTemplateSpec;
  };
  readonly status?: {
    readonly startTime?: string;
    readonly completionTime?: string;
    readonly active?: number;
    readonly ready?: number;
    readonly succeeded?: number;
    readonly failed?: number;
    readonly completedIndexes?: string;
  };
}

/** What `describe job` prints besides the Job. */
export interface JobRelations {
  readonly events?: readonly Event[];
}

/** `kubectl describe job`. */
export function describeJob(job: JobLike | (KubeObject & JobLike), relations: JobRelations, nowMs: number): string {
  let selector: string;
  try {
    selector = labelSelectorString(job.spec?.selector);
  } catch (e) {
    // describeJob prints the error in place of the selector rather than failing.
    if (!(e instanceof InvalidSelectorError)) throw e;
    selector = `Failed to get selector: ${e.message}`;
  }
  return tabbedString((w) => {
    const meta = job.metadata ?? {};
    const spec = job.spec ?? {};
    const status = job.status ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(0, `Selector:\t${selector}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    const controller = controllerOf(meta);
    if (controller) w.write(0, `Controlled By:\t${controller}\n`);
    const neither = spec.parallelism === undefined && spec.completions === undefined;
    w.write(0, `Parallelism:\t${spec.parallelism ?? 1}\n`);
    const completions = spec.completions ?? (neither ? 1 : undefined);
    w.write(0, `Completions:\t${completions ?? '<unset>'}\n`);
    const mode = spec.completionMode ?? 'NonIndexed';
    w.write(0, `Completion Mode:\t${mode}\n`);
    w.write(0, `Suspend:\t${spec.suspend ?? false}\n`);
    const backoffLimit = spec.backoffLimit ?? (spec.backoffLimitPerIndex !== undefined ? 2147483647 : 6);
    w.write(0, `Backoff Limit:\t${backoffLimit}\n`);
    if (spec.ttlSecondsAfterFinished !== undefined && spec.ttlSecondsAfterFinished !== null) {
      w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
    }
    if (parseTimestamp(status.startTime) !== undefined) w.write(0, `Start Time:\t${formatRFC1123Z(status.startTime)}\n`);
    if (parseTimestamp(status.completionTime) !== undefined) w.write(0, `Completed At:\t${formatRFC1123Z(status.completionTime)}\n`);
    const start = parseTimestamp(status.startTime);
    const end = parseTimestamp(status.completionTime);
    if (start !== undefined && end !== undefined) w.write(0, `Duration:\t${humanDuration(end - start)}\n`);
    if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null) {
      w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
    }
    const ready = status.ready === undefined || status.ready === null ? '' : ` (${status.ready} Ready)`;
    w.write(0, `Pods Statuses:\t${status.active ?? 0} Active${ready} / ${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed\n`);
    if (mode === 'Indexed') w.write(0, `Completed Indexes:\t${capIndexes(status.completedIndexes ?? '', 50)}\n`);
    describePodTemplate(spec.template, w);
    describeEvents(relations.events, w, nowMs);
  });
}

/** capIndexesListOrNone: `<none>`, or the list cut after the first comma past `softLimit` bytes. */
function capIndexes(indexes: string, softLimit: number): string {
  if (indexes.length === 0) return '<none>';
  let i = softLimit;
  while (i < indexes.length && indexes[i] !== ',') i++;
  return i >= indexes.length ? indexes : `${indexes.slice(0, i + 1)}...`;
}
