import type { DaemonSet, IntOrString, LabelSelector, ObjectMeta } from './types';
import { FieldError, goInt, goIntOrString, goLabelSelector, goString, goStringMap } from './field-error';
import { isEmptySelector, selectorMatches } from './labels';
import { getScaledValueFromIntOrPercent, isLiterallyZero } from './int-or-percent';
import { defaultPodTemplate } from './defaults';
import { validateObjectMeta, validatePodSpec } from './validation';
import { deepEqual } from './hash';

/**
 * DaemonSets as the v1.32 API server treats them: SetDefaults_DaemonSet (pkg/apis/apps/v1),
 * ValidateDaemonSet / ValidateDaemonSetUpdate (pkg/apis/apps/validation) and the registry
 * strategy's template generation (pkg/registry/apps/daemonset/strategy.go).
 */

/** apps/v1 keeps the internal spec.templateGeneration in this annotation. */
export const TemplateGenerationAnnotation = 'deprecated.daemonset.template.generation';

type DS = DaemonSet & { spec: NonNullable<DaemonSet['spec']> };

/** SetDefaults_DaemonSet: RollingUpdate, maxUnavailable 1, maxSurge 0, revisionHistoryLimit 10. */
export function defaultDaemonSet(ds: DaemonSet): void {
  const spec = ((ds as DS).spec ??= {} as DS['spec']);
  const strategy = (spec.updateStrategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = 1;
    if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = 0;
  }
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) spec.revisionHistoryLimit = 10;
  if (spec.template) defaultPodTemplate(spec.template);
}

/**
 * The registry strategy: templateGeneration 1 on create, +1 on an update that changes the pod
 * template. apps/v1 shows it as the deprecated.daemonset.template.generation annotation.
 */
export function stampTemplateGeneration(ds: DaemonSet, old?: DaemonSet): void {
  const meta = ((ds as { metadata?: ObjectMeta }).metadata ??= {});
  let generation = 1;
  if (old) {
    const before = Number(old.metadata?.annotations?.[TemplateGenerationAnnotation] ?? '1') || 1;
    generation = deepEqual(old.spec?.template, ds.spec?.template) ? before : before + 1;
  }
  meta.annotations = { ...(meta.annotations ?? {}), [TemplateGenerationAnnotation]: String(generation) };
}

const NEGATIVE = 'must be greater than or equal to 0';
const PERCENT_MSG =
  "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/** ValidateDaemonSet (create) and, with `old`, ValidateDaemonSetUpdate. */
export function validateDaemonSet(ds: DaemonSet, old?: DaemonSet): FieldError[] {
  const errs = validateObjectMeta(ds.metadata);
  const spec = ds.spec;
  if (!spec) return [...errs, { type: 'Required', field: 'spec' }];
  validateSelectorAndTemplate(spec.selector, spec.template as { metadata?: ObjectMeta; spec?: unknown } | undefined, errs);
  if (spec.minReadySeconds !== undefined && spec.minReadySeconds < 0) errs.push({ type: 'Invalid', field: 'spec.minReadySeconds', value: goInt(spec.minReadySeconds), detail: NEGATIVE });
  const strategy = spec.updateStrategy ?? {};
  if (strategy.type === 'RollingUpdate') {
    const ru = strategy.rollingUpdate;
    if (!ru) errs.push({ type: 'Required', field: 'spec.updateStrategy.rollingUpdate' });
    else errs.push(...validateRollingUpdateDaemonSet(ru.maxUnavailable, ru.maxSurge));
  } else if (strategy.type !== 'OnDelete') {
    const ru = strategy.rollingUpdate ? '(*apps.RollingUpdateDaemonSet)(…)' : '(*apps.RollingUpdateDaemonSet)(nil)';
    errs.push({
      type: 'Unsupported',
      field: 'spec.updateStrategy',
      value: `apps.DaemonSetUpdateStrategy{Type:${goString(strategy.type ?? '')}, RollingUpdate:${ru}}`,
      detail: 'supported values: "RollingUpdate", "OnDelete"',
    });
  }
  if (spec.revisionHistoryLimit !== undefined && spec.revisionHistoryLimit < 0) {
    errs.push({ type: 'Invalid', field: 'spec.revisionHistoryLimit', value: goInt(spec.revisionHistoryLimit), detail: NEGATIVE });
  }
  if (old?.spec?.selector && !deepEqual(old.spec.selector, spec.selector)) {
    errs.push({ type: 'Invalid', field: 'spec.selector', value: goLabelSelector(spec.selector ?? {}), detail: 'field is immutable' });
  }
  return errs;
}

/** ValidateRollingUpdateDaemonSet: valid int-or-percents, at most 100%, exactly one non-zero. */
export function validateRollingUpdateDaemonSet(maxUnavailable: IntOrString | undefined, maxSurge: IntOrString | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const base = 'spec.updateStrategy.rollingUpdate';
  for (const [field, v] of [['maxUnavailable', maxUnavailable], ['maxSurge', maxSurge]] as const) {
    if (typeof v === 'string' && !/^[0-9]+%$/.test(v)) errs.push({ type: 'Invalid', field: `${base}.${field}`, value: goIntOrString(v), detail: PERCENT_MSG });
    else if (typeof v === 'number' && v < 0) errs.push({ type: 'Invalid', field: `${base}.${field}`, value: goInt(v), detail: NEGATIVE });
  }
  for (const [field, v] of [['maxUnavailable', maxUnavailable], ['maxSurge', maxSurge]] as const) {
    if (typeof v === 'string' && /^[0-9]+%$/.test(v) && getScaledValueFromIntOrPercent(v, 100, false) > 100) {
      errs.push({ type: 'Invalid', field: `${base}.${field}`, value: goIntOrString(v), detail: 'must not be greater than 100%' });
    }
  }
  const hasUnavailable = maxUnavailable !== undefined && !isLiterallyZero(maxUnavailable);
  const hasSurge = maxSurge !== undefined && !isLiterallyZero(maxSurge);
  if (hasUnavailable && hasSurge) {
    errs.push({ type: 'Invalid', field: `${base}.maxSurge`, value: goIntOrString(maxSurge), detail: 'may not be set when maxUnavailable is non-zero' });
  } else if (!hasUnavailable && !hasSurge) {
    errs.push({ type: 'Required', field: `${base}.maxUnavailable`, detail: 'cannot be 0 when maxSurge is 0' });
  }
  return errs;
}

function validateSelectorAndTemplate(selector: LabelSelector | undefined, template: { metadata?: ObjectMeta; spec?: unknown } | undefined, errs: FieldError[]): void {
  if (!selector) errs.push({ type: 'Required', field: 'spec.selector' });
  const labels = template?.metadata?.labels;
  if (selector && !isEmptySelector(selector) && !selectorMatches(selector, labels)) {
    errs.push({ type: 'Invalid', field: 'spec.template.metadata.labels', value: goStringMap(labels ?? {}), detail: '`selector` does not match template `labels`' });
  } else if (!selector && labels) {
    errs.push({ type: 'Invalid', field: 'spec.template.metadata.labels', value: goStringMap(labels), detail: '`selector` does not match template `labels`' });
  }
  if (selector && isEmptySelector(selector)) errs.push({ type: 'Invalid', field: 'spec.selector', value: goLabelSelector(selector), detail: 'empty selector is invalid for daemonset' });
  if (!template) {
    errs.push({ type: 'Required', field: 'spec.template' });
    return;
  }
  const podSpec = template.spec as Parameters<typeof validatePodSpec>[0];
  errs.push(...validatePodSpec(podSpec, 'spec.template.spec'));
  if (podSpec && podSpec.restartPolicy !== 'Always') {
    errs.push({ type: 'Unsupported', field: 'spec.template.spec.restartPolicy', value: goString(podSpec.restartPolicy ?? ''), detail: 'supported values: "Always"' });
  }
  if (podSpec && (podSpec as { activeDeadlineSeconds?: number }).activeDeadlineSeconds !== undefined) {
    errs.push({ type: 'Invalid', field: 'spec.template.spec.activeDeadlineSeconds', value: goInt((podSpec as { activeDeadlineSeconds: number }).activeDeadlineSeconds), detail: 'activeDeadlineSeconds in DaemonSet is not Supported' });
  }
}
