/**
 * The Job table (printJob in pkg/printers/internalversion/printers.go, v1.31+ with STATUS):
 * NAME, STATUS, COMPLETIONS, DURATION, AGE; wide adds CONTAINERS, IMAGES, SELECTOR.
 */
import type { Container, KubeObject, LabelSelector } from '../../model/types';
import { registerTableKind } from './table-registry';
import { humanDuration, translateTimestampSince } from './human-duration';
import { layoutContainerCells } from './table-kinds';
import { labelSelectorString } from './selector';
import { parseTimestamp } from './timestamps';

type Job = KubeObject & {
  spec?: { completions?: number; parallelism?: number; completionMode?: string; selector?: LabelSelector; template?: { spec?: { containers?: Container[] } } };
  status?: { succeeded?: number; startTime?: string; completionTime?: string; conditions?: Array<{ type: string; status: string }> };
};

function has(job: Job, type: string): boolean {
  return (job.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

/** The STATUS cell: Complete, Failed, Terminating, Suspended, FailureTarget or Running. */
export function jobStatus(job: Job): string {
  if (has(job, 'Complete')) return 'Complete';
  if (has(job, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (has(job, 'Suspended')) return 'Suspended';
  if (has(job, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

registerTableKind<Job>({
  kind: 'Job',
  group: 'batch',
  namespaced: true,
  columns: [
    { name: 'Name', priority: 0, format: 'name' },
    { name: 'Status', priority: 0 },
    { name: 'Completions', priority: 0 },
    { name: 'Duration', priority: 0 },
    { name: 'Age', priority: 0 },
    { name: 'Containers', priority: 1 },
    { name: 'Images', priority: 1 },
    { name: 'Selector', priority: 1 },
  ],
  row(job, nowMs) {
    const succeeded = job.status?.succeeded ?? 0;
    const completions = job.spec?.completions !== undefined
      ? `${succeeded}/${job.spec.completions}`
      : `${succeeded}/1 of ${job.spec?.parallelism ?? 1}`;
    const start = parseTimestamp(job.status?.startTime);
    const end = parseTimestamp(job.status?.completionTime);
    const duration = start === undefined ? '' : humanDuration((end ?? nowMs) - start);
    const [names, images] = layoutContainerCells(job.spec?.template?.spec?.containers);
    return [job.metadata.name ?? '', jobStatus(job), completions, duration, translateTimestampSince(job.metadata.creationTimestamp, nowMs), names, images, labelSelectorString(job.spec?.selector)];
  },
});
