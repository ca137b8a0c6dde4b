// What a dossier PDF carries about the journal it was made from (in its metadata, and printed
// on its cover), and the comparison of that with the live journal ("verify against a dossier").
import { z } from 'zod';
import type { ChainFailure, ChainFailureReason, JournalVerification } from './journal-chain';

export const manifestFormat = 'client-dossier/dossier';

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const seq = z.number().int().min(0);

/** One client's chain as the dossier saw it: the head at export and the entries included. */
export const chainSummarySchema = z.strictObject({
  clientId: z.number().int().positive(),
  headSeq: seq,
  headHash: hash,
  count: seq,
  firstSeq: seq.nullable(),
  lastSeq: seq.nullable(),
});
export type ChainSummary = z.infer<typeof chainSummarySchema>;

export const dossierManifestSchema = z.strictObject({
  format: z.literal(manifestFormat),
  version: z.literal(1),
  documentId: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  verified: z.boolean(),
  chains: z.array(chainSummarySchema).min(1).max(10_000),
});
export type DossierManifest = z.infer<typeof dossierManifestSchema>;

/** The manifest as ASCII JSON (it sits in the PDF's Info dictionary). */
export function manifestJson(m: DossierManifest): string {
  return JSON.stringify(m);
}

export function parseManifest(json: string): DossierManifest | null {
  try {
    const r = dossierManifestSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export type AgainstProblem =
  | { kind: 'missing_client'; clientId: number }
  | { kind: 'truncated'; clientId: number; seq: number; liveSeq: number }
  | { kind: 'changed'; clientId: number; seq: number }
  | { kind: 'broken'; clientId: number; seq: number; reason: ChainFailureReason }
  /** an entry after the receipt's head that says it was recorded before the receipt was made */
  | { kind: 'backdated'; clientId: number; seq: number; recordedAt: string; madeAt: string };

export interface AgainstChain {
  clientId: number;
  dossierSeq: number;
  liveSeq: number | null;
  /** entries written after the dossier was made (later seqs) */
  appendedSince: number;
}

export interface AgainstResult {
  ok: boolean;
  documentId: string | null;
  createdAt: string | null;
  chains: AgainstChain[];
  problems: AgainstProblem[];
}

/**
 * Does the live journal still contain exactly the dossier's history? The live chains must
 * verify from the first entry, reach at least the dossier's head, and hold the dossier's head
 * hash at that sequence number — which, through the chain, fixes every earlier entry.
 */
export function compareWithLive(
  chains: readonly Pick<ChainSummary, 'clientId' | 'headSeq' | 'headHash'>[],
  /** `failures`: the first finding of each client, where each was checked on its own */
  live: Pick<JournalVerification, 'heads' | 'failure'> & { failures?: readonly ChainFailure[] },
  hashAt: (clientId: number, seq: number) => string | null,
  meta: { documentId: string | null; createdAt: string | null } = { documentId: null, createdAt: null },
  /**
   * For a receipt (made at the real time, never set by hand): when an entry after its head was
   * recorded. An entry appended since cannot have been recorded before the receipt was made —
   * one that says so was put in later with an earlier time (a forged chain that otherwise passes
   * as "appended since"), or the computer's clock was turned back. Recorded times only grow
   * along a verified chain, so the first entry after the head is the one to look at.
   */
  recordedAt?: (clientId: number, seq: number) => string | null,
): AgainstResult {
  const problems: AgainstProblem[] = [];
  const out: AgainstChain[] = [];
  for (const c of chains) {
    const head = live.heads.find((h) => h.clientId === c.clientId);
    const liveSeq = head?.seq ?? null;
    out.push({ clientId: c.clientId, dossierSeq: c.headSeq, liveSeq, appendedSince: Math.max(0, (liveSeq ?? 0) - c.headSeq) });
    const failure = [live.failure, ...(live.failures ?? [])].find((f) => f?.clientId === c.clientId);
    if (failure) problems.push({ kind: 'broken', clientId: c.clientId, seq: failure.seq, reason: failure.reason });
    if (c.headSeq === 0) continue;
    if (liveSeq === null) problems.push({ kind: 'missing_client', clientId: c.clientId });
    else if (liveSeq < c.headSeq) problems.push({ kind: 'truncated', clientId: c.clientId, seq: c.headSeq, liveSeq });
    else if (hashAt(c.clientId, c.headSeq) !== c.headHash)
      problems.push({ kind: 'changed', clientId: c.clientId, seq: c.headSeq });
    else if (recordedAt && meta.createdAt && liveSeq > c.headSeq) {
      const at = recordedAt(c.clientId, c.headSeq + 1);
      if (at !== null && Date.parse(at) < Date.parse(meta.createdAt))
        problems.push({ kind: 'backdated', clientId: c.clientId, seq: c.headSeq + 1, recordedAt: at, madeAt: meta.createdAt });
    }
  }
  return { ok: problems.length === 0, ...meta, chains: out, problems };
}
