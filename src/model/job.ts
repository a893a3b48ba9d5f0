import type { KubeObject } from './types';
import type { FieldError } from './field-error';
import { goString } from './field-error';
import { defaultPodTemplate } from './defaults';
import { validateObjectMeta, validatePodSpec } from './validation';

/**
 * batch/v1 Job defaulting and validation (pkg/apis/batch): parallelism and completions 1,
 * backoffLimit 6, completionMode NonIndexed, suspend false, and the generated selector and
 * labels (batch.kubernetes.io/controller-uid, job-name) unless manualSelector is set.
 */
type Job = KubeObject & {
  spec?: {
    parallelism?: number;
    completions?: number;
    backoffLimit?: number;
    completionMode?: string;
    suspend?: boolean;
    manualSelector?: boolean;
    podReplacementPolicy?: string;
    selector?: { matchLabels?: Record<string, string> };
    template?: { metadata?: { labels?: Record<string, string> }; spec?: { restartPolicy?: string; containers: [] } };
  };
};

export function defaultJob(o: KubeObject): void {
  const job = o as Job;
  const spec = (job.spec ??= {});
  if (spec.parallelism === undefined) spec.parallelism = 1;
  if (spec.completions === undefined) spec.completions = 1;
  if (spec.backoffLimit === undefined) spec.backoffLimit = 6;
  if (spec.completionMode === undefined) spec.completionMode = 'NonIndexed';
  if (spec.suspend === undefined) spec.suspend = false;
  if (spec.manualSelector === undefined) spec.manualSelector = false;
  if (spec.podReplacementPolicy === undefined) spec.podReplacementPolicy = 'TerminatingOrFailed';
  if (spec.template) defaultPodTemplate(spec.template as never);
}

/** The selector and labels the API server generates for a Job (needs the uid, so after create). */
export function jobLabels(uid: string, name: string): Record<string, string> {
  return { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': name, 'controller-uid': uid, 'job-name': name };
}

export function validateJob(o: KubeObject): FieldError[] {
  const job = o as Job;
  const errs = validateObjectMeta(o.metadata);
  const spec = job.spec ?? {};
  for (const f of ['parallelism', 'completions', 'backoffLimit'] as const) {
    const v = spec[f];
    if (v !== undefined && v < 0) errs.push({ type: 'Invalid', field: `spec.${f}`, value: String(v), detail: 'must be greater than or equal to 0' });
  }
  const t = spec.template;
  if (!t) errs.push({ type: 'Required', field: 'spec.template' });
  else {
    errs.push(...validatePodSpec(t.spec as never, 'spec.template.spec'));
    const policy = t.spec?.restartPolicy;
    if (policy !== 'OnFailure' && policy !== 'Never') {
      errs.push({ type: 'Unsupported', field: 'spec.template.spec.restartPolicy', value: goString(policy ?? ''), detail: 'supported values: "OnFailure", "Never"' });
    }
  }
  return errs;
}
