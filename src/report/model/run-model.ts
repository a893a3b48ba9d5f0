import type { DeploymentSample, TimelineMark } from '../../timeline/timeline';
import type { StatefulSetSample } from '../../timeline/statefulset-timeline';

/**
 * A test run folded into what the pages show: features with their scenarios, steps and the
 * artefacts steps attached. Nothing here depends on message ids or wall-clock timestamps, so the
 * same scenarios give the same model (wall durations aside, which pages can leave out).
 */

export type Status = 'passed' | 'failed' | 'undefined' | 'pending' | 'ambiguous' | 'skipped' | 'unknown';

/** Worst first: a scenario's status is the worst of its steps'. */
export const STATUS_ORDER: Status[] = ['failed', 'ambiguous', 'undefined', 'pending', 'skipped', 'unknown', 'passed'];

export type Counts = Record<Status, number>;

export interface ScenarioTimeline {
  seed?: number;
  /** Virtual epoch ms when the scenario's cluster started. */
  start: number;
  /** Virtual epoch ms when the scenario ended (absent in older attachments). */
  end?: number;
  samples: DeploymentSample[];
  /** One sample per change of a StatefulSet's pods (absent when the scenario had none). */
  statefulSetSamples?: StatefulSetSample[];
  /** User actions ("node node-1 stopped"), Deployment and Node events. */
  marks: TimelineMark[];
  commands?: Array<{ at: number; line: string }>;
}

export interface Transcript {
  command: string;
  /** What the command read on stdin (`apply -f - <<EOF`). */
  stdin?: string;
  output: string;
}

export interface Manifest {
  source: string;
  text: string;
}

export interface StepView {
  /** 'step' for a Gherkin step, 'hook' for Before/After (shown only when they matter). */
  kind: 'step' | 'hook';
  keyword: string;
  /** Context (Given), Action (When), Outcome (Then), as cucumber classifies the step. */
  type: 'Context' | 'Action' | 'Outcome' | 'Unknown';
  text: string;
  docString?: string;
  /** The doc string is a manifest (highlighted as YAML). */
  docStringIsManifest?: boolean;
  dataTable?: string[][];
  status: Status;
  wallMs?: number;
  /** The failure, without the stack trace (it names paths on the machine that ran it). */
  error?: string;
  snippets: string[];
  transcripts: Transcript[];
  manifests: Manifest[];
  /** text/plain attachments: an assertion's figures ("min available 8 ≥ 8"), a replay hint. */
  notes: string[];
}

export interface ScenarioView {
  /** 1-based position in its feature: the anchor of its section (message ids change every run). */
  index: number;
  line: number;
  keyword: string;
  name: string;
  description: string;
  tags: string[];
  language: string;
  status: Status;
  steps: StepView[];
  timeline?: ScenarioTimeline;
  seed?: number;
  virtualMs?: number;
  wallMs?: number;
  failure?: {
    stepIndex: number;
    message: string;
    /** Virtual epoch ms of the moment that broke the assertion, when the message names it. */
    at?: number;
  };
}

export interface FeatureView {
  uri: string;
  /** File-system-safe name of the feature's page, without extension. */
  slug: string;
  language: string;
  keyword: string;
  name: string;
  description: string;
  tags: string[];
  scenarios: ScenarioView[];
  counts: Counts;
}

export interface RunView {
  features: FeatureView[];
  counts: Counts;
  stepCounts: Counts;
  seeds: number[];
  virtualMs: number;
  wallMs?: number;
  success: boolean;
}

export function emptyCounts(): Counts {
  return { passed: 0, failed: 0, undefined: 0, pending: 0, ambiguous: 0, skipped: 0, unknown: 0 };
}

export function worstStatus(statuses: Status[]): Status {
  for (const s of STATUS_ORDER) if (statuses.includes(s)) return s;
  return 'unknown';
}
