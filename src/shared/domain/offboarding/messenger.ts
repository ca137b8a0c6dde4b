import { fold } from '../fold';

/**
 * The person named in the client's incident entries that `messenger` is, if any: the news must
 * not come from the one they are in conflict with (DOMAIN.md §3.4). Accents and case are ignored,
 * and a first name alone ("Can") matches "Can Demir".
 */
export function conflictedPerson(messenger: string, incidentPeople: readonly string[]): string | undefined {
  const name = fold(messenger.trim());
  if (name.length < 2) return undefined;
  return incidentPeople.find((p) => {
    const other = fold(p);
    return other.includes(name) || name.includes(other);
  });
}
