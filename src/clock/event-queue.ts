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
  private heap: QueuedItem<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: number, value: T): void {
    const item = { at, seq: this.seq++, value };
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  peek(): QueuedItem<T> | undefined {
    return this.heap[0];
  }

  pop(): QueuedItem<T> | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function before<T>(a: QueuedItem<T>, b: QueuedItem<T>): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
