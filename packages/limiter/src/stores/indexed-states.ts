import { emptyState, type LimiterState } from '../state/limiter-state.js';

const table = 'states';

/**
 * Limiter states kept in IndexedDB, one JSON document per key. Each `change` reads, updates and
 * writes a state in one read-write transaction: the browser runs those one after another across
 * every tab of the origin and shows each the last committed state, which `localStorage` under a
 * Web Lock does not (a tab may read its own stale copy and write a release back out of existence).
 */
export function indexedStates(factory: IDBFactory, name: string) {
  let opening: Promise<IDBDatabase> | undefined;
  const database = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(table);
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading or deleting the database: step aside, open again when next asked.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        // Closed by the browser (site data cleared, the storage lost): open again when next asked.
        db.onclose = () => {
          opening = undefined;
        };
        resolve(db);
      };
      request.onerror = () => {
        opening = undefined;
        reject(request.error ?? new Error(`IndexedDB could not open "${name}".`));
      };
      request.onblocked = () => {
        opening = undefined;
        reject(new Error(`IndexedDB "${name}" is blocked by another tab; close it and try again.`));
      };
    });
    return opening;
  };

  const transact = async <T>(
    key: string,
    mode: IDBTransactionMode,
    use: (state: LimiterState, store: IDBObjectStore) => T,
  ): Promise<T> => {
    const tx = (await database()).transaction(table, mode, { durability: 'relaxed' });
    return new Promise<T>((resolve, reject) => {
      let result: T;
      const store = tx.objectStore(table);
      const read = store.get(key);
      read.onsuccess = () => {
        try {
          result = use(parse(read.result), store);
        } catch (error) {
          tx.abort();
          reject(error);
        }
      };
      tx.oncomplete = () => resolve(result);
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB aborted the transaction.'));
    });
  };

  return {
    /** One atomic read-modify-write of `key`'s state; resolves once it is committed. */
    change: <T>(key: string, update: (state: LimiterState) => T): Promise<T> =>
      transact(key, 'readwrite', (state, store) => {
        const result = update(state);
        store.put(JSON.stringify(state), key);
        return result;
      }),
    /** `key`'s last committed state. */
    read: (key: string): Promise<LimiterState> => transact(key, 'readonly', (state) => state),
  };
}

function parse(stored: unknown): LimiterState {
  if (typeof stored !== 'string') return emptyState();
  try {
    return { ...emptyState(), ...JSON.parse(stored) };
  } catch {
    return emptyState();
  }
}
