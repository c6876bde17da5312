// Transient is not gone. When a lookup by id fails (FormApp.openById, DriveApp.getFileById, getFolderById), the
// error does not say whether the item was deleted or the service stumbled — and its wording is translated into the
// user's language, so it is never read. A second, different lookup decides: Drive's getFileById/getFolderById, and
// when that fails too, a search by name (which fails as a whole when Drive cannot answer). Only a search that
// answers without the item, or the item in the trash, is "gone"; anything else rethrows the first error so the job
// stops and retries later, replacing nothing.

type Kind = 'file' | 'folder';

interface Found {
  getId(): string;
  isTrashed(): boolean;
}

function byId(kind: Kind, id: string): Found {
  return kind === 'file' ? DriveApp.getFileById(id) : DriveApp.getFolderById(id);
}

/**
 * Whether this account opens the file by its id (one it owns or was given). Any failure counts as not, never judged by
 * its wording: what an account taking the tool over must be given first (src/jobs/setup.ts).
 */
export function opensFile(id: string): boolean {
  try {
    DriveApp.getFileById(id);
    return true;
  } catch {
    return false;
  }
}

/** Searches Drive for the item by name (every folder when the name is unknown); null: not found. */
function search(kind: Kind, id: string, name: string | null): Found | null {
  const it: { hasNext(): boolean; next(): Found } =
    kind === 'file' ? DriveApp.getFilesByName(name ?? '') : name ? DriveApp.getFoldersByName(name) : DriveApp.getFolders();
  while (it.hasNext()) {
    const f = it.next();
    if (f.getId() === id) return f;
  }
  return null;
}

/**
 * Returns when the item is really gone; otherwise throws `original` (the failure was transient) or the error of the
 * second lookup (Drive cannot answer now). `name`: its current name, for the search (null for a folder: every folder).
 */
export function confirmGone(kind: Kind, id: string, name: string | null, original: unknown): void {
  let found: Found | null;
  try {
    found = byId(kind, id);
  } catch {
    found = search(kind, id, name);
  }
  if (found && !found.isTrashed()) throw original;
}

/** The Drive item if it exists and is not in the trash; null when it is gone; throws when Drive cannot tell now. */
export function liveItem<T extends Found>(kind: Kind, id: string | null, name: string | null): T | null {
  if (!id) return null;
  let item: T;
  try {
    item = byId(kind, id) as T;
  } catch (err) {
    confirmGone(kind, id, name, err);
    return null;
  }
  return item.isTrashed() ? null : item;
}
