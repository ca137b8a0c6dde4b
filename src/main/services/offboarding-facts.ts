// What the offboarding wizards read from the rest of the dossier: unpaid invoices, the
// people named in incidents, the cancellation date, a value snapshot and the journal to
// pick achievements from. Read-only SQL, except recording a payment.
import type { JournalPick, UnpaidInvoice, ValuationSnapshot } from '../../shared/contract/offboarding';
import { AppError } from '../../shared/errors';
import { nowIso, todayIso, type ServiceContext } from './context';

interface InvoiceRow {
  id: number;
  number: string;
  issued_on: string;
  due_on: string;
  amount_minor: number;
  paid_minor: number;
  currency: string;
}

export function createOffboardingFacts(ctx: ServiceContext) {
  const s = ctx.sqlite;
  const invoicesOf = s.prepare<[number], InvoiceRow>(
    `SELECT i.id, i.number, i.issued_on, i.due_on, i.amount_minor, i.currency,
            COALESCE((SELECT SUM(p.amount_minor) FROM payments p WHERE p.invoice_id = i.id AND p.voided_at IS NULL), 0) AS paid_minor
       FROM invoices i WHERE i.client_id = ? AND i.voided_at IS NULL ORDER BY i.due_on, i.id`,
  );
  const incidentPeople = s.prepare<[number], { people: string; witnesses: string }>(
    `SELECT people, witnesses FROM journal_entries WHERE client_id = ? AND kind LIKE 'incident\\_%' ESCAPE '\\'`,
  );
  const lastCancellation = s.prepare<[number], { changed_at: string }>(
    `SELECT changed_at FROM client_status_changes WHERE client_id = ? AND to_status = 'former' ORDER BY changed_at DESC, id DESC LIMIT 1`,
  );
  const picks = s.prepare<[number, number], JournalPick>(
    `SELECT id, occurred_at AS occurredAt, kind, summary FROM journal_entries
      WHERE client_id = ? AND (case_id IS NULL OR case_id <> ?) ORDER BY occurred_at DESC, id DESC LIMIT 500`,
  );
  const collectedSince = s.prepare<[number, string], { total: number }>(
    `SELECT COALESCE(SUM(p.amount_minor), 0) AS total FROM payments p JOIN invoices i ON i.id = p.invoice_id
      WHERE i.client_id = ? AND p.voided_at IS NULL AND i.voided_at IS NULL AND p.paid_on >= ?`,
  );

  function invoices(clientId: number): UnpaidInvoice[] {
    return invoicesOf.all(clientId).map((r) => ({
      id: r.id,
      number: r.number,
      issuedOn: r.issued_on,
      dueOn: r.due_on,
      amountMinor: r.amount_minor,
      paidMinor: r.paid_minor,
      openMinor: Math.max(0, r.amount_minor - r.paid_minor),
      currency: r.currency,
    }));
  }

  function unpaid(clientId: number): UnpaidInvoice[] {
    return invoices(clientId).filter((i) => i.openMinor > 0);
  }

  function namedInIncidents(clientId: number): string[] {
    const names = new Set<string>();
    for (const row of incidentPeople.all(clientId)) {
      for (const list of [row.people, row.witnesses]) {
        for (const n of JSON.parse(list) as string[]) if (n.trim()) names.add(n.trim());
      }
    }
    return [...names].sort();
  }

  function daysSinceCancellation(clientId: number): number | null {
    const row = lastCancellation.get(clientId);
    if (!row) return null;
    return Math.max(0, Math.floor((ctx.now().getTime() - Date.parse(row.changed_at)) / 86_400_000));
  }

  /** Invoice totals of the trailing 12 months, kept with a part-ways case as its evaluation. */
  function ledgerSnapshot(clientId: number, currency: string): ValuationSnapshot {
    const since = new Date(ctx.now().getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
    const all = invoices(clientId);
    return {
      computedAt: nowIso(ctx),
      source: 'ledger',
      currency: all[0]?.currency ?? currency,
      revenueMinor: all.filter((i) => i.issuedOn >= since).reduce((a, i) => a + i.amountMinor, 0),
      collectedMinor: collectedSince.get(clientId, since)?.total ?? 0,
      outstandingMinor: all.reduce((a, i) => a + i.openMinor, 0),
      recommendation: null,
      details: null,
    };
  }

  function recordPayment(clientId: number, invoiceId: number, amountMinor: number, paidOn: string): UnpaidInvoice {
    const inv = invoices(clientId).find((i) => i.id === invoiceId);
    if (!inv) throw new AppError('NOT_FOUND', `No invoice ${invoiceId} for this client`, { details: { invoiceId } });
    if (amountMinor <= 0 || amountMinor > inv.openMinor) {
      throw new AppError('VALIDATION', 'The amount must be more than zero and at most what is open', {
        issues: [{ path: 'amountMinor', message: 'validation.paymentAmount' }],
      });
    }
    const at = nowIso(ctx);
    s.prepare(
      'INSERT INTO payments (invoice_id, paid_on, amount_minor, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(invoiceId, paidOn, amountMinor, 'offboarding', at, at);
    return inv;
  }

  return {
    unpaid,
    namedInIncidents,
    daysSinceCancellation,
    ledgerSnapshot,
    recordPayment,
    picks: (clientId: number, caseId: number) => picks.all(clientId, caseId),
    today: () => todayIso(ctx),
  };
}
export type OffboardingFacts = ReturnType<typeof createOffboardingFacts>;
