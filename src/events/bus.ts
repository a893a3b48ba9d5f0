import type { SimEvent } from './sim-event';

export type Listener = (e: SimEvent) => void;

/** A synchronous broadcaster: listeners run in the order they subscribed. */
export class EventBus {
  private listeners: Listener[] = [];

  on(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  emit(e: SimEvent): void {
    for (const l of this.listeners) l(e);
  }

  get hasListeners(): boolean {
    return this.listeners.length > 0;
  }
}
