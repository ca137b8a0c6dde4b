// The effective journal (DESIGN.md §10, issue 14 defect 1). The stored journal is append-only:
// a correction is a new entry beside the original (`amendsId` points at the entry it corrects,
// and corrections may chain). Whatever counts, costs, flags or cites entries reads each chain of
// corrections resolved to its latest version, through this one function; the stored journal is
// never copied or changed ("effective" is a view).
//
// What a correction carries. The app's amendment form starts from every field of the latest
// version (renderer journal/entry-form-values.ts: initialValues for 'amend'; changing the kind
// there keeps the other fields) and the journal service stores that whole content again
// (main services/journal.ts: amend). So the latest version is a complete entry: its occurredAt,
// kind, channel, duration, severity and signs replace the original's, in the original's place.
//
// A correction whose kind is 'note' is a correction like any other: the entry is a note from
// then on. There is no "wording-only" correction to guess at: a wording fix made in the form
// keeps the original's kind, duration and signs, so it changes no figure. An owner who picks
// 'note' says the entry was not what it was logged as; the form keeps the duration and signs
// they did not change, so the logged time still costs and the signs left ticked still count as
// evidence, while what came from the old kind alone (its standard minutes — a note has none —,
// its evidence by kind, being a contact) goes.

/** What an entry needs to be placed in its chain of corrections. */
export interface Versioned {
  id: number;
  /** the entry this one corrects; absent or null for an original */
  amendsId?: number | null;
  /** the entry's place in its client's chain; the id orders versions when it is absent */
  seq?: number;
}

/** An entry as it stands: the latest version of its chain, with the chain it stands for. */
export type EffectiveEntry<T extends Versioned> = T & {
  /** the chain's original (the entry its corrections climb to, even when it is not among the
   * entries given); equals `id` for an entry never corrected */
  originalId: number;
  /** every version present, oldest first; the last is this entry's own id */
  versionIds: number[];
};

const order = (e: Versioned) => e.seq ?? e.id;

/**
 * Each chain of corrections resolved to its latest version, standing where the chain's first
 * version stands in `entries` (the input's order is kept). An amendment whose original is not
 * among `entries` still stands for its chain, and hides the earlier versions that are. The id
 * of each result is its latest version's, so evidence links point at the entry as it stands.
 * Idempotent: the effective journal of an effective journal is itself.
 */
export function effectiveJournal<T extends Versioned>(entries: readonly T[]): EffectiveEntry<T>[] {
  const byId = new Map<number, T>();
  for (const e of entries) byId.set(e.id, e);
  const rootOf = (e: T): number => {
    let at = e.id;
    let up = e.amendsId ?? null;
    const seen = new Set<number>([at]);
    while (up !== null && !seen.has(up)) {
      seen.add(up);
      at = up;
      up = byId.get(up)?.amendsId ?? null;
    }
    return at;
  };
  const chains = new Map<number, T[]>();
  for (const e of entries) {
    const root = rootOf(e);
    const chain = chains.get(root);
    if (chain) chain.push(e);
    else chains.set(root, [e]);
  }
  const out: EffectiveEntry<T>[] = [];
  // Map keeps insertion order: each chain comes out where its first version came in.
  for (const [root, chain] of chains) {
    const versions = [...chain].sort((a, b) => order(a) - order(b) || a.id - b.id);
    const latest = versions.at(-1)!;
    // an entry that is already effective brings the versions it stands for
    const ids = versions.flatMap((v) => (v as Partial<EffectiveEntry<T>>).versionIds ?? [v.id]);
    const originalId = (versions[0] as Partial<EffectiveEntry<T>>).originalId ?? root;
    out.push({ ...latest, originalId, versionIds: ids });
  }
  return out;
}
