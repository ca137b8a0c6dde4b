// Reports: gathers a document's data, verifies the journal first, renders (in a worker in the
// app), and saves where the person chooses. Also checks the live journal against a dossier.
import { readFileSync } from 'node:fs';
import type { ChainFailure, JournalVerification } from '../../shared/domain/journal-chain';
import { compareWithLive, type ChainSummary } from '../../shared/domain/dossier-manifest';
import type { Language } from '../../shared/domain/format';
import type {
  DossierOptions,
  ExportResult,
  ReportProgressView,
  ValueReportOptions,
  VerifyAgainstResult,
} from '../../shared/contract/reports';
import type { Dialogs } from '../core/dialogs';
import { dialogText, fileFilter, ownerLanguage } from '../dialog-text';
import { readDossierManifest } from '../pdf/manifest-reader';
import type { RenderedReport, ReportJob, ReportProgress } from '../pdf/render';
import { translatorFor } from '../pdf/translate';
import { nowIso, type ServiceContext } from '../core/context';
import { verifyJournal } from '../journal/chain';
import { safeFileName, writeFileAtomically } from './files';
import { standings } from '../../shared/domain/journal-receipt';
import type { ReceiptsService } from './receipts';
import { dossierEntries, dossierModel, profileOrThrow, valueModel, type ModelDeps } from './models';

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
  receipts?: Pick<ReceiptsService, 'readFile'>;
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
  async function prepareDossier(o: DossierOptions, at: RenderAt = {}): Promise<{ job: ReportJob } | { failed: ChainFailure }> {
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
    return {
      job: {
        document: 'dossier',
        model: dossierModel(ctx, deps, o, v, s.createdAt, s.timeZone),
        lang: languageOf(o.language),
        ...s,
      },
    };
  }

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
    const lang = ownerLanguage(deps.settings);
    const path = await deps.dialogs.chooseSavePath({
      ...dialogText(lang, job.document === 'dossier' ? 'saveDossier' : 'saveValue'),
      defaultName: `${safeFileName(t(`reports.${job.document}.fileName`, vars))}.pdf`,
      filters: [fileFilter(lang, 'pdf', ['pdf'])],
    });
    if (!path) return { status: 'cancelled' };
    // The OS save dialog has already asked before returning an existing file's path.
    writeFileAtomically(path, rendered.bytes, { replace: true });
    lastSaved = path;
    const { pages, documentId } = rendered;
    return { status: 'saved', path, pages, bytes: rendered.bytes.length, documentId, language: job.lang };
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
      return { status: 'rendered' as const, ...(await render(prepared.job)), language: prepared.job.lang };
    });

  const exportDossier = (o: DossierOptions): Promise<ExportResult> =>
    tracked(async () => {
      const prepared = await prepareDossier(o);
      if ('failed' in prepared) return { status: 'verification_failed', failure: prepared.failed };
      return save(prepared.job, await render(prepared.job));
    });

  const valuePdf = (o: ValueReportOptions, at: RenderAt = {}) =>
    tracked(async () => {
      const job = prepareValue(o, at);
      return { ...(await render(job)), language: job.lang };
    });

  const exportValueReport = (o: ValueReportOptions): Promise<ExportResult> =>
    tracked(async () => {
      const job = prepareValue(o);
      return save(job, await render(job));
    });

  function hashAt(clientId: number, seq: number): string | null {
    return (
      ctx.sqlite
        .prepare<[number, number], { hash: string }>('SELECT hash FROM journal_entries WHERE client_id = ? AND seq = ?')
        .get(clientId, seq)?.hash ?? null
    );
  }

  /** Does the live journal still contain exactly what the dossier (its manifest) describes? */
  async function verifyAgainst(
    chains: readonly Pick<ChainSummary, 'clientId' | 'headSeq' | 'headHash'>[],
    meta: { documentId: string | null; createdAt: string | null } = { documentId: null, createdAt: null },
  ) {
    const ids = [...new Set(chains.map((c) => c.clientId))];
    const heads: JournalVerification['heads'] = [];
    const failures: ChainFailure[] = [];
    for (const clientId of ids) {
      const v = await verifyJournal(ctx, { clientId });
      heads.push(...v.heads);
      if (v.failure) failures.push(v.failure);
    }
    return compareWithLive(chains, { heads, failure: null, failures }, hashAt, meta);
  }

  /** Client names today (a client whose chain is gone may still have its row). */
  function clientNames(): Map<number, string> {
    const rows = ctx.sqlite.prepare('SELECT id, name FROM clients').all() as { id: number; name: string }[];
    return new Map(rows.map((c) => [c.id, c.name]));
  }

  /** Against a dossier PDF or a journal receipt (its PDF or JSON); null when the file is neither. */
  async function verifyAgainstFile(path: string) {
    const names = clientNames();
    const manifest = readDossierManifest(readFileSync(path));
    if (manifest) {
      const r = await verifyAgainst(manifest.chains, { documentId: manifest.documentId, createdAt: manifest.createdAt });
      return { document: 'dossier' as const, standings: standings(r, (id) => names.get(id)), ...r };
    }
    const receipt = deps.receipts?.readFile(path) ?? null;
    if (!receipt) return null;
    const r = await verifyAgainst(receipt.chains, { documentId: receipt.receiptId, createdAt: receipt.createdAt });
    const recorded = new Map(receipt.chains.map((c) => [c.clientId, c.clientName]));
    return { document: 'receipt' as const, standings: standings(r, (id) => names.get(id) ?? recorded.get(id)), ...r };
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
