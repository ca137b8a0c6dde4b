// Journal receipts: every client's chain head and the time, as a one-page PDF or JSON, to be held
// outside the machine. Every receipt made is remembered (settings key `journalReceipts`) and listed
// with its check against today's journal; a reminder says when a new one is due. That list lives
// in the same database a forger could edit: the receipt file held elsewhere is the evidence.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import type { ChainFailure } from '../../shared/domain/journal-chain';
import { compareWithLive } from '../../shared/domain/dossier-manifest';
import { receiptDue, receiptFormat, standingCounts, standings, type JournalReceipt } from '../../shared/domain/journal-receipt';
import { languages, type Language } from '../../shared/domain/format';
import {
  keptTimestampSchema,
  timestampErrorCodes,
  timestampUrlSchema,
  type KeptTimestamp,
  type TimestampStatus,
} from '../../shared/domain/timestamp';
import type { MadeReceipt, ReceiptsView, TimestampSettingsView } from '../../shared/contract/reports';
import { nowIso, ownerTimeZone, type ServiceContext } from '../core/context';
import type { Dialogs } from '../core/dialogs';
import { dialogText, fileFilter, ownerLanguage } from '../dialog-text';
import { verifyJournal } from '../journal/chain';
import { renderReceipt } from '../pdf/receipt';
import { translatorFor } from '../pdf/translate';
import type { SettingsService } from '../settings/service';
import { safeFileName, writeFileAtomically } from './files';
import { receiptFromBytes, receiptIdOf } from './receipt-file';
import { requestTimestamp, TimestampError, verifyTimestamp } from './timestamp';
import { accessDetail, recordAccess } from '../team/access-log';

const hash = z.string().regex(/^[0-9a-f]{64}$/);
/** What the app remembers of each receipt it made: enough to check it again without the file. */
const madeSchema = z.strictObject({
  receiptId: hash,
  createdAt: z.string().max(40),
  format: z.enum(['pdf', 'json']),
  fileName: z.string().max(500),
  chains: z.array(z.strictObject({ clientId: z.number().int().positive(), headSeq: z.number().int().min(0), headHash: hash })),
  /** the RFC 3161 token over receiptId, once an authority gave one (also in the file, when it could be written there) */
  timestamp: keptTimestampSchema.optional(),
});
const madeListSchema = z.array(madeSchema).max(1000);
const listKey = 'journalReceipts';
const keepAtMost = 500;

/** The timestamp authority the owner set (none by default: nothing leaves the machine without it). */
const authoritySchema = z.strictObject({ url: timestampUrlSchema }).nullable();
const authorityKey = 'timestampAuthority';
/**
 * Receipts whose timestamp could not be had yet (no network, the authority down or refusing),
 * retried at start-up, on a timer and by `cli receipt --retry-timestamps`. `url` null: the
 * authority set in Settings at the time of the retry; `path`: where the receipt was written,
 * rewritten with the token when it is still there and still the same receipt.
 */
const queueSchema = z
  .array(
    z.strictObject({
      receiptId: hash,
      url: timestampUrlSchema.nullable(),
      path: z.string().max(4000),
      format: z.enum(['pdf', 'json']),
      lang: z.enum(languages),
      queuedAt: z.string().max(40),
      attempts: z.number().int().min(0),
      lastTriedAt: z.string().max(40).nullable(),
      lastError: z.enum(timestampErrorCodes).nullable(),
      lastMessage: z.string().max(500).nullable(),
    }),
  )
  .max(1000);
type QueueEntry = z.infer<typeof queueSchema>[number];
const queueKey = 'timestampQueue';

export interface ReceiptsDeps {
  settings: SettingsService;
  dialogs: Dialogs;
  fontsDir: string;
  /** how long to wait for a timestamp authority (default 15 s) */
  timestampTimeoutMs?: number;
}

export function createReceiptsService(ctx: ServiceContext, deps: ReceiptsDeps) {
  const s = ctx.sqlite;
  const made = () => deps.settings.store.read(listKey, madeListSchema) ?? [];
  const queue = () => deps.settings.store.read(queueKey, queueSchema) ?? [];
  const authority = () => deps.settings.store.read(authorityKey, authoritySchema)?.url ?? null;

  /** The receipt of today's journal; refused (failure) when the journal does not verify. */
  async function build(): Promise<{ receipt: JournalReceipt } | { failure: ChainFailure }> {
    const v = await verifyJournal(ctx, { skipAttachmentFiles: false });
    if (!v.ok) return { failure: v.failure! };
    const names = new Map(
      (s.prepare('SELECT id, name FROM clients').all() as { id: number; name: string }[]).map((c) => [c.id, c.name]),
    );
    const counts = new Map(
      (
        s.prepare('SELECT client_id, count(*) AS n FROM journal_entries GROUP BY client_id').all() as {
          client_id: number;
          n: number;
        }[]
      ).map((c) => [c.client_id, c.n]),
    );
    const body = {
      format: receiptFormat,
      version: 1 as const,
      createdAt: nowIso(ctx),
      businessName: deps.settings.profile()?.businessName ?? '',
      chains: v.heads.map((h) => ({
        clientId: h.clientId,
        clientName: names.get(h.clientId) ?? '',
        count: counts.get(h.clientId) ?? 0,
        headSeq: h.seq,
        headHash: h.hash,
      })),
    };
    const receiptId = receiptIdOf(body);
    return { receipt: { ...body, receiptId } };
  }

  const formatOf = (path: string): 'pdf' | 'json' => (extname(path).toLowerCase() === '.json' ? 'json' : 'pdf');

  async function bytesOf(r: JournalReceipt, format: 'pdf' | 'json', lang: Language): Promise<Buffer> {
    if (format === 'json') return Buffer.from(`${JSON.stringify(r, null, 2)}\n`, 'utf8');
    return (await renderReceipt({ receipt: r, lang, timeZone: ownerTimeZone(ctx), fontsDir: deps.fontsDir })).bytes;
  }

  function remember(r: JournalReceipt, format: 'pdf' | 'json', path: string) {
    const entry = {
      receiptId: r.receiptId,
      createdAt: r.createdAt,
      format,
      fileName: basename(path),
      chains: r.chains.map((c) => ({ clientId: c.clientId, headSeq: c.headSeq, headHash: c.headHash })),
      ...(r.timestamp ? { timestamp: r.timestamp } : {}),
    };
    deps.settings.store.write(listKey, madeListSchema, [...made(), entry].slice(-keepAtMost));
  }

  /** Asks the authority for a token over the receipt id; a failure is returned, to be queued. */
  async function stamp(receiptId: string, url: string): Promise<{ kept: KeptTimestamp } | { error: TimestampError }> {
    try {
      const t = await requestTimestamp(url, receiptId, { timeoutMs: deps.timestampTimeoutMs ?? 15_000 });
      return { kept: { authority: t.authority, token: t.token, nonce: t.nonce } };
    } catch (e) {
      if (e instanceof TimestampError) return { error: e };
      throw e;
    }
  }

  function statusOf(m: { receiptId: string; timestamp?: KeptTimestamp | undefined }): TimestampStatus {
    if (m.timestamp)
      return {
        state: 'stamped',
        authority: m.timestamp.authority,
        ...verifyTimestamp(Buffer.from(m.timestamp.token, 'base64'), m.receiptId, m.timestamp.nonce),
      };
    const q = queue().find((e) => e.receiptId === m.receiptId);
    if (q)
      return {
        state: 'pending',
        authority: q.url ?? authority(),
        attempts: q.attempts,
        lastTriedAt: q.lastTriedAt,
        lastError: q.lastError,
      };
    return { state: 'none' };
  }

  /**
   * Makes a receipt and writes it to `path` (.json: the JSON form; otherwise the PDF). With a
   * timestamp authority (`tsa`, else the one set in Settings) its id is timestamped first; when
   * the authority cannot be had, the receipt is written all the same and the request queued.
   */
  async function writeTo(
    path: string,
    lang: Language = ownerLanguage(deps.settings),
    opts: { tsa?: string | null } = {},
  ): Promise<MadeReceipt> {
    const b = await build();
    if ('failure' in b) return { status: 'verification_failed', failure: b.failure };
    const format = formatOf(path);
    const url = opts.tsa ?? authority();
    let receipt = b.receipt;
    let failed: TimestampError | null = null;
    if (url) {
      const got = await stamp(receipt.receiptId, url);
      if ('kept' in got) receipt = { ...receipt, timestamp: got.kept };
      else failed = got.error;
    }
    writeFileAtomically(path, await bytesOf(receipt, format, lang), { replace: true });
    remember(receipt, format, path);
    recordAccess(ctx, { action: 'export.receipt', detail: accessDetail(path, `${receipt.chains.length} client chains`) });
    if (url && failed) {
      const entry: QueueEntry = {
        receiptId: receipt.receiptId,
        url: opts.tsa ?? null,
        path,
        format,
        lang,
        queuedAt: nowIso(ctx),
        attempts: 1,
        lastTriedAt: nowIso(ctx),
        lastError: failed.code,
        lastMessage: failed.message.slice(0, 500),
      };
      deps.settings.store.write(queueKey, queueSchema, [...queue(), entry].slice(-keepAtMost));
    }
    return {
      status: 'saved',
      path,
      format,
      receiptId: receipt.receiptId,
      createdAt: receipt.createdAt,
      clients: receipt.chains.length,
      timestamp: statusOf(receipt),
    };
  }

  let retrying: Promise<{ stamped: number; pending: number }> | null = null;
  /**
   * Asks again for every queued timestamp. A token got is kept in the list of receipts made and
   * written into the receipt file when that file is still where it was saved and still the same
   * receipt without a token. One run at a time.
   */
  function retryTimestamps(): Promise<{ stamped: number; pending: number }> {
    retrying ??= (async () => {
      let stamped = 0;
      for (const e of queue()) {
        const url = e.url ?? authority();
        if (!url) continue;
        const got = await stamp(e.receiptId, url);
        if ('error' in got) {
          const now = nowIso(ctx);
          deps.settings.store.write(
            queueKey,
            queueSchema,
            queue().map((q) =>
              q.receiptId === e.receiptId
                ? {
                    ...q,
                    attempts: q.attempts + 1,
                    lastTriedAt: now,
                    lastError: got.error.code,
                    lastMessage: got.error.message.slice(0, 500),
                  }
                : q,
            ),
          );
          continue;
        }
        stamped++;
        deps.settings.store.write(
          listKey,
          madeListSchema,
          made().map((m) => (m.receiptId === e.receiptId ? { ...m, timestamp: got.kept } : m)),
        );
        deps.settings.store.write(
          queueKey,
          queueSchema,
          queue().filter((q) => q.receiptId !== e.receiptId),
        );
        try {
          const onDisk = existsSync(e.path) ? readFile(e.path) : null;
          if (onDisk?.receiptId === e.receiptId && !onDisk.timestamp)
            writeFileAtomically(e.path, await bytesOf({ ...onDisk, timestamp: got.kept }, e.format, e.lang), {
              replace: true,
            });
        } catch {
          // the file moved or cannot be written: the token is kept in the list of receipts made
        }
      }
      return { stamped, pending: queue().length };
    })().finally(() => {
      retrying = null;
    });
    return retrying;
  }

  function timestampSettings(): TimestampSettingsView {
    return { url: authority(), pending: queue().length };
  }

  function setAuthority(url: string | null): TimestampSettingsView {
    deps.settings.store.write(authorityKey, authoritySchema, url ? { url } : null);
    return timestampSettings();
  }

  /** "Make a receipt": a save dialog (PDF or JSON), then the file. */
  async function make(): Promise<MadeReceipt> {
    const lang = ownerLanguage(deps.settings);
    const t = translatorFor(lang);
    const path = await deps.dialogs.chooseSavePath({
      ...dialogText(lang, 'saveReceipt'),
      defaultName: `${safeFileName(t('reports.receipt.fileName', { date: nowIso(ctx).slice(0, 10) }))}.pdf`,
      filters: [fileFilter(lang, 'pdf', ['pdf']), fileFilter(lang, 'json', ['json'])],
    });
    if (!path) return { status: 'cancelled' };
    return writeTo(path, lang);
  }

  const hashAt = s.prepare<[number, number], { hash: string }>(
    'SELECT hash FROM journal_entries WHERE client_id = ? AND seq = ?',
  );

  /**
   * Every receipt made, newest first, each compared with today's journal; and the reminder.
   * Quick enough for every visit to Settings on a large journal: it compares each receipt's heads
   * with the entries at those numbers (which a recomputed, cut-off or removed chain no longer
   * has) without re-hashing every chain; "Check against a receipt" and the background check at
   * start-up recompute the chains too.
   */
  function list(): ReceiptsView {
    const all = made();
    const heads = (
      s.prepare('SELECT client_id AS clientId, max(seq) AS seq FROM journal_entries GROUP BY client_id').all() as {
        clientId: number;
        seq: number;
      }[]
    ).map((h) => ({ ...h, hash: '' }));
    const live = { heads, failure: null };
    const receipts = all
      .map((m) => {
        const r = compareWithLive(m.chains, live, (c, q) => hashAt.get(c, q)?.hash ?? null);
        return {
          receiptId: m.receiptId,
          createdAt: m.createdAt,
          format: m.format,
          fileName: m.fileName,
          clients: m.chains.length,
          ok: r.ok,
          counts: standingCounts(standings(r)),
          timestamp: statusOf(m),
        };
      })
      .reverse();
    return { receipts, reminder: reminder() };
  }

  /** Cheap: reads the recorded heads, not the chains. */
  function reminder(): ReceiptsView['reminder'] {
    const last = made().at(-1) ?? null;
    const heads = s.prepare('SELECT client_id AS clientId, seq FROM journal_heads').all() as { clientId: number; seq: number }[];
    const first = s.prepare('SELECT min(recorded_at) AS at FROM journal_entries WHERE is_sample = 0').get() as {
      at: string | null;
    };
    return {
      ...receiptDue({ now: nowIso(ctx), last, heads, firstEntryAt: first.at }),
      lastAt: last?.createdAt ?? null,
    };
  }

  /** A receipt file (JSON, or the PDF carrying it), or null when the file is neither. */
  function readFile(path: string): JournalReceipt | null {
    return receiptFromBytes(readFileSync(path));
  }

  return { build, writeTo, make, list, reminder, readFile, retryTimestamps, timestampSettings, setAuthority, statusOf };
}
export type ReceiptsService = ReturnType<typeof createReceiptsService>;
