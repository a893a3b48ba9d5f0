/** DaemonSets: SetDefaults_DaemonSet, ValidateDaemonSet messages and the template generation. */
import { test } from 'node:test';
import { expect } from 'chai';
import type { DaemonSet } from './types';
import { fieldErrorString } from './field-error';
import { TemplateGenerationAnnotation, defaultDaemonSet, stampTemplateGeneration, validateDaemonSet } from './daemonset';

function ds(strategy?: Record<string, unknown>, extra: Record<string, unknown> = {}): DaemonSet {
  return {
    metadata: { name: 'agent', namespace: 'default' },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: 'agent:1' }] } },
      ...(strategy ? { updateStrategy: strategy } : {}),
      ...extra,
    },
  } as DaemonSet;
}

const errors = (d: DaemonSet) => {
  defaultDaemonSet(d);
  return validateDaemonSet(d).map(fieldErrorString);
};

test('defaultDaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0, history 10', () => {
  const d = ds();
  defaultDaemonSet(d);
  expect(d.spec?.updateStrategy).to.deep.equal({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
  expect(d.spec?.revisionHistoryLimit).to.equal(10);
  expect(d.spec?.template.spec?.restartPolicy).to.equal('Always');
});

test('defaultDaemonSet: OnDelete gets no rollingUpdate', () => {
  const d = ds({ type: 'OnDelete' });
  defaultDaemonSet(d);
  expect(d.spec?.updateStrategy).to.deep.equal({ type: 'OnDelete' });
});

test('defaultDaemonSet: maxSurge alone keeps maxUnavailable at its default 1', () => {
  const d = ds({ rollingUpdate: { maxSurge: 1 } });
  defaultDaemonSet(d);
  expect(d.spec?.updateStrategy?.rollingUpdate).to.deep.equal({ maxSurge: 1, maxUnavailable: 1 });
});

const rows: Array<{ name: string; d: DaemonSet; want: string[] }> = [
  { name: 'the defaults are valid', d: ds(), want: [] },
  { name: 'maxSurge with maxUnavailable 0 is valid', d: ds({ rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } }), want: [] },
  {
    name: 'maxSurge with the default maxUnavailable is rejected',
    d: ds({ rollingUpdate: { maxSurge: 1 } }),
    want: ['spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1, StrVal:""}: may not be set when maxUnavailable is non-zero'],
  },
  { name: 'both zero', d: ds({ rollingUpdate: { maxSurge: 0, maxUnavailable: '0%' } }), want: ['spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0'] },
  {
    name: 'more than 100%',
    d: ds({ rollingUpdate: { maxUnavailable: '150%', maxSurge: 0 } }),
    want: ['spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%'],
  },
  {
    name: 'unknown strategy',
    d: ds({ type: 'Recreate' }),
    want: ['spec.updateStrategy: Unsupported value: apps.DaemonSetUpdateStrategy{Type:"Recreate", RollingUpdate:(*apps.RollingUpdateDaemonSet)(nil)}: supported values: "RollingUpdate", "OnDelete"'],
  },
  {
    name: 'selector not matching the template labels',
    d: { ...ds(), spec: { ...ds().spec!, selector: { matchLabels: { app: 'other' } } } } as DaemonSet,
    want: ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"agent"}: `selector` does not match template `labels`'],
  },
];

for (const row of rows) {
  test(`validateDaemonSet: ${row.name}`, () => {
    expect(errors(row.d)).to.deep.equal(row.want);
  });
}

test('stampTemplateGeneration: 1 on create, +1 only when the pod template changes', () => {
  const first = ds();
  stampTemplateGeneration(first);
  expect(first.metadata?.annotations?.[TemplateGenerationAnnotation]).to.equal('1');
  const same = ds();
  stampTemplateGeneration(same, first);
  expect(same.metadata?.annotations?.[TemplateGenerationAnnotation]).to.equal('1');
  const changed = ds();
  changed.spec!.template.spec!.containers[0].image = 'agent:2';
  stampTemplateGeneration(changed, same);
  expect(changed.metadata?.annotations?.[TemplateGenerationAnnotation]).to.equal('2');
});
