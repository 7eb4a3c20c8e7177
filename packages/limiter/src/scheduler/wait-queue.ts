import type { Dimension } from '../state/dimension.js';

/** What a wait queue holds: a request's dimensions and its rank (higher goes first). */
export interface Queued {
  readonly dims: readonly Dimension[];
  /** Higher goes first; equal ranks keep their arrival order. */
  readonly rank: number;
  readonly scope: string;
}

interface Node<T> {
  item: T;
  prev: Node<T> | undefined;
  next: Node<T> | undefined;
  gone: boolean;
  /** The limits it counts on in `#waitingOn` (none while it waits for money), and whose they were. */
  counted: readonly string[];
  countedOf: readonly Dimension[] | undefined;
}

/**
 * Whether waiters line up on `d`: every limit but a budget. Every call draws on a budget, so lining
 * up there would hold every call behind one waiting for something else (its own RPM, tomorrow's
 * budget); a budget admits whichever call fits what is left.
 */
export const queuesOn = (d: Dimension): boolean => d.kind !== 'budget';

/**
 * The limiter's waiters in the order they go: a linked list sorted by rank, so adding at the end
 * (the usual case) and removing anyone (an abort) cost O(1), and walking it survives both. It also
 * counts how many waiters wait on each limit they line up on, so a pass can stop once every one is
 * blocked.
 */
export class WaitQueue<T extends Queued> {
  #head: Node<T> | undefined;
  #tail: Node<T> | undefined;
  #nodes = new Map<T, Node<T>>();
  #waitingOn = new Map<string, number>();
  // Waiters counted on no limit (waiting for money, or drawing on budgets alone).
  #uncounted = 0;

  /** How many wait. */
  get size(): number {
    return this.#nodes.size;
  }

  /** How many distinct limits somebody lines up on. */
  get limits(): number {
    return this.#waitingOn.size;
  }

  /** Whether every waiter lines up on some limit (none waits for money alone). */
  get allLinedUp(): boolean {
    return this.#uncounted === 0;
  }

  /** Adds `item` behind everyone of its rank or higher. */
  push(item: T): void {
    const node: Node<T> = {
      item,
      prev: undefined,
      next: undefined,
      gone: false,
      counted: [],
      countedOf: undefined,
    };
    let after = this.#tail;
    while (after && after.item.rank < item.rank) after = after.prev;
    node.prev = after;
    node.next = after ? after.next : this.#head;
    if (node.next) node.next.prev = node;
    else this.#tail = node;
    if (after) after.next = node;
    else this.#head = node;
    this.#nodes.set(item, node);
    this.#uncounted++;
    this.lineUp(item, true);
  }

  /**
   * Counts `item` on the limits it lines up on, or (`false`: it waits for a budget's money, not for
   * them) stops counting it there, so that calls which fit go by.
   */
  lineUp(item: T, lined: boolean): void {
    const node = this.#nodes.get(item);
    if (!node || node.countedOf === (lined ? item.dims : undefined)) return;
    for (const id of node.counted) {
      const left = (this.#waitingOn.get(id) ?? 1) - 1;
      if (left > 0) this.#waitingOn.set(id, left);
      else this.#waitingOn.delete(id);
    }
    // Its own list of ids: a waiter's limits may be renewed while it waits (peak hours).
    const before = node.counted.length === 0;
    node.countedOf = lined ? item.dims : undefined;
    node.counted = lined ? item.dims.filter(queuesOn).map((d) => d.id) : [];
    this.#uncounted += Number(node.counted.length === 0) - Number(before);
    for (const id of node.counted) this.#waitingOn.set(id, (this.#waitingOn.get(id) ?? 0) + 1);
  }

  /** Takes `item` out; false when it was not in. A walk standing on it carries on to its successor. */
  remove(item: T): boolean {
    const node = this.#nodes.get(item);
    if (!node) return false;
    this.lineUp(item, false);
    this.#uncounted--;
    this.#nodes.delete(item);
    node.gone = true;
    // Unlink, but keep the node's own `next`: a walk standing on it goes on from there.
    if (node.prev) node.prev.next = node.next;
    else this.#head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.#tail = node.prev;
    return true;
  }

  /** Whether `item` still waits. */
  has(item: T): boolean {
    return this.#nodes.has(item);
  }

  /** The first of `dims` that somebody already lines up on. */
  waitedOn(dims: readonly Dimension[]): string | undefined {
    if (this.#waitingOn.size === 0) return undefined;
    for (const d of dims) if (this.#waitingOn.has(d.id)) return d.id;
    return undefined;
  }

  /** Waiters by scope. */
  byScope(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const item of this.#nodes.keys()) counts[item.scope] = (counts[item.scope] ?? 0) + 1;
    return counts;
  }

  /** Empties the queue, handing back whoever waited, in order. */
  drain(): T[] {
    const items = [...this];
    for (const item of items) this.remove(item);
    return items;
  }

  /** Walks the waiters in order; removals and additions behind the walk are seen. */
  *[Symbol.iterator](): Generator<T> {
    let node = this.#head;
    while (node) {
      if (!node.gone) yield node.item;
      // A node taken out during the walk kept its `next`; skip any that left after it.
      let next = node.next;
      while (next?.gone) next = next.next;
      node = next;
    }
  }
}
