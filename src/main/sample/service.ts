// "Explore with sample data": a believable small business to learn the app on, clearly marked
// (is_sample = 1 on every row) and removable in one step.
//
// Why it can be removed although the journal is append-only: sample data is only offered to a
// database with no clients, and migration 0002 lets the database delete journal rows marked
// is_sample = 1 — a mark the hash chain covers, so no real entry can be re-marked to slip
// through (UPDATE stays refused); migration 0008 lets the attachment rows of those entries go
// first (the files stay: content-addressed, one may also be a real entry's). A sample client the owner wrote real journal entries for is
// kept whole (its chain must stay intact) and simply stops being marked sample.
import type { SampleDataStatus, SampleLoadResult, SampleRemoveResult } from '../../shared/contract/sample';
import type { Language } from '../../shared/domain/format';
import { defaultValuationSettings } from '../../shared/domain/valuation';
import { valuationSettingsSchema } from '../../shared/contract/valuation';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../core/context';
import type { SettingsService } from '../settings/service';
import { generateSampleBusiness } from './generator';
import { sampleProfiles } from './texts';

export const sampleClientCount = 40;
export const sampleSeed = 20261123;

export function sampleProfile(language: Language) {
  const p = sampleProfiles[language];
  const isLira = p.currency === 'TRY';
  return {
    ...p,
    language,
    monthlyCapacityCostMinor: isLira ? 12_000_000 : 600_000,
    paidHoursPerMonth: 160,
    practicalCapacityPct: 80,
  };
}

export function createSampleDataService(ctx: ServiceContext, deps: { settings: SettingsService }) {
  const count = (sql: string) => (ctx.sqlite.prepare(sql).get() as { n: number }).n;

  function status(): SampleDataStatus {
    const sampleClients = count('SELECT count(*) AS n FROM clients WHERE is_sample = 1');
    const realClients = count('SELECT count(*) AS n FROM clients WHERE is_sample = 0');
    return { sampleClients, realClients, canLoad: sampleClients + realClients === 0 };
  }

  function load(
    language: Language,
    opts: { clients?: number; seed?: number; onProgress?: Parameters<typeof generateSampleBusiness>[1]['onProgress'] } = {},
  ): SampleLoadResult {
    if (!status().canLoad) {
      throw new AppError('INVALID_STATE', 'Sample data can only be added to a database without clients.');
    }
    const profile = sampleProfile(language);
    deps.settings.saveProfile(profile);
    deps.settings.store.write('valuation', valuationSettingsSchema, {
      ...defaultValuationSettings,
      defaultCacMinor: profile.currency === 'TRY' ? 1_500_000 : 75_000,
    });
    return generateSampleBusiness(ctx, {
      clients: opts.clients ?? sampleClientCount,
      seed: opts.seed ?? sampleSeed,
      language,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
  }

  function remove(): SampleRemoveResult {
    return ctx.sqlite.transaction(() => {
      const s = ctx.sqlite;
      // Sample clients with real entries keep their whole chain; they become ordinary clients.
      const kept = s
        .prepare(
          `UPDATE clients SET is_sample = 0 WHERE is_sample = 1
             AND EXISTS (SELECT 1 FROM journal_entries e WHERE e.client_id = clients.id AND e.is_sample = 0)`,
        )
        .run().changes;
      const ids = `SELECT id FROM clients WHERE is_sample = 1`;
      const invoiceIds = `SELECT id FROM invoices WHERE client_id IN (${ids})`;
      const paymentIds = `SELECT id FROM payments WHERE invoice_id IN (${invoiceIds})`;
      const costIds = `SELECT id FROM direct_costs WHERE client_id IN (${ids})`;
      s.exec(`
        DELETE FROM record_revisions WHERE (entity = 'payment' AND entity_id IN (${paymentIds}))
          OR (entity = 'invoice' AND entity_id IN (${invoiceIds})) OR (entity = 'direct_cost' AND entity_id IN (${costIds}));
        DELETE FROM payments WHERE invoice_id IN (${invoiceIds});
        DELETE FROM invoices WHERE client_id IN (${ids});
        DELETE FROM direct_costs WHERE client_id IN (${ids});
        DELETE FROM prospect_screenings WHERE client_id IN (${ids});
        DELETE FROM offboarding_cases WHERE client_id IN (${ids});
        DELETE FROM client_status_changes WHERE client_id IN (${ids});
        DELETE FROM journal_attachments WHERE entry_id IN (SELECT id FROM journal_entries WHERE client_id IN (${ids}));
        DELETE FROM journal_entries WHERE client_id IN (${ids});
        DELETE FROM journal_heads WHERE client_id IN (${ids});
      `);
      const removed = s.prepare('DELETE FROM clients WHERE is_sample = 1').run().changes;
      // The sample business profile goes too, so the owner is asked for their own at the next screen.
      const profile = deps.settings.profile();
      if (profile && Object.values(sampleProfiles).some((p) => p.businessName === profile.businessName)) {
        s.prepare(`DELETE FROM settings WHERE key IN ('profile', 'valuation')`).run();
      }
      return { removedClients: removed, keptClients: kept };
    })();
  }

  return { status, load, remove };
}
export type SampleDataService = ReturnType<typeof createSampleDataService>;
