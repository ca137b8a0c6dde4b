// A small file beside the data that says "a database existed here". If the database later
// goes missing or turns up empty, start-up reports it instead of quietly starting fresh.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const markerPathOf = (dataDir: string) => join(dataDir, 'database-marker.json');

export function hasMarker(dataDir: string): boolean {
  return existsSync(markerPathOf(dataDir));
}

export function writeMarker(dataDir: string, databasePath: string, now: Date): void {
  const path = markerPathOf(dataDir);
  let firstSeen = now.toISOString();
  try {
    firstSeen = (JSON.parse(readFileSync(path, 'utf8')) as { firstSeen?: string }).firstSeen ?? firstSeen;
  } catch {
    // first time
  }
  writeFileSync(path, `${JSON.stringify({ databasePath, firstSeen, lastOpened: now.toISOString() }, null, 2)}\n`);
}
