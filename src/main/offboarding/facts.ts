// What the offboarding wizards read from the rest of the dossier: unpaid invoices and
// payments (the money ledger), the value snapshot (the value calculator), the people named in
// incidents, the cancellation date and the journal to pick achievements from.
import type { JournalPick, UnpaidInvoice, ValuationSnapshot } from '../../shared/contract/offboarding';
import { effectiveJournal } from '../../shared/domain/effective-journal';
import { canBeAchievement } from '../../shared/domain/offboarding/achievements';
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
  const timeline = s.prepare<[number, number], JournalPick>(
    `SELECT id, seq, occurred_at AS occurredAt, kind, summary FROM journal_entries
      WHERE client_id = ? AND (case_id IS NULL OR case_id <> ?) ORDER BY occurred_at DESC, id DESC LIMIT 500`,
  );
  // every version of the client's own entries (not the offboarding cases' workflow entries), so
  // each chain of corrections is resolved to the entry as it stands (effective-journal.ts)
  const ownJournalRows = s.prepare<[number], JournalPick & { amendsId: number | null; signs: string }>(
    `SELECT id, seq, occurred_at AS occurredAt, kind, summary, amends_id AS amendsId, signs FROM journal_entries
      WHERE client_id = ? AND case_id IS NULL ORDER BY seq`,
  );
  const ownJournal = (clientId: number) =>
    effectiveJournal(ownJournalRows.all(clientId).map((e) => ({ ...e, signs: JSON.parse(e.signs) as string[] })));
  const pick = ({ id, seq, occurredAt, kind, summary }: JournalPick): JournalPick => ({ id, seq, occurredAt, kind, summary });
  const newestFirst = (a: JournalPick, b: JournalPick) =>
    a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : b.id - a.id;

  /** What the final report may offer as achievements: each entry as it stands, of a kind that can be one, newest first. */
  function achievementPicks(clientId: number): JournalPick[] {
    return ownJournal(clientId)
      .filter((e) => canBeAchievement(e.kind, e.signs))
      .map(pick)
      .sort(newestFirst)
      .slice(0, 500);
  }

  /**
   * The journal entries the owner picked (as achievements), oldest first: each as it stands now
   * (a pick since corrected prints its correction), and only while it can be an achievement.
   */
  function entries(clientId: number, ids: readonly number[]): JournalPick[] {
    if (ids.length === 0) return [];
    const wanted = new Set(ids);
    return ownJournal(clientId)
      .filter((e) => e.versionIds.some((v) => wanted.has(v)) && canBeAchievement(e.kind, e.signs))
      .map(pick)
      .sort((a, b) => newestFirst(b, a));
  }

  /** An entry's number in its client's journal, as the journal and the dossier show it. */
  const seqOfEntry = s.prepare<[number, number], { seq: number }>('SELECT seq FROM journal_entries WHERE client_id = ? AND id = ?');
  const seqOf = (clientId: number) => (entryId: number) => seqOfEntry.get(clientId, entryId)?.seq;

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
    /** the client's journal for a review (win back), newest first */
    timeline: (clientId: number, caseId: number) => timeline.all(clientId, caseId),
    achievementPicks,
    entries,
    seqOf,
    today: () => todayIso(ctx),
  };
}
export type OffboardingFacts = ReturnType<typeof createOffboardingFacts>;
