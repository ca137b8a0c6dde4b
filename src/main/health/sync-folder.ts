// Is the database inside a file-sync folder? Dropbox, OneDrive, Google Drive, iCloud Drive and
// Nextcloud copy files while they change and keep "conflicted copies": an open SQLite database
// (with its -wal beside it) is known to be damaged that way. Recognised by the folder names the
// clients create on Windows, macOS and Linux, and by OneDrive's environment variables.
import { isAbsolute, relative, resolve } from 'node:path';

export const syncProviders = ['Dropbox', 'OneDrive', 'Google Drive', 'iCloud Drive', 'Nextcloud'] as const;
export type SyncProvider = (typeof syncProviders)[number];

function providerOfSegment(segment: string): SyncProvider | null {
  const s = segment.toLowerCase();
  if (s === 'dropbox' || s.startsWith('dropbox (') || s.startsWith('dropbox-')) return 'Dropbox';
  if (s === 'onedrive' || s.startsWith('onedrive - ') || s.startsWith('onedrive-')) return 'OneDrive';
  if (s === 'google drive' || s === 'googledrive' || s === 'my drive' || s.startsWith('googledrive-')) return 'Google Drive';
  if (s === 'icloud drive' || s === 'iclouddrive' || s === 'mobile documents' || s === 'com~apple~clouddocs') return 'iCloud Drive';
  if (s === 'nextcloud' || s.startsWith('nextcloud-') || s.startsWith('nextcloud ')) return 'Nextcloud';
  return null;
}

const inside = (path: string, folder: string) => {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The sync program whose folder holds `path`, or null. */
export function syncFolderOf(path: string, env: Record<string, string | undefined> = process.env): SyncProvider | null {
  for (const name of ['OneDrive', 'OneDriveConsumer', 'OneDriveCommercial']) {
    const root = env[name];
    if (root && isAbsolute(root) && inside(path, root)) return 'OneDrive';
  }
  for (const segment of path.split(/[/\\]+/)) {
    const p = providerOfSegment(segment);
    if (p) return p;
  }
  return null;
}
