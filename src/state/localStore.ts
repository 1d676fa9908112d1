/**
 * The last dataset a reader opened from a file, kept in IndexedDB so a reload
 * shows it again — in this browser only — until they close it. Without
 * IndexedDB (private modes, tests) nothing is kept and nothing breaks.
 */
import type { DatasetFile } from '../model';

const DB = 'circular-trade';
const STORE = 'local-dataset';
const KEY = 'last';

export interface KeptFiles {
  readonly files: readonly DatasetFile[];
  readonly savedAt: string;
}

function openDb(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest,
): Promise<T | null> {
  const db = await openDb();
  if (!db) return null;
  return new Promise((resolve) => {
    const tx = db.transaction(STORE, mode);
    const req = op(tx.objectStore(STORE));
    tx.oncomplete = () => {
      db.close();
      resolve((req.result as T | undefined) ?? null);
    };
    tx.onerror = tx.onabort = () => {
      db.close();
      resolve(null);
    };
  });
}

export async function keepFiles(files: readonly DatasetFile[]): Promise<void> {
  const value: KeptFiles = {
    files: files.map((f) => ({ name: f.name, text: f.text })),
    savedAt: new Date().toISOString(),
  };
  await run('readwrite', (s) => s.put(value, KEY));
}

export async function keptFiles(): Promise<KeptFiles | null> {
  const value = await run<KeptFiles>('readonly', (s) => s.get(KEY));
  return value && Array.isArray(value.files) ? value : null;
}

export async function forgetFiles(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}
