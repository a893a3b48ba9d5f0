/**
 * Table tests for validateDeployment (k8s-semantics.md §3): each row mutates a valid, defaulted
 * Deployment and lists the field errors exactly as the API server renders them
 * (`<field>: <type>: <value>: <detail>`, values printed the way Go's %v / %q / %#v print them).
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { Deployment } from './types';
import { defaultDeployment } from './defaults';
import { fieldErrorString } from './field-error';
import { validateDeployment } from './validation';

function validDeployment(): Deployment {
  const d: Deployment = {
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } },
    },
  };
  defaultDeployment(d);
  return d;
}

const rollingUpdate = (d: Deployment) => d.spec!.strategy!.rollingUpdate!;
const PERCENT = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

const rows: Array<{ name: string; mutate: (d: Deployment) => void; want: string[] }> = [
  { name: 'a defaulted Deployment is valid', mutate: () => {}, want: [] },
  {
    name: 'selector does not match the template labels',
    mutate: (d) => (d.spec!.template.metadata!.labels = { app: 'db' }),
    want: ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"db"}: `selector` does not match template `labels`'],
  },
  {
    name: 'matchExpressions are part of the match',
    mutate: (d) => (d.spec!.selector.matchExpressions = [{ key: 'tier', operator: 'In', values: ['fe'] }]),
    want: ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`'],
  },
  {
    name: 'extra template labels are fine',
    mutate: (d) => (d.spec!.template.metadata!.labels = { app: 'web', tier: 'fe' }),
    want: [],
  },
  {
    name: 'an empty selector is invalid',
    mutate: (d) => (d.spec!.selector = {}),
    want: ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment'],
  },
  {
    name: 'maxSurge 0 and maxUnavailable 0',
    mutate: (d) => Object.assign(rollingUpdate(d), { maxSurge: 0, maxUnavailable: 0 }),
    want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0'],
  },
  {
    name: 'maxSurge "0%" and maxUnavailable "0%"',
    mutate: (d) => Object.assign(rollingUpdate(d), { maxSurge: '0%', maxUnavailable: '0%' }),
    want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"0%"}: may not be 0 when `maxSurge` is 0'],
  },
  {
    name: 'maxSurge "0%" and maxUnavailable 0: the value shown is maxUnavailable\'s',
    mutate: (d) => Object.assign(rollingUpdate(d), { maxSurge: '0%', maxUnavailable: 0 }),
    want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0'],
  },
  {
    name: 'maxUnavailable "1%" with maxSurge 0 is valid (a literal check, not a resolved one)',
    mutate: (d) => Object.assign(rollingUpdate(d), { maxSurge: 0, maxUnavailable: '1%' }),
    want: [],
  },
  {
    name: 'maxUnavailable "110%"',
    mutate: (d) => (rollingUpdate(d).maxUnavailable = '110%'),
    want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"110%"}: must not be greater than 100%'],
  },
  { name: 'maxUnavailable "100%" is valid', mutate: (d) => (rollingUpdate(d).maxUnavailable = '100%'), want: [] },
  { name: 'maxSurge has no upper bound: "200%"', mutate: (d) => (rollingUpdate(d).maxSurge = '200%'), want: [] },
  { name: 'maxSurge has no upper bound: 50', mutate: (d) => (rollingUpdate(d).maxSurge = 50), want: [] },
  {
    name: 'maxUnavailable "20Percent"',
    mutate: (d) => (rollingUpdate(d).maxUnavailable = '20Percent'),
    want: [`spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"20Percent"}: ${PERCENT}`],
  },
  {
    name: 'maxUnavailable "20Percent" with maxSurge 0: an invalid percent counts as 0 too',
    mutate: (d) => Object.assign(rollingUpdate(d), { maxSurge: 0, maxUnavailable: '20Percent' }),
    want: [
      `spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"20Percent"}: ${PERCENT}`,
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"20Percent"}: may not be 0 when `maxSurge` is 0',
    ],
  },
  {
    name: 'maxSurge "-1%"',
    mutate: (d) => (rollingUpdate(d).maxSurge = '-1%'),
    want: [`spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"-1%"}: ${PERCENT}`],
  },
  {
    name: 'maxSurge -1',
    mutate: (d) => (rollingUpdate(d).maxSurge = -1),
    want: ['spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0'],
  },
  {
    name: 'maxUnavailable -1',
    mutate: (d) => (rollingUpdate(d).maxUnavailable = -1),
    want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: -1: must be greater than or equal to 0'],
  },
  { name: 'negative replicas', mutate: (d) => (d.spec!.replicas = -1), want: ['spec.replicas: Invalid value: -1: must be greater than or equal to 0'] },
  { name: 'replicas 0 is valid', mutate: (d) => (d.spec!.replicas = 0), want: [] },
  { name: 'negative minReadySeconds', mutate: (d) => (d.spec!.minReadySeconds = -1), want: ['spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0'] },
  {
    name: 'negative revisionHistoryLimit',
    mutate: (d) => (d.spec!.revisionHistoryLimit = -1),
    want: ['spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0'],
  },
  { name: 'revisionHistoryLimit 0 is valid', mutate: (d) => (d.spec!.revisionHistoryLimit = 0), want: [] },
  {
    name: 'progressDeadlineSeconds equal to minReadySeconds',
    mutate: (d) => Object.assign(d.spec!, { progressDeadlineSeconds: 10, minReadySeconds: 10 }),
    want: ['spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds'],
  },
  {
    name: 'progressDeadlineSeconds below minReadySeconds',
    mutate: (d) => Object.assign(d.spec!, { progressDeadlineSeconds: 5, minReadySeconds: 10 }),
    want: ['spec.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds'],
  },
  {
    name: 'progressDeadlineSeconds 0 with minReadySeconds 0',
    mutate: (d) => (d.spec!.progressDeadlineSeconds = 0),
    want: ['spec.progressDeadlineSeconds: Invalid value: 0: must be greater than minReadySeconds'],
  },
  {
    name: 'negative progressDeadlineSeconds: both messages',
    mutate: (d) => (d.spec!.progressDeadlineSeconds = -1),
    want: ['spec.progressDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0', 'spec.progressDeadlineSeconds: Invalid value: -1: must be greater than minReadySeconds'],
  },
  { name: 'progressDeadlineSeconds just above minReadySeconds is valid', mutate: (d) => Object.assign(d.spec!, { progressDeadlineSeconds: 11, minReadySeconds: 10 }), want: [] },
  { name: 'a name with upper case and underscore', mutate: (d) => (d.metadata!.name = 'Web_1'), want: [`metadata.name: Invalid value: "Web_1": ${SUBDOMAIN}`] },
  { name: 'a name ending with a dash', mutate: (d) => (d.metadata!.name = 'web-'), want: [`metadata.name: Invalid value: "web-": ${SUBDOMAIN}`] },
  { name: 'a dotted name is a valid subdomain', mutate: (d) => (d.metadata!.name = 'web.v1'), want: [] },
  {
    name: 'a name of 254 characters',
    mutate: (d) => (d.metadata!.name = 'a'.repeat(254)),
    want: [`metadata.name: Invalid value: "${'a'.repeat(254)}": must be no more than 253 characters`],
  },
  { name: 'no name and no generateName', mutate: (d) => delete d.metadata!.name, want: ['metadata.name: Required value: name or generateName is required'] },
  {
    name: 'Recreate with rollingUpdate',
    mutate: (d) => (d.spec!.strategy!.type = 'Recreate'),
    want: ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
  },
  { name: 'Recreate without rollingUpdate is valid', mutate: (d) => (d.spec!.strategy = { type: 'Recreate' }), want: [] },
  {
    name: 'restartPolicy Never',
    mutate: (d) => (d.spec!.template.spec!.restartPolicy = 'Never'),
    want: ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
  },
  {
    name: 'activeDeadlineSeconds in the template',
    mutate: (d) => (d.spec!.template.spec!.activeDeadlineSeconds = 30),
    want: ['spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported'],
  },
];

for (const row of rows) {
  test(`validateDeployment: ${row.name}`, () => {
    const d = validDeployment();
    row.mutate(d);
    expect(validateDeployment(d).map(fieldErrorString)).to.deep.equal(row.want);
  });
}

const updateRows: Array<{ name: string; mutate: (d: Deployment) => void; want: string[] }> = [
  {
    name: 'the selector is immutable',
    mutate: (d) => {
      d.spec!.selector = { matchLabels: { app: 'api' } };
      d.spec!.template.metadata!.labels = { app: 'api' };
    },
    want: ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"api"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable'],
  },
  { name: 'replicas and image may change', mutate: (d) => Object.assign(d.spec!, { replicas: 7 }) && (d.spec!.template.spec!.containers[0].image = 'nginx:1.26'), want: [] },
];

for (const row of updateRows) {
  test(`validateDeployment (update): ${row.name}`, () => {
    const old = validDeployment();
    const d = validDeployment();
    row.mutate(d);
    expect(validateDeployment(d, old).map(fieldErrorString)).to.deep.equal(row.want);
  });
}
