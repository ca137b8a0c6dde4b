import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { appendJournalEntries, verifyJournal } from '../../src/main/journal/chain';
import { valueClient } from '../../src/shared/domain/valuation';
import { join } from 'node:path';
import { createValuationService } from '../../src/main/valuation/service';
import { portfolioSql } from '../../src/main/valuation/sql';
import { ownPlace, type WorkerPlace } from '../../src/main/workers/locate';

let app: TempApp;
afterEach(() => app?.close());

describe('valuation service on real SQLite', () => {
  it('the one aggregate query gives every client exactly the facts and valuation of the per-client path', () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.sampleData.load('en');
    const aggregated = app.services.valuation.portfolioFacts();
    expect(aggregated.length).toBeGreaterThan(30);
    const portfolio = app.services.valuation.portfolio();
    for (const c of aggregated) {
      const own = app.services.valuation.clientFacts(c.facts.clientId).facts;
      expect(c.facts).toEqual(own);
      const v = app.services.valuation.clientValuation(c.facts.clientId);
      const row = portfolio.rows.find((r) => r.clientId === c.facts.clientId)!;
      expect([row.marginMinor, row.health, row.action]).toEqual([
        v.figures.margin.value,
        v.health.score,
        v.recommendation.action,
      ]);
    }
  });

  it('the sample business shows each of the ten signs, one unprofitable high-profile client and one excellent client', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    const loaded = app.services.sampleData.load('tr');
    expect(loaded.clients).toBe(40);
    expect((await verifyJournal(app.services.ctx)).ok).toBe(true);
    const rows = app.services.valuation.portfolio().rows;
    const raised = new Set<string>();
    for (const r of rows)
      for (const f of app.services.valuation.clientValuation(r.clientId).flags) if (f.level === 'flag') raised.add(f.sign);
    expect(raised.size).toBe(10);
    expect(rows.some((r) => r.isHighProfile && r.marginMinor < 0)).toBe(true);
    const best = [...rows].sort((a, b) => b.marginMinor - a.marginMinor)[0]!;
    expect(best).toMatchObject({ band: 'green', action: 'keep' });
    // Deterministic: the same seed gives the same business.
    const again = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    again.services.sampleData.load('tr');
    expect(again.services.valuation.portfolio().totals).toEqual(app.services.valuation.portfolio().totals);
    again.close();
  });

  it('removes sample data in one step, keeping real clients and sample clients with real entries', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.sampleData.load('en', { clients: 5 });
    expect(app.services.sampleData.status()).toMatchObject({ sampleClients: 5, canLoad: false });
    expect(() => app.services.sampleData.load('en')).toThrow(/without clients/);
    const real = app.services.clients.create({ name: 'Real client' } as never);
    appendJournalEntries(app.services.ctx, [
      { clientId: real.id, kind: 'call', channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', summary: 'real' },
    ]);
    const touched = app.services.clients.list({ search: '', status: null, includeArchived: true }).find((c) => c.isSample)!;
    appendJournalEntries(app.services.ctx, [
      { clientId: touched.id, kind: 'note', channel: 'other', occurredAt: '2026-11-20T10:00:00.000Z', summary: 'mine' },
    ]);

    const result = await app.api.removeSampleData(undefined);
    expect(result).toEqual({ removedClients: 4, keptClients: 1 });
    expect(app.services.sampleData.status()).toMatchObject({ sampleClients: 0, realClients: 2 });
    expect(app.services.settings.profile()).toBeNull();
    expect((await verifyJournal(app.services.ctx)).ok).toBe(true);
    // Real entries stay append-only.
    expect(() => app.services.ctx.sqlite.prepare('DELETE FROM journal_entries').run()).toThrow(/append-only/);
    const fts = app.services.ctx.sqlite
      .prepare(`SELECT count(*) AS n FROM journal_fts WHERE journal_fts MATCH 'real OR mine'`)
      .get() as { n: number };
    expect(fts.n).toBe(2);
  });

  it('values a hand-built client: invoices, a late payment, logged and standard minutes', () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.settings.saveProfile(sampleProfile); // 120,000 TRY / (160 h × 80 %) = 937.50 per hour
    const c = app.services.clients.create({ name: 'Kaya', clientSince: '2024-01-01' } as never);
    const inv = app.services.money.createInvoice(c.id, {
      number: 'A-1',
      issuedOn: '2026-09-01',
      dueOn: '2026-09-15',
      amountMinor: 1_000_000,
      listPriceMinor: null,
      currency: null,
      description: '',
    });
    app.services.money.addPayment(inv.id, { paidOn: '2026-10-25', amountMinor: 1_000_000, note: '' });
    app.services.money.createInvoice(c.id, {
      number: 'A-2',
      issuedOn: '2026-11-01',
      dueOn: '2026-12-01',
      amountMinor: 500_000,
      listPriceMinor: null,
      currency: null,
      description: '',
    });
    app.services.money.addDirectCost(c.id, {
      incurredOn: '2026-10-01',
      amountMinor: 100_000,
      description: 'Print',
      currency: null,
    });
    appendJournalEntries(app.services.ctx, [
      {
        clientId: c.id,
        kind: 'call',
        channel: 'phone',
        occurredAt: '2026-10-01T10:00:00.000Z',
        durationMinutes: 45,
        summary: 'a',
      },
      { clientId: c.id, kind: 'meeting', channel: 'in_person', occurredAt: '2026-10-02T10:00:00.000Z', summary: 'b' },
      { clientId: c.id, kind: 'payment_reminder', channel: 'email', occurredAt: '2026-10-10T10:00:00.000Z', summary: 'c' },
    ]);
    const v = app.services.valuation.clientValuation(c.id);
    // rate 93,750 kuruş/h; minutes: call 45 logged → 70,313; meeting 60 standard → 93,750; reminder 10 standard → 15,625
    expect(v.figures.revenue.value).toBe(1_500_000);
    expect(v.figures.collected.value).toBe(1_000_000);
    expect(v.figures.outstanding.value).toBe(500_000);
    expect(v.figures.overdue.value).toBe(0);
    expect(v.figures.timeCost.value).toBe(70_313 + 93_750 + 15_625);
    expect(v.figures.costToServe.value).toBe(179_688 + 100_000);
    expect(v.figures.margin.value).toBe(1_500_000 - 279_688);
    const late = v.flags.find((f) => f.sign === 'pays_late')!;
    expect(late.invoiceIds).toEqual([inv.id]);
    expect(late.entryIds).toHaveLength(1);
    // one invoice 40 days late + one reminder: two events make a pattern
    expect(late.level).toBe('flag');
    // The what-if moves the figures.
    const cheaper = app.services.valuation.clientValuation(c.id, { pricePct: -10, timePct: 100, daysLateChange: -35 });
    expect(cheaper.figures.revenue.value).toBe(1_350_000);
    expect(cheaper.figures.timeCost.value).toBe(140_625 + 187_500 + 31_250);
    expect(cheaper.flags.find((f) => f.sign === 'pays_late')).toMatchObject({ level: 'note', invoiceIds: [] });
    expect(valueClient).toBeTypeOf('function');
  });
});

describe('a large portfolio on a worker thread', () => {
  const onWorker = (a: TempApp, workers: WorkerPlace) =>
    createValuationService(
      a.services.ctx,
      { clients: a.services.clients, settings: a.services.settings, money: a.services.money },
      { workers, workerMinClients: 10 },
    );

  it('is computed off the main connection and gives exactly the in-thread portfolio', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.sampleData.load('en');
    const inThread = app.services.valuation.portfolio();
    const v = onWorker(app, ownPlace());
    const sqlite = app.database.sqlite;
    const prepared: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((text: string) => (prepared.push(text), prepare(text))) as typeof sqlite.prepare;
    try {
      await v.ready();
      expect(v.portfolio()).toEqual(inThread);
      const c = inThread.rows[0]!.clientId;
      expect(v.clientValuation(c)).toEqual(app.services.valuation.clientValuation(c));
    } finally {
      sqlite.prepare = prepare;
    }
    // the aggregate statement never ran on the app's own connection
    expect(prepared.filter((t) => t === portfolioSql)).toEqual([]);

    // after a write the next ready() computes again, and sees the write
    const row = inThread.rows[0]!;
    app.services.money.createInvoice(row.clientId, {
      number: 'W-1',
      issuedOn: '2026-11-01',
      dueOn: null,
      amountMinor: 12_345,
      listPriceMinor: null,
      currency: null,
      description: 'after',
    });
    await v.ready();
    expect(v.portfolio().rows.find((r) => r.clientId === row.clientId)!.revenueMinor).toBe(row.revenueMinor + 12_345);
    expect(v.portfolio()).toEqual(app.services.valuation.portfolio());
  });

  it('is computed in this thread when no worker can start', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.sampleData.load('tr');
    const v = onWorker(app, { bundle: join(import.meta.dirname, 'no-such-folder') });
    await v.ready();
    expect(v.portfolio()).toEqual(app.services.valuation.portfolio());
  });
});
