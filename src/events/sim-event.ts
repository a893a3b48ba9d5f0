import type { KubeObject } from '../model/types';

/**
 * What the core tells the world. Reports, invariant checks and kubectl's watch-like commands
 * listen to these; none of them reach into the store or the controllers.
 */
export type SimEvent =
  | { type: 'added' | 'modified' | 'deleted'; at: number; kind: string; object: KubeObject; resourceVersion: string }
  | { type: 'k8s-event'; at: number; eventType: 'Normal' | 'Warning'; reason: string; message: string; component: string; involvedKind: string; involvedName: string; namespace: string }
  | { type: 'clock'; at: number }
  | { type: 'user-action'; at: number; description: string };

export type SimEventType = SimEvent['type'];
