/**
 * Waiting calls, served one owner at a time in turn (round-robin), each owner's own calls in the
 * order they came. An owner is one GraphQL request: a traversal with twenty calls waiting gets
 * one turn, then a request with one call gets its turn, so a heavy query cannot starve a light one.
 * A new owner joins at the end of the current round: served after every owner already waiting
 * has had one more turn.
 */
export class FairQueue<T> {
  private readonly queues = new Map<object, T[]>();
  /** Owners with calls waiting, in turn order; `cursor` is the next to be served. */
  private readonly ring: object[] = [];
  private cursor = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(owner: object, item: T): void {
    const queue = this.queues.get(owner);
    if (queue) queue.push(item);
    else {
      this.queues.set(owner, [item]);
      // The end of the ring is the end of the round under way (the cursor goes round it in order).
      this.ring.push(owner);
    }
    this.count += 1;
  }

  /** The next call in turn, or undefined when none waits. */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    if (this.cursor >= this.ring.length) this.cursor = 0;
    const owner = this.ring[this.cursor];
    const queue = owner === undefined ? undefined : this.queues.get(owner);
    if (owner === undefined || queue === undefined) return undefined;
    const item = queue.shift();
    this.count -= 1;
    if (queue.length === 0) {
      this.queues.delete(owner);
      // The cursor now points at the next owner already.
      this.ring.splice(this.cursor, 1);
    } else this.cursor += 1;
    return item;
  }

  /** Takes a call out of line (its request ended, or it waited too long); false if it was not waiting. */
  remove(owner: object, item: T): boolean {
    const queue = this.queues.get(owner);
    const index = queue ? queue.indexOf(item) : -1;
    if (!queue || index < 0) return false;
    queue.splice(index, 1);
    this.count -= 1;
    if (queue.length === 0) {
      this.queues.delete(owner);
      const place = this.ring.indexOf(owner);
      this.ring.splice(place, 1);
      if (place < this.cursor) this.cursor -= 1;
    }
    return true;
  }

  /** Takes out every waiting call `picked` chooses, the others keeping their turns; returns those taken. */
  removeWhere(picked: (item: T) => boolean): T[] {
    const taken: T[] = [];
    for (const [owner, queue] of [...this.queues]) {
      for (const item of queue.filter(picked)) {
        this.remove(owner, item);
        taken.push(item);
      }
    }
    return taken;
  }

  /**
   * How many calls would be served before one more call of `owner`, at most: its own calls already
   * waiting (k), and from every other owner at most k + 1 (one per round until ours comes).
   */
  ahead(owner: object): number {
    const own = this.queues.get(owner)?.length ?? 0;
    let others = 0;
    for (const [each, queue] of this.queues) if (each !== owner) others += Math.min(queue.length, own + 1);
    return own + others;
  }
}
