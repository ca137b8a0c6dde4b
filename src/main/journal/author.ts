// Who writes a journal entry on this computer (hash version 2 records it in every entry).
// A single-user app: the owner, by the name in their profile — the name the dossier prints on its
// declaration page, so the journal and the dossier name the same person. Before the first-run
// setup has saved a profile (the CLI on a new file, a script), the name of the computer's user
// account: that is who is typing, and a sign-in name is better evidence than nothing. Never
// invented: an account without a name gives ''.
import { userInfo } from 'node:os';
import type { Profile } from '../../shared/contract/settings';

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
