// The journal service: what the app (and other services: offboarding, reports) use to write
// and read entries. Writes go through appendJournalEntries, the chain's only writer.
import {
  amendEntrySchema,
  newEntrySchema,
  type AmendEntryInput,
  type AttachmentChoice,
  type JournalEntry,
  type JournalEntryDetail,
  type JournalListItem,
  type NewEntryInput,
  type VerificationJob,
} from '../../shared/contract/journal';
import type { JournalKind } from '../../shared/domain/journal-kinds';
import {
  consentSign,
  hasAudio,
  isComplaintKind,
  mediaTypeOf,
  sanitiseFileName,
  topicSign,
  type ComplaintCategory,
  type RecordingConsent,
} from '../../shared/domain/journal-entry';
import { AppError } from '../../shared/errors';
import type { ChainAttachment, JournalVerification } from '../../shared/domain/journal-chain';
import { DEFAULT_ATTACHMENT_MAX_BYTES, storeAttachment, storedAttachmentFile } from './attachments';
import { appendJournalEntries, verifyJournal, type NewJournalEntry } from './chain';
import { isTeamReplica } from '../team/sync/replica';
import { queueJournalEntries } from '../team/sync/outbox';
import { entryAuthor } from './author';
import { createEvidenceReader } from './evidence';
import { verifyJournalOf, type VerifyProgress } from './verify';
import { verifyInWorker } from './verify-host';
import { workerScript, type WorkerPlace } from '../workers/locate';
import { createJournalReader } from './read';
import { readOnlyCopy } from './open-copy';
import { dayWindowSql } from '../../shared/domain/day-window';
import { nowIso, ownerTimeZone, type ServiceContext } from '../core/context';
import type { Dialogs } from '../core/dialogs';
import type { Language } from '../../shared/domain/format';
import { defaultLanguage } from '../../shared/i18n';
import { dialogText } from '../dialog-text';

/** An entry may be dated a little ahead (clocks differ), never in the future. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface JournalDeps {
  dialogs: Dialogs;
  /** verify on worker threads found here (the app); in this thread when absent (CLI, tests) */
  workers?: WorkerPlace;
  attachmentMaxBytes?: number;
  /** the owner's language, for the file dialog; the default when absent */
  language?: () => Language;
  /** where "Open" puts read-only copies of attachments; default: the system's temp folder */
  openCopiesDir?: string;
  /** who writes the entries (hash version 2 covers it): the owner's profile name, see author.ts */
  author?: () => string;
}

export function createJournalService(ctx: ServiceContext, deps: JournalDeps) {
  const read = createJournalReader(ctx.sqlite, () => ownerTimeZone(ctx));
  const maxBytes = deps.attachmentMaxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
  const author = deps.author ?? (() => entryAuthor(null));

  function get(id: number): JournalEntry {
    const e = read.byId(id);
    if (!e) throw new AppError('NOT_FOUND', `No journal entry with id ${id}`, { details: { id } });
    return e;
  }

  function occurredAtOf(given: string | null): string {
    const now = ctx.now();
    if (given === null) return now.toISOString();
    if (Date.parse(given) > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw new AppError('VALIDATION', 'An entry records what happened: it cannot be dated in the future.', {
        issues: [{ path: 'occurredAt', message: 'validation.inFuture' }],
      });
    }
    return given;
  }

  /**
   * The hashed signs: the owner's red-flag signs, then the complaint topic, then, only when an
   * audio recording is attached, whether the other party knew of it (the schema asks for it).
   */
  function storedSigns(
    e: { signs: readonly string[]; category: ComplaintCategory | null; recordingConsent: RecordingConsent | null },
    attachments: readonly ChainAttachment[],
  ): string[] {
    const out = [...e.signs];
    if (e.category) out.push(topicSign(e.category));
    if (e.recordingConsent && hasAudio(attachments)) out.push(consentSign(e.recordingConsent));
    return out;
  }

  function attachmentsOf(refs: readonly { sha256: string; originalName: string }[]): ChainAttachment[] {
    return refs.map((r) => {
      const name = sanitiseFileName(r.originalName);
      return {
        sha256: r.sha256,
        originalName: name,
        sizeBytes: storedAttachmentFile(ctx.dataDir, r.sha256).sizeBytes,
        mediaType: mediaTypeOf(name),
      };
    });
  }

  function checkResolution(kind: JournalKind, refersToId: number | null, clientId: number) {
    if (kind !== 'resolution' || refersToId === null) return;
    const target = read.byId(refersToId);
    if (!target || target.clientId !== clientId) return; // the chain refuses it with a clear message
    if (!isComplaintKind(target.kind)) {
      throw new AppError('VALIDATION', 'A resolution refers to the complaint it resolves.', {
        issues: [{ path: 'refersToId', message: 'validation.notAComplaint' }],
      });
    }
    const already = ctx.sqlite
      .prepare("SELECT id FROM journal_entries WHERE refers_to_id = ? AND kind = 'resolution' AND amends_id IS NULL LIMIT 1")
      .get(refersToId);
    if (already)
      throw new AppError('CONFLICT', 'This complaint already has a resolution.', { details: { complaintId: refersToId } });
  }

  /**
   * Every write of the journal, in order, all or none: appended to the local chains, or, in a
   * team replica, queued for the server to number (team/sync/outbox.ts; ids negative until pushed).
   */
  function write(rows: readonly NewJournalEntry[]): number[] {
    if (isTeamReplica(ctx.sqlite)) return queueJournalEntries(ctx, rows);
    return appendJournalEntries(ctx, rows).map((r) => r.id);
  }

  /**
   * Records what happened. `recordedAt` is always the app's clock. Other services (offboarding
   * steps) call this too, passing their case id.
   */
  function add(input: NewEntryInput, opts: { caseId?: number | null; isSample?: boolean } = {}): JournalEntry {
    const [id] = write([newRow(input, opts)]);
    return get(id!);
  }

  /** Several entries (the picked messages of a chat) in one transaction: all are written or none. */
  function addMany(inputs: readonly NewEntryInput[]): JournalEntry[] {
    const rows = inputs.map((i) => newRow(i, {}));
    const resolved = rows.flatMap((r) => (r.kind === 'resolution' && r.refersToId ? [r.refersToId] : []));
    if (new Set(resolved).size !== resolved.length)
      throw new AppError('CONFLICT', 'A complaint has one resolution.', { details: { complaintIds: resolved.join(',') } });
    return write(rows).map((id) => get(id));
  }

  function newRow(input: NewEntryInput, opts: { caseId?: number | null; isSample?: boolean }): NewJournalEntry {
    const e = newEntrySchema.parse(input);
    checkResolution(e.kind, e.refersToId, e.clientId);
    const attachments = attachmentsOf(e.attachments);
    return {
      clientId: e.clientId,
      kind: e.kind,
      channel: e.channel,
      occurredAt: occurredAtOf(e.occurredAt),
      durationMinutes: e.durationMinutes,
      summary: e.summary,
      details: e.details,
      quotes: e.quotes,
      people: e.people,
      witnesses: e.witnesses,
      severity: e.severity,
      signs: storedSigns(e, attachments),
      refersToId: e.refersToId,
      caseId: opts.caseId ?? null,
      isSample: opts.isSample ?? false,
      author: author(),
      attachments,
    };
  }

  /** A correction: a new entry pointing at the original (never at another amendment). */
  function amend(input: AmendEntryInput): JournalEntry {
    const e = amendEntrySchema.parse(input);
    const target = get(e.amendsId);
    const originalId = target.amendsId ?? target.id;
    const attachments = attachmentsOf(e.attachments);
    const [id] = write([
      {
        clientId: target.clientId,
        kind: e.kind,
        channel: e.channel,
        occurredAt: occurredAtOf(e.occurredAt ?? target.occurredAt),
        durationMinutes: e.durationMinutes,
        summary: e.summary,
        details: e.details,
        quotes: e.quotes,
        people: e.people,
        witnesses: e.witnesses,
        severity: e.severity,
        signs: storedSigns(e, attachments),
        amendsId: originalId,
        caseId: target.caseId,
        // a correction is written by whoever corrects it, not the original's author
        author: author(),
        attachments,
      },
    ]);
    return get(id!);
  }

  function detail(id: number): JournalEntryDetail {
    const entry = get(id);
    const originalId = entry.amendsId ?? entry.id;
    const original = entry.amendsId ? get(entry.amendsId) : null;
    return {
      entry,
      original,
      // a team replica's queued corrections and follow-ups too, in their place
      amendments: read.amendmentsOf([originalId], { withPending: true }).get(originalId) ?? [],
      responses: read
        .selectWithPending('e.refers_to_id = ? AND e.amends_id IS NULL', [originalId], 'e.occurred_at, e.id')
        .sort((a, b) => (a.occurredAt === b.occurredAt ? a.id - b.id : a.occurredAt < b.occurredAt ? -1 : 1)),
      refersTo: entry.refersToId ? read.byId(entry.refersToId) : null,
    };
  }

  /**
   * For the incident dossier (reports): a client's originals oldest first, each with its
   * amendments and attachments, optionally limited by date (YYYY-MM-DD, inclusive) and kinds.
   */
  function listEntriesForDossier(
    clientId: number,
    opts: { from?: string | null; to?: string | null; kinds?: readonly JournalKind[] } = {},
  ): JournalListItem[] {
    const where = ['e.client_id = ?', 'e.amends_id IS NULL'];
    const params: unknown[] = [clientId];
    const days = dayWindowSql('e.occurred_at', opts.from, opts.to, ownerTimeZone(ctx));
    where.push(...days.where);
    params.push(...days.params);
    if (opts.kinds?.length) {
      where.push(`e.kind IN (${opts.kinds.map(() => '?').join(',')})`);
      params.push(...opts.kinds);
    }
    const originals = read.select(where.join(' AND '), params, 'e.occurred_at, e.seq');
    const amendments = read.amendmentsOf(originals.map((o) => o.id));
    return originals.map((o) => ({ ...o, amendments: amendments.get(o.id) ?? [] }));
  }

  async function chooseAttachments(): Promise<AttachmentChoice> {
    const lang = deps.language?.() ?? defaultLanguage;
    const paths = await deps.dialogs.chooseOpenFiles({ ...dialogText(lang, 'attachments'), multiple: true });
    const choice: AttachmentChoice = { stored: [], refused: [], maxBytes };
    for (const p of paths) {
      const r = await storeAttachment(ctx.dataDir, p, maxBytes);
      if (r.ok) choice.stored.push(r.attachment);
      else choice.refused.push({ name: r.name, reason: r.reason });
    }
    return choice;
  }

  /** Only a fingerprint the journal references, resolved to the stored file here in main. */
  async function openAttachment(sha256: string): Promise<{ opened: boolean }> {
    const known = ctx.sqlite
      .prepare('SELECT original_name AS name FROM journal_attachments WHERE sha256 = ? ORDER BY id LIMIT 1')
      .get(sha256) as { name: string } | undefined;
    if (!known) throw new AppError('NOT_FOUND', 'No journal entry has this attachment.', { details: { sha256 } });
    // A read-only copy under its attached name: the stored evidence itself is never handed out.
    const copy = readOnlyCopy(storedAttachmentFile(ctx.dataDir, sha256).path, sha256, known.name, deps.openCopiesDir);
    await deps.dialogs.openPath(copy);
    return { opened: true };
  }

  const evidence = createEvidenceReader(ctx, {
    dialogs: deps.dialogs,
    maxBytes,
    ...(deps.language ? { language: deps.language } : {}),
  });

  const verification = createVerificationJobs(ctx, verifyRunner(ctx, deps.workers));

  return {
    add,
    addMany,
    amend,
    get,
    detail,
    list: read.list,
    search: read.search,
    listEntriesForDossier,
    chooseAttachments,
    openAttachment,
    evidence,
    verification,
    reader: read,
    author,
  };
}
export type JournalService = ReturnType<typeof createJournalService>;

type VerifyRunner = (clientId: number | null, onProgress: VerifyProgress) => Promise<JournalVerification>;

/** On a worker thread in the app; in this thread, in steps, on the live connection for the CLI and tests. */
function verifyRunner(ctx: ServiceContext, workers: WorkerPlace | undefined): VerifyRunner {
  return async (clientId, onProgress) => {
    const request = { databasePath: ctx.databasePath, dataDir: ctx.dataDir, clientId };
    const check = workers
      ? await verifyInWorker(request, { onProgress, script: workerScript('verify-worker', workers) })
      : await verifyJournalOf(ctx.sqlite, request, onProgress);
    // the app's clock stamps the check, as for every other record
    if (check.state === 'verified') return { ...check.verification, checkedAt: nowIso(ctx) };
    throw new AppError('INVALID_STATE', check.state === 'unreadable' ? check.reason : 'This database has no journal to verify.');
  };
}

/** Verification runs in the background (a worker thread in the app), the renderer polls its progress. */
function createVerificationJobs(ctx: ServiceContext, runner: VerifyRunner) {
  const jobs = new Map<number, VerificationJob & { clientId: number | null }>();
  let nextId = 1;

  function start(clientId: number | null): VerificationJob {
    for (const j of jobs.values()) if (j.state === 'running' && j.clientId === clientId) return view(j);
    const job: VerificationJob & { clientId: number | null } = {
      jobId: nextId++,
      clientId,
      state: 'running',
      entriesChecked: 0,
      entriesTotal: 0,
      result: null,
      error: null,
    };
    jobs.set(job.jobId, job);
    if (jobs.size > 20) jobs.delete(Math.min(...jobs.keys()));
    void runner(clientId, (p) => {
      job.entriesChecked = p.entriesChecked;
      job.entriesTotal = p.entriesTotal;
    }).then(
      (result) => {
        job.state = 'done';
        job.result = result;
      },
      (e: unknown) => {
        job.state = 'failed';
        job.error = e instanceof Error ? e.message : String(e);
      },
    );
    return view(job);
  }

  function view({ clientId: _c, ...j }: VerificationJob & { clientId: number | null }): VerificationJob {
    return { ...j };
  }

  function status(jobId: number): VerificationJob {
    const j = jobs.get(jobId);
    if (!j) throw new AppError('NOT_FOUND', `No verification ${jobId}`);
    return view(j);
  }

  /** Runs to the end (CLI, tests, before an export). */
  async function run(clientId: number | null) {
    return verifyJournal(ctx, clientId === null ? {} : { clientId });
  }

  return { start, status, run };
}
