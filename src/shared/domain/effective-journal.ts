// The effective journal (DESIGN.md §10, issue 14 defect 1). The stored journal is append-only:
// a correction is a new entry beside the original (`amendsId` points at the entry it corrects,
// and corrections may chain). Whatever counts, costs, flags or cites entries reads each chain of
// corrections resolved to its latest version, through this one function; the stored journal is
// never copied or changed ("effective" is a view).
//
// What a correction carries. The app's amendment form starts from every field of the latest
// version (renderer journal/entry-form-values.ts: initialValues for 'amend'; changing the kind
// there keeps the other fields) and the journal service stores that whole content again
// (main journal/service.ts: amend). So the latest version is a complete entry: its occurredAt,
// kind, channel, duration, severity and signs replace the original's, in the original's place.
//
// A correction of kind 'note' corrects words, not facts. The form never makes one by itself (it
// keeps the kind), but a correction written as a note ("the witness was Əli Həsənov, not
// Gülşen Öztürk", usually without duration or signs) is how a wording fix reads when it is
// written as its own entry, and it must not erase the threat it corrects. So a chain stands as
// its latest version that is not a note; the notes after it stay in the chain (versionIds; the
// dossier prints them beside the original) and change no figure, flag or evidence link. A chain
// of notes only (a note corrected) stands as its latest note. Consequence: an entry cannot be
// turned into a note by correcting it; correct it to what it really was (a threat logged by
// mistake and corrected to a call counts as a call).

/** What an entry needs to be placed in its chain of corrections. */
export interface Versioned {
  id: number;
  /** the entry this one corrects; absent or null for an original */
  amendsId?: number | null;
  /** the entry's place in its client's chain; the id orders versions when it is absent */
  seq?: number;
  /** the journal kind: a 'note' correcting another kind corrects wording only */
  kind?: string;
}

/** An entry as it stands: the latest version of its chain, with the chain it stands for. */
export type EffectiveEntry<T extends Versioned> = T & Chain;

interface Chain {
  /** the chain's original (the entry its corrections climb to, even when it is not among the
   * entries given); equals `id` for an entry never corrected */
  originalId: number;
  /** every version present, oldest first (notes after `id` are wording corrections) */
  versionIds: number[];
}

const order = (e: Versioned) => e.seq ?? e.id;

/** The version a chain stands as: its latest that is not a note, else its latest (all notes). */
function standing<T extends Versioned>(versions: readonly T[]): T {
  for (let i = versions.length - 1; i >= 0; i--) if (versions[i]!.kind !== 'note') return versions[i]!;
  return versions.at(-1)!;
}

/**
 * Each chain of corrections resolved to its latest version (see above for notes), standing where the chain's first
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
    const latest = standing(versions);
    // an entry that is already effective brings the versions it stands for
    const ids = versions.flatMap((v) => (v as Versioned & Partial<Chain>).versionIds ?? [v.id]);
    const originalId = (versions[0] as Versioned & Partial<Chain>).originalId ?? root;
    out.push({ ...latest, originalId, versionIds: ids });
  }
  return out;
}
