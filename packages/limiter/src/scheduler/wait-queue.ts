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

// The ids of the limits a draw lines up on, worked out once per (frozen) draw.
const lined = new WeakMap<readonly Dimension[], readonly string[]>();
function linedOn(dims: readonly Dimension[]): readonly string[] {
  let ids = lined.get(dims);
  if (!ids) {
    ids = dims.filter(queuesOn).map((d) => d.id);
    if (Object.isFrozen(dims)) lined.set(dims, ids);
  }
  return ids;
}
const none: readonly string[] = [];

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
  // How many wait on each limit, in a box each so that counting is one lookup.
  #waitingOn = new Map<string, { n: number }>();
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
      counted: none,
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
    this.#count(node, item.dims);
  }

  /**
   * Counts `item` on the limits it lines up on, or (`false`: it waits for a budget's money, not for
   * them) stops counting it there, so that calls which fit go by.
   */
  lineUp(item: T, lined: boolean): void {
    const node = this.#nodes.get(item);
    if (node) this.#count(node, lined ? item.dims : undefined);
  }

  // Counts a node on the limits of `dims` (none: undefined) instead of those it was counted on.
  #count(node: Node<T>, dims: readonly Dimension[] | undefined): void {
    if (node.countedOf === dims) return;
    const waitingOn = this.#waitingOn;
    for (const id of node.counted) {
      const count = waitingOn.get(id);
      if (count && --count.n <= 0) waitingOn.delete(id);
    }
    // The ids of the very draw it was counted on: a waiter's limits may be renewed while it waits
    // (peak hours).
    const before = node.counted.length === 0;
    node.countedOf = dims;
    node.counted = dims ? linedOn(dims) : none;
    this.#uncounted += Number(node.counted.length === 0) - Number(before);
    for (const id of node.counted) {
      const count = waitingOn.get(id);
      if (count) count.n++;
      else waitingOn.set(id, { n: 1 });
    }
  }

  /** Takes `item` out; false when it was not in. A walk standing on it carries on to its successor. */
  remove(item: T): boolean {
    const node = this.#nodes.get(item);
    if (!node) return false;
    this.#count(node, undefined);
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
