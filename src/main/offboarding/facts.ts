// What the offboarding wizards read from the rest of the dossier: unpaid invoices and
// payments (the money ledger), the value snapshot (the value calculator), the people named in
// incidents, the cancellation date and the journal to pick achievements from.
import type { JournalPick, UnpaidInvoice, ValuationSnapshot } from '../../shared/contract/offboarding';
import { AppError } from '../../shared/errors';
import { nowIso, todayIso, type ServiceContext } from '../core/context';
import type { MoneyService } from '../money/service';
import type { ValuationService } from '../valuation/service';

export function createOffboardingFacts(ctx: ServiceContext, deps: { money: MoneyService; valuation: ValuationService }) {
  const s = ctx.sqlite;
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

  /** The journal entries the owner picked (as achievements), oldest first. */
  function entries(clientId: number, ids: readonly number[]): JournalPick[] {
    if (ids.length === 0) return [];
    return s
      .prepare<number[], JournalPick>(
        `SELECT id, occurred_at AS occurredAt, kind, summary FROM journal_entries
          WHERE client_id = ? AND id IN (${ids.map(() => '?').join(',')}) ORDER BY occurred_at, id`,
      )
      .all(clientId, ...ids);
  }

  function invoices(clientId: number): UnpaidInvoice[] {
    return deps.money
      .ledger(clientId)
      .invoices.filter((i) => i.voidedAt === null)
      .map((i) => ({
        id: i.id,
        number: i.number,
        issuedOn: i.issuedOn,
        dueOn: i.dueOn,
        amountMinor: i.amountMinor,
        paidMinor: i.standing.paidMinor,
        openMinor: i.standing.outstandingMinor,
        currency: i.currency,
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

  /** The value calculator's figures and recommendation, kept with a part-ways case as its evaluation. */
  function valuationSnapshot(clientId: number): ValuationSnapshot {
    const v = deps.valuation.clientValuation(clientId);
    return {
      computedAt: nowIso(ctx),
      source: 'valuation',
      currency: v.currency,
      revenueMinor: v.figures.revenue.value ?? 0,
      collectedMinor: v.figures.collected.value ?? 0,
      outstandingMinor: v.figures.outstanding.value ?? 0,
      recommendation: v.recommendation.action,
      details: v,
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
    deps.money.addPayment(invoiceId, { paidOn, amountMinor, note: 'offboarding' });
    return inv;
  }

  return {
    unpaid,
    namedInIncidents,
    daysSinceCancellation,
    valuationSnapshot,
    recordPayment,
    picks: (clientId: number, caseId: number) => picks.all(clientId, caseId),
    entries,
    today: () => todayIso(ctx),
  };
}
export type OffboardingFacts = ReturnType<typeof createOffboardingFacts>;
