// A journal receipt: every client's chain head at one moment, to be held outside the machine
// (printed, or sent to a lawyer or accountant). A change made later — even one that recomputes
// every hash and the head, which a check of the file alone cannot see — no longer matches it.
// The PDF carries this JSON in its Info dictionary, as the dossier carries its manifest.
import { z } from 'zod';
import type { AgainstChain, AgainstResult } from './dossier-manifest';
import { keptTimestampSchema } from './timestamp';

export const receiptFormat = 'client-dossier/receipt' as const;

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const seq = z.number().int().min(0);

export const receiptChainSchema = z.strictObject({
  clientId: z.number().int().positive(),
  clientName: z.string().max(500),
  /** entries in the chain when the receipt was made */
  count: seq,
  headSeq: seq,
  headHash: hash,
});
export type ReceiptChain = z.infer<typeof receiptChainSchema>;

export const receiptSchema = z.strictObject({
  format: z.literal(receiptFormat),
  version: z.literal(1),
  /** SHA-256 of the receipt's content (see receiptIdInput) */
  receiptId: hash,
  createdAt: z.string().max(40),
  businessName: z.string().max(500),
  chains: z.array(receiptChainSchema).max(100_000),
  /**
   * An RFC 3161 token over the receipt id (the SHA-256 of receiptIdInput), when a timestamp
   * authority is set. Outside the id: the token stamps the id, so it cannot be part of it.
   */
  timestamp: keptTimestampSchema.optional(),
});
export type JournalReceipt = z.infer<typeof receiptSchema>;

/** What the receipt id is the SHA-256 of: everything but the id itself, as JSON. */
export function receiptIdInput(r: Omit<JournalReceipt, 'receiptId'>): string {
  return JSON.stringify({
    format: r.format,
    version: r.version,
    createdAt: r.createdAt,
    businessName: r.businessName,
    chains: r.chains,
  });
}

/** The receipt as ASCII JSON (non-ASCII escaped, so it sits in a PDF literal string unchanged). */
export function receiptJson(r: JournalReceipt, indent?: number): string {
  return JSON.stringify(r, null, indent).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function parseReceipt(json: string): JournalReceipt | null {
  try {
    const r = receiptSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Where one client's chain stands against a receipt or dossier made before. */
export const chainStandings = ['intact', 'appended', 'changed', 'cut_off', 'missing'] as const;
export type ChainStanding = (typeof chainStandings)[number];

export interface StandingRow extends AgainstChain {
  standing: ChainStanding;
  /** the client's name today, else as the receipt recorded it; '' when neither is known */
  clientName: string;
}

/** Per client: intact, appended since, changed, cut off, or missing (from compareWithLive's findings). */
export function standings(
  r: Pick<AgainstResult, 'chains' | 'problems'>,
  nameOf: (clientId: number) => string | undefined = () => undefined,
): StandingRow[] {
  return r.chains.map((c) => {
    const mine = r.problems.filter((p) => p.clientId === c.clientId);
    const standing: ChainStanding = mine.some((p) => p.kind === 'missing_client')
      ? 'missing'
      : mine.some((p) => p.kind === 'truncated')
        ? 'cut_off'
        : mine.length > 0
          ? 'changed'
          : c.appendedSince > 0
            ? 'appended'
            : 'intact';
    return { ...c, standing, clientName: nameOf(c.clientId) ?? '' };
  });
}

/** Counts of each standing, for a one-line summary. */
export function standingCounts(rows: readonly StandingRow[]): Record<ChainStanding, number> {
  const out = Object.fromEntries(chainStandings.map((s) => [s, 0])) as Record<ChainStanding, number>;
  for (const r of rows) out[r.standing]++;
  return out;
}

/** A week: after it, a journal changed since the last receipt is worth a new one. */
export const receiptReminderDays = 7;

/**
 * Is a new receipt due? When the journal changed since the last receipt (or there is none and
 * the journal has entries) and a week has passed since that receipt (or since the first entry).
 */
export function receiptDue(o: {
  now: string;
  last: { createdAt: string; chains: readonly { clientId: number; headSeq: number }[] } | null;
  heads: readonly { clientId: number; seq: number }[];
  firstEntryAt: string | null;
}): { due: boolean; changed: boolean; since: string | null } {
  const live = o.heads.filter((h) => h.seq > 0);
  const changed = o.last
    ? live.length !== o.last.chains.filter((c) => c.headSeq > 0).length ||
      live.some((h) => o.last!.chains.find((c) => c.clientId === h.clientId)?.headSeq !== h.seq)
    : live.length > 0;
  const since = o.last?.createdAt ?? o.firstEntryAt;
  const weekPassed = since !== null && Date.parse(o.now) - Date.parse(since) >= receiptReminderDays * 86_400_000;
  return { due: changed && weekPassed, changed, since };
}
