// Who writes a journal entry on this computer (hash version 2 records it in every entry).
// A single-user app: the owner, by the name in their profile — the name the dossier prints on its
// declaration page, so the journal and the dossier name the same person. Before the first-run
// setup has saved a profile (the CLI on a new file, a script), the name of the computer's user
// account: that is who is typing, and a sign-in name is better evidence than nothing. Never
// invented: an account without a name gives ''.
import { userInfo } from 'node:os';
import type { Profile } from '../../shared/contract/settings';
import type { Sqlite } from '../db/open';

export function systemUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return ''; // no account entry for this process (some containers)
  }
}

export function entryAuthor(profile: Pick<Profile, 'ownerName'> | null, fallback: () => string = systemUserName): string {
  const name = profile?.ownerName.trim();
  return (name ? name : fallback().trim()).normalize('NFC');
}

/**
 * The name to show for an entry's author. In a team replica the server stamps the author as the
 * writer's login role: shown as that person's name (team_people, pulled on every sync). Otherwise
 * the author is already a name — the owner's, from their profile when the entry was written —
 * and is shown as it was recorded ('' on hash-version-1 entries).
 */
export function authorName(sqlite: Sqlite, author: string): string {
  if (!author) return '';
  const person = sqlite.prepare<[string], { name: string }>('SELECT name FROM team_people WHERE role_name = ?').get(author);
  return person?.name ?? author;
}

/** Every team person by login role (empty for a single-user file): for naming many entries at once. */
export function teamPeopleByRole(sqlite: Sqlite): Map<string, { name: string; role: string; costRateMinor: number | null }> {
  const rows = sqlite
    .prepare<[], { role_name: string; name: string; role: string; cost_rate_minor: number | null }>(
      'SELECT role_name, name, role, cost_rate_minor FROM team_people ORDER BY role_name',
    )
    .all();
  return new Map(rows.map((r) => [r.role_name, { name: r.name, role: r.role, costRateMinor: r.cost_rate_minor }]));
}
