import { sessionFromStorage, stages, toJson, type ClassSession } from '../../model/classroom-core';

/** Where the class is kept on the device; the version is bumped with the model's JSON format. */
export const STORAGE_KEY = 'scored:classroom:v1';
/** How far the class had got, kept beside it, so a closed laptop reopens at the same stage. */
export const STAGE_KEY = `${STORAGE_KEY}:stage`;

export interface Stored {
  readonly session: ClassSession | null;
  readonly stage: number | null;
}

/**
 * Local storage, or null where the browser refuses it: private modes, sandboxed frames and
 * blocked storage throw on the mere property access, so the access itself is guarded.
 */
function storage(): Storage | null {
  try {
    const store = globalThis.localStorage;
    // A quota of zero (some private modes) only shows on a write.
    store.setItem(`${STORAGE_KEY}:probe`, '1');
    store.removeItem(`${STORAGE_KEY}:probe`);
    return store;
  } catch {
    return null;
  }
}

/** What the device holds, or null when storage cannot be used at all. Never throws. */
export function readStored(): Stored | null {
  const store = storage();
  if (!store) return null;
  try {
    const session = sessionFromStorage(store.getItem(STORAGE_KEY));
    const raw = store.getItem(STAGE_KEY);
    const stage = raw !== null && /^\d{1,2}$/.test(raw) && Number(raw) <= stages.last ? Number(raw) : null;
    return { session, stage };
  } catch {
    return null;
  }
}

/** Keeps the class and its stage; false when the browser refused (the page then says so). */
export function writeStored(session: ClassSession, stage: number): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(STORAGE_KEY, toJson(session));
    store.setItem(STAGE_KEY, String(stage));
    return true;
  } catch {
    return false;
  }
}
