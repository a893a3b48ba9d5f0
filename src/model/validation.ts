import type { Container, Deployment, LabelSelector, ObjectMeta, Pod, PodSpec, PodTemplateSpec, ReplicaSet } from './types';
import { FieldError, goInt, goIntOrString, goLabelSelector, goString, goStringMap } from './field-error';
import { isEmptySelector, selectorMatches } from './labels';
import { getScaledValueFromIntOrPercent, isLiterallyZero } from './int-or-percent';
import { deepEqual } from './hash';

/**
 * The API server's validation for the kinds we simulate, with upstream field paths and messages
 * (pkg/apis/apps/validation, pkg/apis/core/validation). Runs on defaulted objects.
 */

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const NEGATIVE = 'must be greater than or equal to 0';
const PERCENT_MSG =
  "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

export function dns1123SubdomainErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 253) errs.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(name)) {
    errs.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  return errs;
}

export function dns1123LabelErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 63) errs.push('must be no more than 63 characters');
  if (!DNS1123_LABEL.test(name)) {
    errs.push(
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errs;
}

export function validateObjectMeta(meta: ObjectMeta | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const name = meta?.name;
  if (!name && !meta?.generateName) {
    errs.push({ type: 'Required', field: 'metadata.name', detail: 'name or generateName is required' });
  } else if (name) {
    for (const msg of dns1123SubdomainErrors(name)) errs.push({ type: 'Invalid', field: 'metadata.name', value: goString(name), detail: msg });
  }
  return errs;
}

function nonNegative(value: number | undefined, field: string, errs: FieldError[]): void {
  if (value !== undefined && value < 0) errs.push({ type: 'Invalid', field, value: goInt(value), detail: NEGATIVE });
}

/** ValidatePositiveIntOrPercent. */
function validatePositiveIntOrPercent(v: number | string | undefined, field: string, errs: FieldError[]): void {
  if (v === undefined) return;
  if (typeof v === 'string') {
    if (!/^[0-9]+%$/.test(v)) errs.push({ type: 'Invalid', field, value: goIntOrString(v), detail: PERCENT_MSG });
  } else if (v < 0) {
    errs.push({ type: 'Invalid', field, value: goInt(v), detail: NEGATIVE });
  }
}

/** IsNotMoreThan100Percent. */
function notMoreThan100Percent(v: number | string | undefined, field: string, errs: FieldError[]): void {
  if (typeof v !== 'string' || !/^[0-9]+%$/.test(v)) return;
  if (getScaledValueFromIntOrPercent(v, 100, false) > 100) {
    errs.push({ type: 'Invalid', field, value: goIntOrString(v), detail: 'must not be greater than 100%' });
  }
}

function validateSelectorAndTemplate(
  selector: LabelSelector | undefined,
  template: PodTemplateSpec | undefined,
  kindWord: string,
  errs: FieldError[],
): void {
  if (!selector) {
    errs.push({ type: 'Required', field: 'spec.selector' });
  } else if (isEmptySelector(selector)) {
    errs.push({ type: 'Invalid', field: 'spec.selector', value: goLabelSelector(selector), detail: `empty selector is invalid for ${kindWord}` });
  }
  if (!template) {
    errs.push({ type: 'Required', field: 'spec.template' });
    return;
  }
  const labels = template.metadata?.labels;
  if (selector && !isEmptySelector(selector) && !selectorMatches(selector, labels)) {
    errs.push({
      type: 'Invalid',
      field: 'spec.template.metadata.labels',
      value: goStringMap(labels ?? {}),
      detail: '`selector` does not match template `labels`',
    });
  } else if (!selector && labels) {
    errs.push({
      type: 'Invalid',
      field: 'spec.template.metadata.labels',
      value: goStringMap(labels),
      detail: '`selector` does not match template `labels`',
    });
  }
  errs.push(...validatePodSpec(template.spec, 'spec.template.spec'));
  if (template.spec && template.spec.restartPolicy !== 'Always') {
    errs.push({
      type: 'Unsupported',
      field: 'spec.template.spec.restartPolicy',
      value: goString(template.spec.restartPolicy ?? ''),
      detail: 'supported values: "Always"',
    });
  }
  if (template.spec?.activeDeadlineSeconds !== undefined) {
    errs.push({ type: 'Forbidden', field: 'spec.template.spec.activeDeadlineSeconds', detail: 'activeDeadlineSeconds in ReplicaSet is not Supported' });
  }
}

export function validatePodSpec(spec: PodSpec | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!spec) return [{ type: 'Required', field: path }];
  const containers = spec.containers ?? [];
  if (containers.length === 0) errs.push({ type: 'Required', field: `${path}.containers` });
  const names = new Set<string>();
  const check = (c: Container, p: string): void => {
    if (!c.name) errs.push({ type: 'Required', field: `${p}.name` });
    else {
      for (const msg of dns1123LabelErrors(c.name)) errs.push({ type: 'Invalid', field: `${p}.name`, value: goString(c.name), detail: msg });
      if (names.has(c.name)) errs.push({ type: 'Duplicate', field: `${p}.name`, value: goString(c.name) });
      names.add(c.name);
    }
    if (!c.image || c.image.trim() === '') errs.push({ type: 'Required', field: `${p}.image` });
    for (const [i, port] of (c.ports ?? []).entries()) {
      if (port.containerPort === undefined) errs.push({ type: 'Required', field: `${p}.ports[${i}].containerPort` });
      else if (port.containerPort < 1 || port.containerPort > 65535) {
        errs.push({ type: 'Invalid', field: `${p}.ports[${i}].containerPort`, value: goInt(port.containerPort), detail: 'must be between 1 and 65535, inclusive' });
      }
    }
    for (const [probeName, probe] of [['readinessProbe', c.readinessProbe], ['livenessProbe', c.livenessProbe], ['startupProbe', c.startupProbe]] as const) {
      if (!probe) continue;
      for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
        nonNegative(probe[f], `${p}.${probeName}.${f}`, errs);
      }
    }
  };
  (spec.initContainers ?? []).forEach((c, i) => check(c, `${path}.initContainers[${i}]`));
  containers.forEach((c, i) => check(c, `${path}.containers[${i}]`));
  nonNegative(spec.terminationGracePeriodSeconds, `${path}.terminationGracePeriodSeconds`, errs);
  return errs;
}

/** ValidateDeployment (create) and, with `old`, ValidateDeploymentUpdate. */
export function validateDeployment(d: Deployment, old?: Deployment): FieldError[] {
  const errs = validateObjectMeta(d.metadata);
  const spec = d.spec;
  if (!spec) return [...errs, { type: 'Required', field: 'spec' }];
  nonNegative(spec.replicas, 'spec.replicas', errs);
  validateSelectorAndTemplate(spec.selector, spec.template, 'deployment', errs);

  const strategy = spec.strategy ?? {};
  if (strategy.type !== 'Recreate' && strategy.type !== 'RollingUpdate') {
    errs.push({ type: 'Unsupported', field: 'spec.strategy.type', value: goString(strategy.type ?? ''), detail: 'supported values: "Recreate", "RollingUpdate"' });
  } else if (strategy.type === 'Recreate') {
    if (strategy.rollingUpdate) {
      errs.push({ type: 'Forbidden', field: 'spec.strategy.rollingUpdate', detail: "may not be specified when strategy `type` is 'Recreate'" });
    }
  } else if (!strategy.rollingUpdate) {
    errs.push({ type: 'Required', field: 'spec.strategy.rollingUpdate', detail: 'this should be defaulted and never be nil' });
  } else {
    const ru = strategy.rollingUpdate;
    validatePositiveIntOrPercent(ru.maxUnavailable, 'spec.strategy.rollingUpdate.maxUnavailable', errs);
    validatePositiveIntOrPercent(ru.maxSurge, 'spec.strategy.rollingUpdate.maxSurge', errs);
    if (isLiterallyZero(ru.maxUnavailable) && isLiterallyZero(ru.maxSurge)) {
      errs.push({ type: 'Invalid', field: 'spec.strategy.rollingUpdate.maxUnavailable', value: goIntOrString(ru.maxUnavailable), detail: 'may not be 0 when `maxSurge` is 0' });
    }
    notMoreThan100Percent(ru.maxUnavailable, 'spec.strategy.rollingUpdate.maxUnavailable', errs);
  }
  nonNegative(spec.minReadySeconds, 'spec.minReadySeconds', errs);
  nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit', errs);
  if (spec.progressDeadlineSeconds !== undefined) {
    nonNegative(spec.progressDeadlineSeconds, 'spec.progressDeadlineSeconds', errs);
    if (spec.progressDeadlineSeconds <= (spec.minReadySeconds ?? 0)) {
      errs.push({ type: 'Invalid', field: 'spec.progressDeadlineSeconds', value: goInt(spec.progressDeadlineSeconds), detail: 'must be greater than minReadySeconds' });
    }
  }
  if (old && old.spec?.selector && !deepEqual(old.spec.selector, spec.selector)) {
    errs.push({ type: 'Invalid', field: 'spec.selector', value: goLabelSelector(spec.selector ?? {}), detail: 'field is immutable' });
  }
  return errs;
}

/** ValidateReplicaSet (create) and, with `old`, ValidateReplicaSetUpdate. */
export function validateReplicaSet(rs: ReplicaSet, old?: ReplicaSet): FieldError[] {
  const errs = validateObjectMeta(rs.metadata);
  const spec = rs.spec;
  if (!spec) return [...errs, { type: 'Required', field: 'spec' }];
  nonNegative(spec.replicas, 'spec.replicas', errs);
  nonNegative(spec.minReadySeconds, 'spec.minReadySeconds', errs);
  validateSelectorAndTemplate(spec.selector, spec.template, 'replicaset', errs);
  if (old && old.spec?.selector && !deepEqual(old.spec.selector, spec.selector)) {
    errs.push({ type: 'Invalid', field: 'spec.selector', value: goLabelSelector(spec.selector ?? {}), detail: 'field is immutable' });
  }
  return errs;
}

export function validatePod(p: Pod): FieldError[] {
  const errs = validateObjectMeta(p.metadata);
  errs.push(...validatePodSpec(p.spec, 'spec'));
  const policy = p.spec?.restartPolicy;
  if (policy && !['Always', 'OnFailure', 'Never'].includes(policy)) {
    errs.push({ type: 'Unsupported', field: 'spec.restartPolicy', value: goString(policy), detail: 'supported values: "Always", "OnFailure", "Never"' });
  }
  return errs;
}
