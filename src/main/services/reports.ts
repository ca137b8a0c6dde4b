// Reports: gathers a document's data, verifies the journal first, renders (in a worker in the
// app), and saves where the person chooses. Also checks the live journal against a dossier.
import { readFileSync } from 'node:fs';
import { GENESIS_HASH, type JournalVerification } from '../../shared/domain/journal-chain';
import { compareWithLive, type ChainSummary } from '../../shared/domain/dossier-manifest';
import type { Language } from '../../shared/domain/format';
import type { DossierOptions, ExportResult, ReportProgressView, VerifyAgainstResult } from '../../shared/contract/reports';
import { AppError } from '../../shared/errors';
import type { Dialogs } from './dialogs';
import type { DossierEntry, DossierModel } from '../pdf/dossier';
import { readDossierManifest } from '../pdf/manifest-reader';
import type { RenderedReport, ReportJob, ReportProgress } from '../pdf/render';
import { translatorFor } from '../pdf/translate';
import { nowIso, type ServiceContext } from './context';
import { verifyJournal } from './journal-chain';
import { safeFileName, writeFileAtomically } from './report-files';
import type { ClientsService } from './clients';
import type { SettingsService } from './settings';

export type RenderFn = (job: ReportJob, onProgress?: ReportProgress) => Promise<RenderedReport>;

export interface ReportsDeps {
  settings: SettingsService;
  clients: ClientsService;
  version: string;
  fontsDir: string;
  timeZone: string;
  dialogs: Dialogs;
  render: RenderFn;
}

interface EntryRow {
  id: number;
  seq: number;
  kind: string;
  channel: string;
  occurred_at: string;
  recorded_at: string;
  duration_minutes: number | null;
  summary: string;
  details: string;
  quotes: string;
  people: string;
  witnesses: string;
  severity: string;
  signs: string;
  amends_id: number | null;
  refers_to_id: number | null;
  prev_hash: string;
  hash: string;
}

export function createReportsService(ctx: ServiceContext, deps: ReportsDeps) {
  let progress: ReportProgressView | null = null;

  function profileOrThrow() {
    const p = deps.settings.profile();
    if (!p) throw new AppError('INVALID_STATE', 'Finish the first-run setup (business and owner) before exporting reports.');
    return p;
  }

  /** The client's entries in the period and kinds, with their attachments, in chain order. */
  function dossierEntries(o: Pick<DossierOptions, 'clientId' | 'from' | 'to' | 'kinds'>): DossierEntry[] {
    const where = ['client_id = @clientId'];
    if (o.from) where.push('substr(occurred_at, 1, 10) >= @from');
    if (o.to) where.push('substr(occurred_at, 1, 10) <= @to');
    if (o.kinds.length) where.push(`kind IN (${o.kinds.map((_, i) => `@k${i}`).join(', ')})`);
    const params: Record<string, unknown> = { clientId: o.clientId, from: o.from, to: o.to };
    o.kinds.forEach((k, i) => (params[`k${i}`] = k));
    const rows = ctx.sqlite
      .prepare(`SELECT * FROM journal_entries WHERE ${where.join(' AND ')} ORDER BY seq`)
      .all(params) as EntryRow[];
    // A correction always travels with what it corrects, whatever its own date or kind.
    const included = new Set(rows.map((r) => r.id));
    const amendments = ctx.sqlite
      .prepare('SELECT * FROM journal_entries WHERE client_id = ? AND amends_id IS NOT NULL ORDER BY seq')
      .all(o.clientId) as EntryRow[];
    let added = false;
    for (const r of amendments) {
      if (!included.has(r.id) && included.has(r.amends_id!)) {
        included.add(r.id);
        rows.push(r);
        added = true;
      }
    }
    if (added) rows.sort((x, y) => x.seq - y.seq);
    const atts = ctx.sqlite.prepare<[number], { sha256: string; original_name: string; size_bytes: number; media_type: string }>(
      'SELECT sha256, original_name, size_bytes, media_type FROM journal_attachments WHERE entry_id = ? ORDER BY id',
    );
    return rows.map((r) => ({
      id: r.id,
      seq: r.seq,
      kind: r.kind,
      channel: r.channel,
      occurredAt: r.occurred_at,
      recordedAt: r.recorded_at,
      durationMinutes: r.duration_minutes,
      summary: r.summary,
      details: r.details,
      quotes: JSON.parse(r.quotes) as string[],
      people: JSON.parse(r.people) as string[],
      witnesses: JSON.parse(r.witnesses) as string[],
      severity: r.severity,
      signs: JSON.parse(r.signs) as string[],
      amendsId: r.amends_id,
      refersToId: r.refers_to_id,
      hash: r.hash,
      prevHash: r.prev_hash,
      attachments: atts.all(r.id).map((a) => ({
        sha256: a.sha256,
        originalName: a.original_name,
        sizeBytes: a.size_bytes,
        mediaType: a.media_type,
      })),
    }));
  }

  function dossierModel(o: DossierOptions, v: JournalVerification, createdAt: string): DossierModel {
    const p = profileOrThrow();
    const client = deps.clients.get(o.clientId);
    const entries = dossierEntries(o);
    const head = v.heads.find((h) => h.clientId === o.clientId) ?? { seq: 0, hash: GENESIS_HASH };
    const chain: ChainSummary & { clientName: string } = {
      clientId: client.id,
      clientName: client.name,
      headSeq: head.seq,
      headHash: head.hash,
      count: entries.length,
      firstSeq: entries[0]?.seq ?? null,
      lastSeq: entries.at(-1)?.seq ?? null,
    };
    return {
      business: { name: p.businessName, ownerName: p.ownerName, ownerTitle: p.ownerTitle },
      client: { id: client.id, name: client.name, company: client.company },
      range: { from: o.from, to: o.to },
      kinds: o.kinds,
      appVersion: deps.version,
      entries,
      chains: [chain],
      verification: {
        ok: v.ok,
        // verification is the first step of making the document: its time is the document's,
        // so a re-export with the same creation time gives the same bytes
        checkedAt: createdAt,
        entriesChecked: v.entriesChecked,
        attachmentsChecked: v.attachmentsChecked,
        failure: v.failure,
      },
    };
  }

  /**
   * Verifies the client's chain, then builds the job. Refuses (status verification_failed) a
   * journal that does not verify unless the owner accepted a dossier marked as such.
   */
  async function prepareDossier(
    o: DossierOptions,
    at: { createdAt?: string; timeZone?: string } = {},
  ): Promise<{ job: ReportJob } | { failed: NonNullable<JournalVerification['failure']> }> {
    profileOrThrow();
    deps.clients.get(o.clientId);
    progress = { phase: 'verifying', done: 0, total: 0 };
    const v = await verifyJournal(ctx, {
      clientId: o.clientId,
      progressEvery: 2_000,
      onProgress: (p) => (progress = { phase: 'verifying', done: p.entriesChecked, total: p.entriesTotal }),
    });
    if (!v.ok && !o.acceptFailedVerification) return { failed: v.failure! };
    const lang: Language = o.language ?? profileOrThrow().language;
    const createdAt = at.createdAt ?? nowIso(ctx);
    return {
      job: {
        document: 'dossier',
        model: dossierModel(o, v, createdAt),
        lang,
        createdAt,
        timeZone: at.timeZone ?? deps.timeZone,
        fontsDir: deps.fontsDir,
      },
    };
  }

  async function render(job: ReportJob): Promise<RenderedReport> {
    progress = { phase: 'rendering', done: 0, total: job.model.entries.length };
    return deps.render(job, (done, total) => (progress = { phase: 'rendering', done, total }));
  }

  /** The bytes of a dossier, without saving (CLI, tests). */
  async function dossierPdf(o: DossierOptions, at: { createdAt?: string; timeZone?: string } = {}) {
    try {
      const prepared = await prepareDossier(o, at);
      if ('failed' in prepared) return { status: 'verification_failed' as const, failure: prepared.failed };
      return { status: 'rendered' as const, ...(await render(prepared.job)), language: prepared.job.lang };
    } finally {
      progress = null;
    }
  }

  async function exportDossier(o: DossierOptions): Promise<ExportResult> {
    try {
      const prepared = await prepareDossier(o);
      if ('failed' in prepared) return { status: 'verification_failed', failure: prepared.failed };
      const { job } = prepared;
      const t = translatorFor(job.lang);
      const rendered = await render(job);
      progress = { phase: 'saving', done: 0, total: 1 };
      const path = await deps.dialogs.chooseSavePath({
        title: t('reports.dossier.title'),
        defaultName: `${safeFileName(t('reports.dossier.fileName', { client: job.model.client.name, date: job.createdAt.slice(0, 10) }))}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!path) return { status: 'cancelled' };
      writeFileAtomically(path, rendered.bytes, { replace: true });
      return {
        status: 'saved',
        path,
        pages: rendered.pages,
        bytes: rendered.bytes.length,
        documentId: rendered.documentId,
        language: job.lang,
      };
    } finally {
      progress = null;
    }
  }

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
    let failure: JournalVerification['failure'] = null;
    for (const clientId of ids) {
      const v = await verifyJournal(ctx, { clientId });
      heads.push(...v.heads);
      failure ??= v.failure;
    }
    return compareWithLive(chains, { heads, failure }, hashAt, meta);
  }

  async function verifyAgainstFile(path: string) {
    const manifest = readDossierManifest(readFileSync(path));
    if (!manifest) return null;
    return verifyAgainst(manifest.chains, { documentId: manifest.documentId, createdAt: manifest.createdAt });
  }

  async function verifyAgainstPicked(): Promise<VerifyAgainstResult> {
    const t = translatorFor(deps.settings.profile()?.language ?? 'en');
    const [path] = await deps.dialogs.chooseOpenFiles({
      title: t('reports.screen.verifyTitle'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!path) return { status: 'cancelled' };
    const r = await verifyAgainstFile(path);
    return r ? { status: 'checked', ...r } : { status: 'no_manifest' };
  }

  return {
    dossierEntries,
    dossierPdf,
    exportDossier,
    verifyAgainst,
    verifyAgainstFile,
    verifyAgainstPicked,
    progress: () => progress,
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;
