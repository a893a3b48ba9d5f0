import { BinaryHeap } from './binary-heap';

/**
 * Due work ordered by (time, sequence): two items due at the same instant run in the order they
 * were scheduled, so runs are deterministic. A binary heap keeps scheduling O(log n).
 */
export interface QueuedItem<T> {
  at: number;
  seq: number;
  value: T;
}

export class EventQueue<T> {
  private readonly heap = new BinaryHeap<QueuedItem<T>>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq));
  private seq = 0;

  get size(): number {
    return this.heap.size;
  }

  push(at: number, value: T): void {
    this.heap.push({ at, seq: this.seq++, value });
  }

  peek(): QueuedItem<T> | undefined {
    return this.heap.peek();
  }

  pop(): QueuedItem<T> | undefined {
    return this.heap.pop();
  }
}
