// Complaints, derived from journal entries (DOMAIN.md §5): the priority queue, follow-ups due,
// payment reminders due, and complaint patterns across clients.
import type { Complaint, ComplaintPatternView, ReminderDue, TodayPanel } from '../../shared/contract/complaints';
import type { JournalEntry } from '../../shared/contract/journal';
import { byPriority, deriveComplaint, type ComplaintResponse } from '../../shared/domain/complaints';
import { complaintPattern } from '../../shared/domain/complaint-patterns';
import { complaintKinds, splitSigns, type ComplaintCategory } from '../../shared/domain/journal-entry';
import type { ServiceContext } from './context';
import type { JournalReader } from './journal-read';

const kindsSql = complaintKinds.map((k) => `'${k}'`).join(',');
/** An overdue invoice needs a new reminder when the last one is older than this. */
const REMIND_AGAIN_DAYS = 7;

export function createComplaintsService(ctx: ServiceContext, read: JournalReader) {
  /** The latest amendment's content stands for the complaint; the original stays visible. */
  function effective(e: JournalEntry, amendments: Map<number, JournalEntry[]>): JournalEntry {
    const last = amendments.get(e.id)?.at(-1);
    return last ? { ...e, severity: last.severity, category: last.category, summary: last.summary } : e;
  }

  function list(clientId: number | null, status: 'open' | 'resolved' | 'all'): Complaint[] {
    const where = [`e.kind IN (${kindsSql})`, 'e.amends_id IS NULL'];
    const params: unknown[] = [];
    if (clientId !== null) {
      where.push('e.client_id = ?');
      params.push(clientId);
    }
    const entries = read.select(where.join(' AND '), params, 'e.occurred_at, e.id');
    const amendments = read.amendmentsOf(entries.map((e) => e.id));
    const responses = ctx.sqlite
      .prepare(
        `SELECT r.id, r.refers_to_id AS refersToId, r.kind, r.occurred_at AS occurredAt FROM journal_entries r
         JOIN journal_entries e ON e.id = r.refers_to_id
         WHERE r.amends_id IS NULL AND ${where.join(' AND ')}`,
      )
      .all(...params) as ComplaintResponse[];
    const byComplaint = new Map<number, ComplaintResponse[]>();
    for (const r of responses) byComplaint.set(r.refersToId, [...(byComplaint.get(r.refersToId) ?? []), r]);
    const now = ctx.now();
    const all = entries.map((raw) => {
      const entry = effective(raw, amendments);
      return { entry, ...deriveComplaint(entry, byComplaint.get(entry.id) ?? [], now) };
    });
    const kept = status === 'all' ? all : all.filter((c) => c.status === status);
    return kept.sort((a, b) =>
      a.status !== b.status
        ? a.status === 'open'
          ? -1
          : 1
        : a.status === 'open'
          ? byPriority(a.entry, b.entry)
          : (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''),
    );
  }

  function remindersDue(): ReminderDue[] {
    const today = ctx.now().toISOString().slice(0, 10);
    const since = new Date(ctx.now().getTime() - REMIND_AGAIN_DAYS * 86_400_000).toISOString();
    return ctx.sqlite
      .prepare(
        `SELECT * FROM (
           SELECT i.id AS invoiceId, i.client_id AS clientId, c.name AS clientName, i.number, i.due_on AS dueOn,
             i.currency, i.amount_minor - COALESCE((SELECT SUM(p.amount_minor) FROM payments p
               WHERE p.invoice_id = i.id AND p.voided_at IS NULL), 0) AS outstandingMinor,
             (SELECT MAX(e.occurred_at) FROM journal_entries e
               WHERE e.client_id = i.client_id AND e.kind = 'payment_reminder') AS lastReminderAt
           FROM invoices i JOIN clients c ON c.id = i.client_id
           WHERE i.voided_at IS NULL AND i.due_on < ? AND c.archived_at IS NULL)
         WHERE outstandingMinor > 0 AND (lastReminderAt IS NULL OR lastReminderAt < ?)
         ORDER BY dueOn, invoiceId LIMIT 100`,
      )
      .all(today, since) as ReminderDue[];
  }

  function today(): TodayPanel {
    const all = list(null, 'all');
    return {
      waiting: all.filter((c) => c.status === 'open'),
      followUpsDue: all.filter((c) => c.isFollowUpDue),
      remindersDue: remindersDue(),
    };
  }

  function pattern(category: ComplaintCategory | null, clientId: number | null): ComplaintPatternView {
    const rows = ctx.sqlite
      .prepare(
        `SELECT e.id, e.client_id AS clientId, e.occurred_at AS occurredAt, e.channel, e.signs,
           (SELECT a.signs FROM journal_entries a WHERE a.amends_id = e.id ORDER BY a.id DESC LIMIT 1) AS amendedSigns
         FROM journal_entries e WHERE e.kind IN (${kindsSql}) AND e.amends_id IS NULL`,
      )
      .all() as {
      id: number;
      clientId: number;
      occurredAt: string;
      channel: string;
      signs: string;
      amendedSigns: string | null;
    }[];
    const matching =
      category === null
        ? rows
        : rows.filter((r) => splitSigns(JSON.parse(r.amendedSigns ?? r.signs) as string[]).category === category);
    return { category, clientId, ...complaintPattern(matching, clientId, ctx.now()) };
  }

  return { list, today, pattern, remindersDue };
}
export type ComplaintsService = ReturnType<typeof createComplaintsService>;
