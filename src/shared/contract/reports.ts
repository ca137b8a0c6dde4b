import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './text';
import { languages, type Language } from '../domain/format';
import { journalKinds } from '../domain/journal-kinds';
import type { ChainFailure } from '../domain/journal-chain';
import type { AgainstResult } from '../domain/dossier-manifest';
import type { ChainStanding, StandingRow } from '../domain/journal-receipt';
import { timestampUrlSchema, type TimestampErrorCode, type TimestampStatus } from '../domain/timestamp';

export const dossierOptionsSchema = z
  .strictObject({
    clientId: id,
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    /** empty: every kind */
    kinds: z
      .array(z.enum(journalKinds, { message: 'validation.choice' }))
      .max(journalKinds.length)
      .default([]),
    /** the document's language; default: the profile's */
    language: z.enum(languages, { message: 'validation.choice' }).nullable().default(null),
    /** the owner chose to export a dossier from a journal that does not verify, marked so on every page */
    acceptFailedVerification: z.boolean().default(false),
  })
  .refine((o) => o.from === null || o.to === null || o.from <= o.to, { message: 'validation.invalid', path: ['to'] });
export type DossierOptions = z.output<typeof dossierOptionsSchema>;

export const valueReportOptionsSchema = z.strictObject({
  clientId: id,
  language: z.enum(languages, { message: 'validation.choice' }).nullable().default(null),
});
export type ValueReportOptions = z.output<typeof valueReportOptionsSchema>;

/**
 * A dossier's RFC 3161 timestamp at export: had (its time and signer), or not had (why, and that
 * said in the owner's language); absent when no authority is set. Dossiers are not queued.
 */
export type DossierTimestampResult =
  | { state: 'stamped'; authority: string; genTime: string | null; signer: string | null }
  | { state: 'failed'; authority: string; error: TimestampErrorCode; message: string };

export type ExportResult =
  | {
      status: 'saved';
      path: string;
      pages: number;
      bytes: number;
      documentId: string;
      language: Language;
      timestamp?: DossierTimestampResult;
    }
  | { status: 'cancelled' }
  /** nothing was written: the journal did not verify and the owner has not accepted that */
  | { status: 'verification_failed'; failure: ChainFailure };

export type BundleResult =
  | {
      status: 'saved';
      /** the bundle's folder */
      path: string;
      pages: number;
      documentId: string;
      language: Language;
      timestamp?: DossierTimestampResult;
      /** file names in the folder: the dossier first, the exhibits, then SHA256SUMS.txt */
      files: string[];
      exhibits: number;
    }
  | { status: 'cancelled' }
  | { status: 'verification_failed'; failure: ChainFailure };

export type ReportPhase = 'verifying' | 'rendering' | 'saving';
export interface ReportProgressView {
  phase: ReportPhase;
  done: number;
  total: number;
}

const hash = z
  .string()
  .regex(/^[0-9a-f]{64}$/i, { message: 'validation.invalid' })
  .transform((s) => s.toLowerCase());

export const verifyAgainstSchema = z.discriminatedUnion('source', [
  /** the main process asks where the dossier PDF is and reads its manifest */
  z.strictObject({ source: z.literal('pick') }),
  /** what the owner typed from the dossier's cover */
  z.strictObject({
    source: z.literal('manual'),
    chains: z
      .array(
        z.strictObject({ clientId: id, headSeq: z.number().int().min(1, { message: 'validation.invalid' }), headHash: hash }),
      )
      .min(1)
      .max(100),
  }),
]);

/** `document`: what the journal was checked against; `standings`: per client, intact … missing */
export type VerifyAgainstResult =
  | ({
      status: 'checked';
      document: 'dossier' | 'receipt';
      standings: StandingRow[];
      /** the document's RFC 3161 timestamp, checked offline (none: it carries no token) */
      timestamp: TimestampStatus;
    } & AgainstResult)
  | { status: 'cancelled' }
  | { status: 'no_manifest' };

export type MadeReceipt =
  | {
      status: 'saved';
      path: string;
      format: 'pdf' | 'json';
      receiptId: string;
      createdAt: string;
      clients: number;
      /** stamped, pending (the authority could not be had: queued and retried), or none (no authority set) */
      timestamp: TimestampStatus;
    }
  | { status: 'cancelled' }
  /** nothing was written: a receipt is only made of a journal that verifies */
  | { status: 'verification_failed'; failure: ChainFailure };

export interface ReceiptListItem {
  receiptId: string;
  createdAt: string;
  format: 'pdf' | 'json';
  fileName: string;
  clients: number;
  /** today's journal still holds every chain of it (entries appended since are fine) */
  ok: boolean;
  counts: Record<ChainStanding, number>;
  timestamp: TimestampStatus;
}

/** The timestamp authority set in Settings (null: none, nothing is sent) and the requests waiting. */
export interface TimestampSettingsView {
  url: string | null;
  pending: number;
}

export const timestampAuthoritySchema = z.strictObject({
  /** '' or null: no authority */
  url: z.union([z.literal('').transform(() => null), z.null(), timestampUrlSchema]),
});

export interface ReceiptsView {
  /** newest first */
  receipts: ReceiptListItem[];
  /** due: the journal changed since the last receipt (or there is none) and a week passed */
  reminder: { due: boolean; changed: boolean; since: string | null; lastAt: string | null };
}

export const reportsContract = {
  exportDossier: method<ExportResult>()(dossierOptionsSchema),
  /** the dossier with its attachments as numbered exhibits and a SHA-256 manifest, in a new folder */
  exportDossierBundle: method<BundleResult>()(dossierOptionsSchema),
  exportValueReport: method<ExportResult>()(valueReportOptionsSchema),
  /** the export under way, for a progress bar (null when none) */
  getReportProgress: method<ReportProgressView | null>()(z.undefined()),
  /** opens the report this app saved last with the OS viewer */
  openLastReport: method<{ opened: boolean }>()(z.undefined()),
  /** a dossier PDF, a journal receipt (PDF or JSON) the owner picks, or heads typed from a cover */
  verifyAgainstDossier: method<VerifyAgainstResult>()(verifyAgainstSchema),
  /** Settings → Data safety "Make a receipt": a save dialog (PDF or JSON) */
  makeReceipt: method<MadeReceipt>()(z.undefined()),
  listReceipts: method<ReceiptsView>()(z.undefined()),
  /** cheap (reads the recorded heads only): is a new receipt due? For the dashboard. */
  getReceiptReminder: method<ReceiptsView['reminder']>()(z.undefined()),
  /** Settings → Data safety: the RFC 3161 timestamp authority receipts are stamped by */
  getTimestampSettings: method<TimestampSettingsView>()(z.undefined()),
  setTimestampAuthority: method<TimestampSettingsView>()(timestampAuthoritySchema),
  /** asks again for every timestamp waiting in the queue */
  retryTimestamps: method<{ stamped: number; pending: number }>()(z.undefined()),
};
