import { expect } from 'chai';
import { test } from 'node:test';
import type { Pod } from '../../model/types';
import { summarizePod } from './pod-status';

const NOW = Date.parse('2026-11-22T00:10:00Z');
const running = { running: { startedAt: '2026-11-22T00:00:05Z' } };

function pod(spec: Partial<NonNullable<Pod['spec']>>, status: NonNullable<Pod['status']>, deleting = false): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', ...(deleting ? { deletionTimestamp: '2026-11-22T00:09:00Z' } : {}) },
    spec: { containers: [{ name: 'app', image: 'busybox' }], ...spec },
    status,
  };
}

// One row per rule of printPod (pkg/printers/internalversion/printers.go).
const rows: { name: string; pod: Pod; ready: string; status: string; restarts: string }[] = [
  { name: 'phase when nothing else is known', pod: pod({}, { phase: 'Pending' }), ready: '0/1', status: 'Pending', restarts: '0' },
  {
    name: 'status.reason overrides the phase',
    pod: pod({}, { phase: 'Failed', reason: 'Evicted' }),
    ready: '0/1',
    status: 'Evicted',
    restarts: '0',
  },
  {
    name: 'scheduling gate',
    pod: pod({}, { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }),
    ready: '0/1',
    status: 'SchedulingGated',
    restarts: '0',
  },
  {
    name: 'running and ready',
    pod: pod({}, { phase: 'Running', containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: true, restartCount: 0, state: running }] }),
    ready: '1/1',
    status: 'Running',
    restarts: '0',
  },
  {
    name: 'waiting reason of a container',
    pod: pod({}, { phase: 'Pending', containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] }),
    ready: '0/1',
    status: 'ContainerCreating',
    restarts: '0',
  },
  {
    name: 'restarts with the age of the last termination',
    pod: pod({}, {
      phase: 'Running',
      containerStatuses: [
        {
          name: 'app',
          image: 'busybox',
          imageID: '',
          ready: false,
          restartCount: 5,
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 1, finishedAt: '2026-11-22T00:07:55Z' } },
        },
      ],
    }),
    ready: '0/1',
    status: 'CrashLoopBackOff',
    restarts: '5 (2m5s ago)',
  },
  {
    name: 'terminated without reason: exit code',
    pod: pod({}, { phase: 'Failed', containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 3 } } }] }),
    ready: '0/1',
    status: 'ExitCode:3',
    restarts: '0',
  },
  {
    name: 'terminated without reason: signal',
    pod: pod({}, { phase: 'Failed', containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, signal: 9 } } }] }),
    ready: '0/1',
    status: 'Signal:9',
    restarts: '0',
  },
  {
    name: 'the first container with a reason wins (containers walked from the end)',
    pod: pod(
      { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'x' }] },
      {
        phase: 'Pending',
        containerStatuses: [
          { name: 'a', image: 'x', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason: 'ErrImagePull' } } },
          { name: 'b', image: 'x', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } },
        ],
      },
    ),
    ready: '0/2',
    status: 'ErrImagePull',
    restarts: '0',
  },
  {
    name: 'init container still running: Init:i/n',
    pod: pod(
      { initContainers: [{ name: 'init', image: 'x' }] },
      { phase: 'Pending', initContainerStatuses: [{ name: 'init', image: 'x', imageID: '', ready: false, restartCount: 0, state: running }] },
    ),
    ready: '0/1',
    status: 'Init:0/1',
    restarts: '0',
  },
  {
    name: 'init container waiting with a reason',
    pod: pod(
      { initContainers: [{ name: 'init', image: 'x' }] },
      { phase: 'Pending', initContainerStatuses: [{ name: 'init', image: 'x', imageID: '', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } } }] },
    ),
    ready: '0/1',
    status: 'Init:CrashLoopBackOff',
    restarts: '2',
  },
  {
    name: 'init container failed without reason',
    pod: pod(
      { initContainers: [{ name: 'init', image: 'x' }] },
      { phase: 'Pending', initContainerStatuses: [{ name: 'init', image: 'x', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 2 } } }] },
    ),
    ready: '0/1',
    status: 'Init:ExitCode:2',
    restarts: '0',
  },
  {
    name: 'a sidecar (restartable init container) counts as a container',
    pod: pod(
      { initContainers: [{ name: 'proxy', image: 'x', restartPolicy: 'Always' }] },
      {
        phase: 'Running',
        conditions: [{ type: 'Initialized', status: 'True' }],
        initContainerStatuses: [{ name: 'proxy', image: 'x', imageID: '', ready: true, started: true, restartCount: 0, state: running }],
        containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: true, restartCount: 0, state: running }],
      },
    ),
    ready: '2/2',
    status: 'Running',
    restarts: '0',
  },
  {
    name: 'Completed with a container still running and the pod not ready: NotReady',
    pod: pod(
      { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'x' }] },
      {
        phase: 'Running',
        containerStatuses: [
          { name: 'a', image: 'x', imageID: '', ready: true, restartCount: 0, state: running },
          { name: 'b', image: 'x', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
        ],
      },
    ),
    ready: '1/2',
    status: 'NotReady',
    restarts: '0',
  },
  {
    name: 'Completed with a container still running and the pod ready: Running',
    pod: pod(
      { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'x' }] },
      {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [
          { name: 'a', image: 'x', imageID: '', ready: true, restartCount: 0, state: running },
          { name: 'b', image: 'x', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
        ],
      },
    ),
    ready: '1/2',
    status: 'Running',
    restarts: '0',
  },
  {
    name: 'being deleted: Terminating',
    pod: pod({}, { phase: 'Running', containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: true, restartCount: 0, state: running }] }, true),
    ready: '1/1',
    status: 'Terminating',
    restarts: '0',
  },
  {
    name: 'being deleted on a lost node: Unknown',
    pod: pod({}, { phase: 'Running', reason: 'NodeLost' }, true),
    ready: '0/1',
    status: 'Unknown',
    restarts: '0',
  },
  {
    name: 'a finished pod being deleted keeps its status',
    pod: pod({}, { phase: 'Succeeded', containerStatuses: [{ name: 'app', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }, true),
    ready: '0/1',
    status: 'Completed',
    restarts: '0',
  },
];

for (const row of rows) {
  test(`pod status: ${row.name}`, () => {
    expect(summarizePod(row.pod, NOW)).to.deep.equal({ ready: row.ready, status: row.status, restarts: row.restarts });
  });
}
