// Reports: gathers a document's data, verifies the journal first, renders (in a worker in the
// app), and saves where the person chooses. Also checks the live journal against a dossier.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChainFailure, JournalVerification } from '../../shared/domain/journal-chain';
import { compareWithLive, type ChainSummary } from '../../shared/domain/dossier-manifest';
import type { Language } from '../../shared/domain/format';
import type {
  BundleResult,
  DossierOptions,
  DossierTimestampResult,
  ExportResult,
  ReportProgressView,
  ValueReportOptions,
  VerifyAgainstResult,
} from '../../shared/contract/reports';
import type { Dialogs } from '../core/dialogs';
import { dialogText, fileFilter, ownerLanguage } from '../dialog-text';
import { readDossierManifest, readInfoString } from '../pdf/manifest-reader';
import { dossierExhibits, dossierTimestampInfoKey } from '../pdf/dossier';
import { storedAttachmentFile } from '../journal/attachments';
import { AppError } from '../../shared/errors';
import { documentIdOf, type RenderedReport, type ReportJob, type ReportProgress } from '../pdf/render';
import { translatorFor } from '../pdf/translate';
import { nowIso, type ServiceContext } from '../core/context';
import { verifyJournal } from '../journal/chain';
import { safeFileName, saveFileAs, writeFileAtomically } from './files';
import { standings } from '../../shared/domain/journal-receipt';
import { keptTimestampSchema, type TimestampStatus } from '../../shared/domain/timestamp';
import { requestTimestamp, TimestampError, verifyTimestamp } from './timestamp';
import type { ReceiptsService } from './receipts';
import { dossierEntries, dossierModel, profileOrThrow, valueModel, type ModelDeps } from './models';
import { receiptIdOf } from './receipt-file';
import { accessDetail, recordAccess } from '../team/access-log';

export type RenderFn = (job: ReportJob, onProgress?: ReportProgress) => Promise<RenderedReport>;

/** Creation time and time zone of a document; defaults: now, and this machine's zone. */
export interface RenderAt {
  createdAt?: string;
  timeZone?: string;
}

export interface ReportsDeps extends ModelDeps {
  fontsDir: string;
  timeZone: string;
  dialogs: Dialogs;
  render: RenderFn;
  /** reads journal receipts for "verify against" (without it, only dossiers) */
  receipts?: Pick<ReceiptsService, 'readFile' | 'statusOf' | 'timestampSettings'>;
  /** how long to wait for a timestamp authority (default 15 s) */
  timestampTimeoutMs?: number;
}

export function createReportsService(ctx: ServiceContext, deps: ReportsDeps) {
  let progress: ReportProgressView | null = null;
  /** the file this app saved last: the only one "open" may open (no path comes from the renderer) */
  let lastSaved: string | null = null;
  const languageOf = (l: Language | null) => l ?? profileOrThrow(deps.settings).language;
  const stamp = (at: RenderAt) => ({
    createdAt: at.createdAt ?? nowIso(ctx),
    timeZone: at.timeZone ?? deps.timeZone,
    fontsDir: deps.fontsDir,
  });

  /**
   * Verifies the client's chain, then builds the job. Refuses (status verification_failed) a
   * journal that does not verify unless the owner accepted a dossier marked as such.
   */
  async function prepareDossier(
    o: DossierOptions,
    at: RenderAt = {},
  ): Promise<{ job: ReportJob; timestamp?: DossierTimestampResult } | { failed: ChainFailure }> {
    profileOrThrow(deps.settings);
    deps.clients.get(o.clientId);
    progress = { phase: 'verifying', done: 0, total: 0 };
    const v = await verifyJournal(ctx, {
      clientId: o.clientId,
      progressEvery: 2_000,
      onProgress: (p) => (progress = { phase: 'verifying', done: p.entriesChecked, total: p.entriesTotal }),
    });
    if (!v.ok && !o.acceptFailedVerification) return { failed: v.failure! };
    const s = stamp(at);
    const job: ReportJob = {
      document: 'dossier',
      model: dossierModel(ctx, deps, o, v, s.createdAt, s.timeZone),
      lang: languageOf(o.language),
      ...s,
    };
    return timestamped(job);
  }

  /**
   * With a timestamp authority set (the one receipts use), the dossier's documentId is stamped
   * before it is rendered and the token goes into the PDF; without it, nothing changes. An
   * authority that cannot be reached leaves the dossier without a token (not queued: a dossier
   * is made again whenever needed) and the result says why.
   */
  async function timestamped(job: ReportJob): Promise<{ job: ReportJob; timestamp?: DossierTimestampResult }> {
    const url = deps.receipts?.timestampSettings().url ?? null;
    if (!url) return { job };
    try {
      const got = await requestTimestamp(url, documentIdOf(job), { timeoutMs: deps.timestampTimeoutMs ?? 15_000 });
      return {
        job: { ...job, timestamp: { authority: got.authority, token: got.token, nonce: got.nonce } },
        timestamp: { state: 'stamped', authority: url, genTime: got.check.genTime, signer: got.check.signer },
      };
    } catch (e) {
      if (!(e instanceof TimestampError)) throw e;
      const t = translatorFor(ownerLanguage(deps.settings));
      return {
        job,
        timestamp: {
          state: 'failed',
          authority: url,
          error: e.code,
          message: t('reports.dossier.timestamp.failed', { reason: t(`reports.dossier.timestamp.reason.${e.code}`) }),
        },
      };
    }
  }
  const withTimestamp = (p: { timestamp?: DossierTimestampResult }) => (p.timestamp ? { timestamp: p.timestamp } : {});

  function prepareValue(o: ValueReportOptions, at: RenderAt = {}): ReportJob {
    return { document: 'value', model: valueModel(ctx, deps, o.clientId), lang: languageOf(o.language), ...stamp(at) };
  }

  async function render(job: ReportJob): Promise<RenderedReport> {
    progress = { phase: 'rendering', done: 0, total: job.document === 'dossier' ? job.model.entries.length : 1 };
    return deps.render(job, (done, total) => (progress = { phase: 'rendering', done, total }));
  }

  /** Asks where to save (a sensible default name) and writes via a temp file. */
  async function save(job: ReportJob, rendered: RenderedReport): Promise<ExportResult> {
    progress = { phase: 'saving', done: 0, total: 1 };
    const t = translatorFor(job.lang);
    const vars = { client: job.model.client.name, date: job.createdAt.slice(0, 10) };
    // the dialog speaks the owner's language; the file's name, the document's
    const path = await saveFileAs(deps.dialogs, {
      lang: ownerLanguage(deps.settings),
      purpose: job.document === 'dossier' ? 'saveDossier' : 'saveValue',
      name: t(`reports.${job.document}.fileName`, vars),
      filter: 'pdf',
      extension: 'pdf',
      bytes: rendered.bytes,
    });
    if (!path) return { status: 'cancelled' };
    lastSaved = path;
    const { pages, documentId } = rendered;
    return { status: 'saved', path, pages, bytes: rendered.bytes.length, documentId, language: job.lang };
  }

  /** A team replica's access log: who exported which document (team/access-log.ts; nothing in a single-user file). */
  function logExport(job: ReportJob, path: string | null, pages: number, exhibits?: number): void {
    const what =
      job.document === 'dossier'
        ? [`${job.model.entries.length} entries`, `${pages} pages`, ...(exhibits === undefined ? [] : [`${exhibits} exhibits`])]
        : [`${pages} pages`];
    recordAccess(ctx, {
      action:
        job.document === 'dossier'
          ? exhibits === undefined
            ? 'export.dossier'
            : 'export.dossier_bundle'
          : 'export.value_report',
      clientId: job.model.client.id,
      detail: accessDetail(path, what.join(', ')),
    });
  }

  /** Runs one export, keeping the progress view while it lasts. */
  async function tracked<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      progress = null;
    }
  }

  /** The bytes of a dossier, without saving (CLI, tests). */
  const dossierPdf = (o: DossierOptions, at: RenderAt = {}) =>
    tracked(async () => {
      const prepared = await prepareDossier(o, at);
      if ('failed' in prepared) return { status: 'verification_failed' as const, failure: prepared.failed };
      const rendered = await render(prepared.job);
      logExport(prepared.job, null, rendered.pages);
      return {
        status: 'rendered' as const,
        ...rendered,
        language: prepared.job.lang,
        ...withTimestamp(prepared),
      };
    });

  const exportDossier = (o: DossierOptions): Promise<ExportResult> =>
    tracked(async () => {
      const prepared = await prepareDossier(o);
      if ('failed' in prepared) return { status: 'verification_failed', failure: prepared.failed };
      const saved = await save(prepared.job, await render(prepared.job));
      if (saved.status === 'saved') logExport(prepared.job, saved.path, saved.pages);
      return saved.status === 'saved' ? { ...saved, ...withTimestamp(prepared) } : saved;
    });

  const valuePdf = (o: ValueReportOptions, at: RenderAt = {}) =>
    tracked(async () => {
      const job = prepareValue(o, at);
      const rendered = await render(job);
      logExport(job, null, rendered.pages);
      return { ...rendered, language: job.lang };
    });

  const exportValueReport = (o: ValueReportOptions): Promise<ExportResult> =>
    tracked(async () => {
      const job = prepareValue(o);
      const saved = await save(job, await render(job));
      if (saved.status === 'saved') logExport(job, saved.path, saved.pages);
      return saved;
    });

  function hashAt(clientId: number, seq: number): string | null {
    return (
      ctx.sqlite
        .prepare<[number, number], { hash: string }>('SELECT hash FROM journal_entries WHERE client_id = ? AND seq = ?')
        .get(clientId, seq)?.hash ?? null
    );
  }

  /**
   * The exhibit bundle a lawyer files: a folder holding the dossier, each attachment named by its
   * exhibit number ("Ek-1 görüşme.m4a"), and SHA256SUMS.txt (the form `sha256sum -c` checks)
   * with the hash of every file in it. The folder must be new or empty: nothing is replaced.
   */
  function writeBundle(job: ReportJob, rendered: RenderedReport, dir: string): { files: string[]; exhibits: number } {
    if (job.document !== 'dossier') throw new AppError('INVALID_STATE', 'Only a dossier has exhibits.');
    if (existsSync(dir) && readdirSync(dir).length > 0)
      throw new AppError('CONFLICT', `${dir} is not empty; nothing was written`, { details: { path: dir } });
    mkdirSync(dir, { recursive: true });
    const t = translatorFor(job.lang);
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const sums: [string, string][] = [];
    const pdfName = `${safeFileName(t('reports.dossier.fileName', { client: job.model.client.name, date: job.createdAt.slice(0, 10) }))}.pdf`;
    writeFileAtomically(join(dir, pdfName), rendered.bytes, { replace: false });
    sums.push([sha(rendered.bytes), pdfName]);
    const exhibits = dossierExhibits(job.model.entries);
    for (const x of exhibits) {
      const name = safeFileName(`${t('reports.dossier.exhibit', { n: x.n })} ${x.attachment.originalName}`);
      let bytes: Buffer;
      try {
        bytes = readFileSync(storedAttachmentFile(ctx.dataDir, x.attachment.sha256).path);
      } catch {
        throw new AppError('NOT_FOUND', `The file of exhibit ${x.n} (${x.attachment.originalName}) is missing from the store.`, {
          details: { sha256: x.attachment.sha256 },
        });
      }
      // the exhibit is the file the entry fingerprinted, byte for byte, or it is not written
      if (sha(bytes) !== x.attachment.sha256)
        throw new AppError('CONFLICT', `The file of exhibit ${x.n} no longer matches its fingerprint.`, {
          details: { sha256: x.attachment.sha256 },
        });
      writeFileAtomically(join(dir, name), bytes, { replace: false });
      sums.push([x.attachment.sha256, name]);
    }
    const manifest = sums.map(([h, n]) => `${h}  ${n}\n`).join('');
    writeFileAtomically(join(dir, 'SHA256SUMS.txt'), Buffer.from(manifest, 'utf8'), { replace: false });
    return { files: [...sums.map(([, n]) => n), 'SHA256SUMS.txt'], exhibits: exhibits.length };
  }

  /** The bundle into a folder the caller names (CLI, tests). */
  const dossierBundle = (o: DossierOptions, dir: string, at: RenderAt = {}) =>
    tracked(async () => {
      const prepared = await prepareDossier(o, at);
      if ('failed' in prepared) return { status: 'verification_failed' as const, failure: prepared.failed };
      const rendered = await render(prepared.job);
      progress = { phase: 'saving', done: 0, total: 1 };
      const written = writeBundle(prepared.job, rendered, dir);
      logExport(prepared.job, dir, rendered.pages, written.exhibits);
      return {
        status: 'saved' as const,
        path: dir,
        pages: rendered.pages,
        documentId: rendered.documentId,
        language: prepared.job.lang,
        ...withTimestamp(prepared),
        ...written,
      };
    });

  /** The bundle in a new folder inside the one the owner picks. */
  const exportDossierBundle = (o: DossierOptions): Promise<BundleResult> =>
    tracked(async () => {
      const prepared = await prepareDossier(o);
      if ('failed' in prepared) return { status: 'verification_failed', failure: prepared.failed };
      const lang = ownerLanguage(deps.settings);
      const parent = await deps.dialogs.chooseFolder(dialogText(lang, 'saveBundle'));
      if (!parent) return { status: 'cancelled' };
      const job = prepared.job;
      const rendered = await render(job);
      progress = { phase: 'saving', done: 0, total: 1 };
      const t = translatorFor(job.lang);
      const name = safeFileName(
        t('reports.dossier.bundleName', { client: job.model.client.name, date: job.createdAt.slice(0, 10) }),
      );
      const dir = join(parent, name);
      const written = writeBundle(job, rendered, dir);
      logExport(job, dir, rendered.pages, written.exhibits);
      lastSaved = join(dir, written.files[0]!);
      return {
        status: 'saved',
        path: dir,
        pages: rendered.pages,
        documentId: rendered.documentId,
        language: job.lang,
        ...withTimestamp(prepared),
        ...written,
      };
    });

  /** Does the live journal still contain exactly what the dossier (its manifest) describes? */
  async function verifyAgainst(
    chains: readonly Pick<ChainSummary, 'clientId' | 'headSeq' | 'headHash'>[],
    meta: { documentId: string | null; createdAt: string | null } = { documentId: null, createdAt: null },
    /** a receipt's time is the real one: entries after its heads must be recorded after it */
    receipt = false,
  ) {
    const ids = [...new Set(chains.map((c) => c.clientId))];
    const heads: JournalVerification['heads'] = [];
    const failures: ChainFailure[] = [];
    for (const clientId of ids) {
      const v = await verifyJournal(ctx, { clientId });
      heads.push(...v.heads);
      if (v.failure) failures.push(v.failure);
    }
    const recordedAt = (clientId: number, seq: number) =>
      ctx.sqlite
        .prepare<[number, number], { at: string }>(
          'SELECT recorded_at AS at FROM journal_entries WHERE client_id = ? AND seq = ?',
        )
        .get(clientId, seq)?.at ?? null;
    return compareWithLive(chains, { heads, failure: null, failures }, hashAt, meta, receipt ? recordedAt : undefined);
  }

  /** Client names today (a client whose chain is gone may still have its row). */
  function clientNames(): Map<number, string> {
    const rows = ctx.sqlite.prepare('SELECT id, name FROM clients').all() as { id: number; name: string }[];
    return new Map(rows.map((c) => [c.id, c.name]));
  }

  /** The token a dossier carries, checked offline against its documentId (the manifest's). */
  function dossierTimestampOf(bytes: Buffer, documentId: string): TimestampStatus {
    const json = readInfoString(bytes, dossierTimestampInfoKey);
    if (json === null) return { state: 'none' };
    let kept;
    try {
      kept = keptTimestampSchema.safeParse(JSON.parse(json));
    } catch {
      kept = null;
    }
    if (!kept?.success) return { state: 'stamped', authority: '', ...verifyTimestamp(Buffer.alloc(0), documentId) };
    const { authority, token, nonce } = kept.data;
    return { state: 'stamped', authority, ...verifyTimestamp(Buffer.from(token, 'base64'), documentId, nonce) };
  }

  /** Against a dossier PDF or a journal receipt (its PDF or JSON); null when the file is neither. */
  async function verifyAgainstFile(path: string) {
    const names = clientNames();
    const bytes = readFileSync(path);
    const manifest = readDossierManifest(bytes);
    if (manifest) {
      const r = await verifyAgainst(manifest.chains, { documentId: manifest.documentId, createdAt: manifest.createdAt });
      return {
        document: 'dossier' as const,
        standings: standings(r, (id) => names.get(id)),
        timestamp: dossierTimestampOf(bytes, manifest.documentId),
        ...r,
      };
    }
    const receipt = deps.receipts?.readFile(path) ?? null;
    if (!receipt) return null;
    const r = await verifyAgainst(receipt.chains, { documentId: receipt.receiptId, createdAt: receipt.createdAt }, true);
    const recorded = new Map(receipt.chains.map((c) => [c.clientId, c.clientName]));
    // the token stamps the receipt's digest: the SHA-256 of its content as read from the file
    const timestamp: TimestampStatus = receipt.timestamp
      ? {
          state: 'stamped',
          authority: receipt.timestamp.authority,
          ...verifyTimestamp(Buffer.from(receipt.timestamp.token, 'base64'), receiptIdOf(receipt), receipt.timestamp.nonce),
        }
      : (deps.receipts?.statusOf(receipt) ?? { state: 'none' });
    return {
      document: 'receipt' as const,
      standings: standings(r, (id) => names.get(id) ?? recorded.get(id)),
      timestamp,
      ...r,
    };
  }

  async function verifyAgainstPicked(): Promise<VerifyAgainstResult> {
    const lang = ownerLanguage(deps.settings);
    const [path] = await deps.dialogs.chooseOpenFiles({
      ...dialogText(lang, 'verifyDossier'),
      filters: [fileFilter(lang, 'pdf', ['pdf']), fileFilter(lang, 'json', ['json'])],
    });
    if (!path) return { status: 'cancelled' };
    const r = await verifyAgainstFile(path);
    return r ? { status: 'checked', ...r } : { status: 'no_manifest' };
  }

  /** Opens the report saved last with the OS viewer. */
  async function openLastSaved(): Promise<{ opened: boolean }> {
    if (!lastSaved) return { opened: false };
    await deps.dialogs.openPath(lastSaved);
    return { opened: true };
  }

  return {
    openLastSaved,
    dossierEntries: (o: Parameters<typeof dossierEntries>[1]) => dossierEntries(ctx, o, deps.timeZone),
    dossierPdf,
    exportDossier,
    dossierBundle,
    exportDossierBundle,
    valuePdf,
    exportValueReport,
    verifyAgainst,
    verifyAgainstFile,
    verifyAgainstPicked,
    clientNames,
    progress: () => progress,
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;
