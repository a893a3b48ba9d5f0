import type { KubeObject, Pod } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, objectKey, splitKey } from '../controller';
import { controllerRef } from '../../model/pod-util';
import { deepCopy } from '../../model/hash';
import { defaultPod } from '../../model/defaults';
import { rfc3339 } from '../../clock/virtual-clock';
import { ownerRefTo } from '../deployment/controller';
import { jobLabels } from '../../model/job';

export const COMPONENT = 'job-controller';

type P = Pod & KubeObject;

interface JobSpec {
  selector?: unknown;
  parallelism?: number;
  completions?: number;
  backoffLimit?: number;
  template?: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: Pod['spec'] };
}

interface JobCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastProbeTime?: string;
  lastTransitionTime?: string;
}

interface JobStatus {
  startTime?: string;
  completionTime?: string;
  active?: number;
  succeeded?: number;
  failed?: number;
  ready?: number;
  terminating?: number;
  conditions?: JobCondition[];
  uncountedTerminatedPods?: Record<string, never>;
}

type J = KubeObject & { spec?: JobSpec; status?: JobStatus };

/**
 * What the Job controller does for the API tutorial's examples (pkg/controller/job): run pods to
 * completion — up to `parallelism` at once until `completions` succeeded — count failures
 * against `backoffLimit`, and finish with the v1.32 conditions (SuccessCriteriaMet then Complete,
 * or FailureTarget then Failed with BackoffLimitExceeded).
 */
export class JobController implements Controller {
  readonly name = 'job';

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'Job' && e.type !== 'deleted') enqueue(objectKey(e.object));
    else if (e.kind === 'Pod') {
      const ref = controllerRef(e.object);
      if (ref?.kind === 'Job') enqueue(`${e.object.metadata.namespace}/${ref.name}`);
    }
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const job = this.ctx.store.get<J>('Job', ns, name);
    if (!job || job.metadata.deletionTimestamp) return;
    if (job.status?.conditions?.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')) return;
    if (!job.spec?.selector && !(job.spec as { manualSelector?: boolean } | undefined)?.manualSelector) {
      // The API server generates these from the uid (jobStrategy.Validate → generateSelector).
      const labels = jobLabels(job.metadata.uid!, job.metadata.name!);
      this.ctx.store.modify(job, (o) => {
        const spec = o.spec as JobSpec & { selector?: unknown };
        spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': job.metadata.uid! } };
        spec.template = { ...(spec.template ?? {}), metadata: { ...(spec.template?.metadata ?? {}), labels: { ...(spec.template?.metadata?.labels ?? {}), ...labels } } };
        o.metadata.labels = { ...(o.metadata.labels ?? {}), 'batch.kubernetes.io/controller-uid': job.metadata.uid!, 'batch.kubernetes.io/job-name': job.metadata.name!, 'controller-uid': job.metadata.uid!, 'job-name': job.metadata.name! };
      });
    }
    const now = rfc3339(this.ctx.clock.now());
    const pods = this.ctx.store.dependents(job.metadata.uid!).filter((o) => o.kind === 'Pod') as P[];
    const active = pods.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed' && !p.metadata.deletionTimestamp);
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    const failedPods = pods.filter((p) => p.status?.phase === 'Failed').length;
    // Container restarts (restartPolicy OnFailure) count against the back-off limit too.
    const restarts = active.reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m, c) => m + (c.restartCount ?? 0), 0), 0);
    const failed = failedPods + restarts;
    const spec = job.spec ?? {};
    const completions = spec.completions ?? 1;
    const parallelism = spec.parallelism ?? 1;
    const backoffLimit = spec.backoffLimit ?? 6;
    const status: JobStatus = { ...(job.status ?? {}) };
    status.startTime ??= now;
    const conditions = [...(status.conditions ?? [])];
    const condition = (type: string, reason: string, message: string): JobCondition => ({ type, status: 'True', reason, message, lastProbeTime: now, lastTransitionTime: now });

    if (failed > backoffLimit) {
      for (const p of active) this.ctx.deleteObject(p);
      conditions.push(condition('FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'));
      conditions.push(condition('Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'));
      this.ctx.recordEvent(job, 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', COMPONENT);
    } else if (succeeded >= completions) {
      for (const p of active) this.ctx.deleteObject(p);
      conditions.push(condition('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods'));
      conditions.push(condition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods'));
      status.completionTime = now;
      this.ctx.recordEvent(job, 'Normal', 'Completed', 'Job completed', COMPONENT);
    } else {
      // Pods replacing failed ones wait out an exponential back-off: 10 s, 20 s, 40 s … 6 min.
      const lastFailure = Math.max(0, ...pods.filter((p) => p.status?.phase === 'Failed').map((p) => Date.parse(finishedAt(p) ?? '') || 0));
      const delay = failedPods > 0 ? Math.min(10_000 * 2 ** (failedPods - 1), 360_000) : 0;
      const readyAt = lastFailure + delay;
      const nowMs = this.ctx.clock.now();
      if (failedPods > 0 && nowMs < readyAt) {
        this.ctx.enqueueAfter(key, readyAt - nowMs);
      } else {
      const want = Math.min(parallelism, completions - succeeded) - active.length;
      for (let i = 0; i < want; i++) {
        const r = this.ctx.createObject(podFromJob(job));
        if (r.ok) this.ctx.recordEvent(job, 'Normal', 'SuccessfulCreate', `Created pod: ${r.value.metadata.name}`, COMPONENT);
      }
      }
    }
    const current = this.ctx.store.dependents(job.metadata.uid!).filter((o) => o.kind === 'Pod') as P[];
    const stillActive = current.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed' && !p.metadata.deletionTimestamp);
    status.active = stillActive.length || undefined;
    status.ready = stillActive.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
    status.succeeded = succeeded || undefined;
    status.failed = failedPods || undefined;
    status.terminating = current.filter((p) => p.metadata.deletionTimestamp).length;
    status.uncountedTerminatedPods = {};
    status.conditions = conditions.length ? conditions : undefined;
    for (const k of Object.keys(status) as Array<keyof JobStatus>) if (status[k] === undefined) delete status[k];
    if (JSON.stringify(status) !== JSON.stringify(job.status ?? {})) {
      this.ctx.store.modify(job, (o) => {
        o.status = status;
      });
    }
  }
}

function podFromJob(job: J): P {
  const t = job.spec!.template!;
  const pod: P = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${job.metadata.name}-`,
      namespace: job.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}) },
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      ownerReferences: [ownerRefTo(job)],
    },
    spec: deepCopy(t.spec!),
  };
  (pod as { status?: Pod['status'] }).status = { phase: 'Pending' }; // the API server adds the QoS class
  defaultPod(pod);
  return pod;
}

function finishedAt(p: P): string | undefined {
  return p.status?.containerStatuses?.map((c) => c.state?.terminated?.finishedAt).filter(Boolean).sort().pop();
}
