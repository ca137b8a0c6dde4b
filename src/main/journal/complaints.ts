// Complaints, derived from journal entries (DOMAIN.md §5): the priority queue, follow-ups due,
// payment reminders due, and complaint patterns across clients.
import type { Complaint, ComplaintPatternView, ReminderDue, TodayPanel } from '../../shared/contract/complaints';
import type { JournalEntry } from '../../shared/contract/journal';
import { byPriority, deriveComplaint, type ComplaintResponse } from '../../shared/domain/complaints';
import { complaintPattern } from '../../shared/domain/complaint-patterns';
import { complaintKinds, isComplaintKind, splitSigns, type ComplaintCategory } from '../../shared/domain/journal-entry';
import { effectiveJournal } from '../../shared/domain/effective-journal';
import { todayIso, type ServiceContext } from '../core/context';
import type { JournalReader } from './read';

/** Written exactly as journal_complaints_idx's WHERE, so SQLite reads complaints through it (a test checks the plans). */
const kindsSql = complaintKinds.map((k) => `'${k}'`).join(', ');
/** An overdue invoice needs a new reminder when the last one is older than this. */
const REMIND_AGAIN_DAYS = 7;
/** How many of each list the dashboard shows (it links to the full queue). */
const TODAY_SHOWN = 10;

export function createComplaintsService(ctx: ServiceContext, read: JournalReader) {
  /**
   * Statuses come from light rows (ids, dates, severities); only the complaints returned are
   * read in full, so a journal with thousands of complaints still answers quickly.
   */
  function list(
    clientId: number | null,
    status: 'open' | 'resolved' | 'all',
    limit = 1_000,
    opts: { withQueued?: boolean } = {},
  ): Complaint[] {
    return hydrate(derive(clientId, status, opts).slice(0, limit));
  }

  interface Light {
    id: number;
    clientId: number;
    occurredAt: string;
    severity: string;
    /** the version the complaint stands as (effective-journal.ts): the original or a correction */
    standingId: number;
  }

  interface VersionRow {
    id: number;
    seq: number;
    clientId: number;
    kind: string;
    channel: string;
    occurredAt: string;
    severity: string;
    signs: string;
    amendsId: number | null;
  }
  const versionColumns = `e.id, e.seq, e.client_id AS clientId, e.kind, e.channel, e.occurred_at AS occurredAt, e.severity,
    e.signs, e.amends_id AS amendsId`;
  // Every correction of the given entries, and the corrections of those (the amends index, from
  // each entry: never the index's NULL side, which is nearly the whole journal).
  const correctionsOf = ctx.sqlite.prepare<[string], VersionRow>(
    `WITH RECURSIVE chain(id) AS (
       SELECT value FROM json_each(?)
       UNION
       SELECT a.id FROM chain CROSS JOIN journal_entries a ON a.amends_id = chain.id
     )
     SELECT ${versionColumns} FROM chain CROSS JOIN journal_entries e ON e.id = chain.id WHERE e.amends_id IS NOT NULL`,
  );

  /**
   * Entries logged as complaints, each as it stands after its corrections (effective-journal.ts:
   * the latest version that is not a wording note): its date, severity, channel and topic are
   * the corrected ones, and a complaint corrected into another kind (logged as one by mistake)
   * is no complaint. The complaint keeps the original's id: resolutions refer to it.
   */
  function standingComplaints(clientId: number | null) {
    const where = [`e.kind IN (${kindsSql})`, '+e.amends_id IS NULL'];
    const params: unknown[] = [];
    if (clientId !== null) {
      where.push('e.client_id = ?');
      params.push(clientId);
    }
    const originals = ctx.sqlite
      .prepare(`SELECT ${versionColumns} FROM journal_entries e WHERE ${where.join(' AND ')}`)
      .all(...params) as VersionRow[];
    const corrections = originals.length ? correctionsOf.all(JSON.stringify(originals.map((o) => o.id))) : [];
    const standing = corrections.length
      ? effectiveJournal([...originals, ...corrections])
      : originals.map((o) => ({ ...o, originalId: o.id }));
    return { where, params, standing: standing.filter((e) => isComplaintKind(e.kind)) };
  }

  /** `withQueued`: also a team replica's queued complaints (the queue and Today panel views only). */
  function derive(clientId: number | null, status: 'open' | 'resolved' | 'all', opts: { withQueued?: boolean } = {}) {
    const { where, params, standing } = standingComplaints(clientId);
    const rows: Light[] = standing.map((e) => ({
      id: e.originalId,
      clientId: e.clientId,
      occurredAt: e.occurredAt,
      severity: e.severity,
      standingId: e.id,
    }));
    // From the complaints to what answers them (the refers index), never the other way round:
    // nearly every entry has amends_id NULL, so that index would walk the whole journal.
    const responses = ctx.sqlite
      .prepare(
        `SELECT r.id, r.refers_to_id AS refersToId, r.kind, r.occurred_at AS occurredAt FROM journal_entries e
         CROSS JOIN journal_entries r ON r.refers_to_id = e.id
         WHERE +r.amends_id IS NULL AND ${where.join(' AND ')}`,
      )
      .all(...params) as ComplaintResponse[];
    const byComplaint = new Map<number, ComplaintResponse[]>();
    for (const r of responses) byComplaint.set(r.refersToId, [...(byComplaint.get(r.refersToId) ?? []), r]);
    const now = ctx.now();
    const all = [...rows, ...(opts.withQueued ? queuedComplaints(clientId) : [])].map((c) => ({
      light: c,
      ...deriveComplaint(c, byComplaint.get(c.id) ?? [], now),
    }));
    const kept = status === 'all' ? all : all.filter((c) => c.status === status);
    return kept.sort((a, b) =>
      a.status !== b.status
        ? a.status === 'open'
          ? -1
          : 1
        : a.status === 'open'
          ? byPriority(a.light, b.light)
          : (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''),
    );
  }

  /**
   * A team replica's complaints still queued for the server (journal/read.ts pendingFrom): open,
   * as written (no answer can name one yet: the queue offers no status update or resolution until
   * the server has numbered it, see complaint-update.ts). Only the queue and the Today panel read
   * them (withQueued); list() without it, patterns, counts and dossiers read journal_entries alone.
   */
  function queuedComplaints(clientId: number | null): Light[] {
    const where = [`e.kind IN (${kindsSql})`, 'e.amends_id IS NULL'];
    const params: unknown[] = [];
    if (clientId !== null) {
      where.push('e.client_id = ?');
      params.push(clientId);
    }
    return read.hydrate(read.selectPending(where.join(' AND '), params)).map((e) => ({
      id: e.id,
      clientId: e.clientId,
      occurredAt: e.occurredAt,
      severity: e.severity,
      standingId: e.id,
    }));
  }

  /** Reads the complaints in full (the original, and the version it stands as), in one query. */
  function hydrate(states: ReturnType<typeof derive>): Complaint[] {
    const ids = [...new Set(states.flatMap((c) => [c.id, c.light.standingId]))];
    if (ids.length === 0) return [];
    // queued complaints (negative ids) come back marked teamPending
    const entries = new Map(read.selectWithPending(`e.id IN (${ids.map(() => '?').join(',')})`, ids).map((e) => [e.id, e]));
    return states.map(({ light, ...state }) => {
      const raw = entries.get(state.id)!;
      const s = entries.get(light.standingId)!;
      const entry: JournalEntry =
        s.id === raw.id
          ? raw
          : {
              ...raw,
              kind: s.kind,
              channel: s.channel,
              occurredAt: s.occurredAt,
              severity: s.severity,
              category: s.category,
              summary: s.summary,
            };
      return { entry, ...state };
    });
  }

  function remindersDue(): ReminderDue[] {
    const today = todayIso(ctx); // the owner's day: an invoice is overdue from the day after its due date there
    const since = new Date(ctx.now().getTime() - REMIND_AGAIN_DAYS * 86_400_000).toISOString();
    return ctx.sqlite
      .prepare(
        `WITH last AS (
           SELECT client_id, MAX(occurred_at) AS at FROM journal_entries INDEXED BY journal_reminders_idx
           WHERE kind = 'payment_reminder' GROUP BY client_id)
         SELECT * FROM (
           SELECT i.id AS invoiceId, i.client_id AS clientId, c.name AS clientName, i.number, i.due_on AS dueOn,
             i.currency, i.amount_minor - COALESCE((SELECT SUM(p.amount_minor) FROM payments p
               WHERE p.invoice_id = i.id AND p.voided_at IS NULL), 0) AS outstandingMinor,
             last.at AS lastReminderAt
           FROM invoices i JOIN clients c ON c.id = i.client_id LEFT JOIN last ON last.client_id = i.client_id
           WHERE i.voided_at IS NULL AND i.due_on < ? AND c.archived_at IS NULL)
         WHERE outstandingMinor > 0 AND (lastReminderAt IS NULL OR lastReminderAt < ?)
         ORDER BY dueOn, invoiceId LIMIT 100`,
      )
      .all(today, since) as ReminderDue[];
  }

  function today(): TodayPanel {
    const all = derive(null, 'all', { withQueued: true });
    const waiting = all.filter((c) => c.status === 'open');
    const due = all.filter((c) => c.isFollowUpDue);
    // a queued complaint takes no letter until the server has numbered it (complaint-update.ts)
    const updates = waiting.filter((c) => c.isUpdateDue && c.id > 0);
    return {
      waiting: hydrate(waiting.slice(0, TODAY_SHOWN)),
      waitingCount: waiting.length,
      followUpsDue: hydrate(due.slice(0, TODAY_SHOWN)),
      followUpsDueCount: due.length,
      updatesDue: hydrate(updates.slice(0, TODAY_SHOWN)),
      updatesDueCount: updates.length,
      remindersDue: remindersDue(),
    };
  }

  function pattern(category: ComplaintCategory | null, clientId: number | null): ComplaintPatternView {
    const rows = standingComplaints(null).standing;
    const matching =
      category === null ? rows : rows.filter((r) => splitSigns(JSON.parse(r.signs) as string[]).category === category);
    return { category, clientId, ...complaintPattern(matching, clientId, ctx.now()) };
  }

  return { list, today, pattern, remindersDue };
}
export type ComplaintsService = ReturnType<typeof createComplaintsService>;
