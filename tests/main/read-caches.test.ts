// Settings, the portfolio and a client's money rows are kept until the database changes. A
// change made through another connection (another process on the same file, e.g. a script)
// must be seen as well as the app's own writes.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { duringOneRead } from '../../src/main/core/context';

let app: TempApp;
let other: Database.Database | null = null;
afterEach(() => {
  other?.close();
  other = null;
  app?.close();
});

describe('read caches follow every change to the file', () => {
  it('settings, ledger and portfolio see writes made by another connection', () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    const s = app.services;
    s.settings.saveProfile(sampleProfile);
    const c = s.clients.create(newClient('Kaya İnşaat'));
    expect(s.settings.profile()?.businessName).toBe(sampleProfile.businessName);
    expect(s.money.ledger(c.id).invoices).toHaveLength(0);
    const before = s.valuation.portfolio().rows.find((r) => r.clientId === c.id)!;
    expect(before.revenueMinor).toBe(0);

    other = new Database(s.ctx.databasePath);
    const profile = JSON.parse(
      (other.prepare("SELECT value FROM settings WHERE key = 'profile'").pluck().get() as string) ?? '{}',
    ) as Record<string, unknown>;
    other
      .prepare("UPDATE settings SET value = ? WHERE key = 'profile'")
      .run(JSON.stringify({ ...profile, businessName: 'Atölye 2' }));
    other
      .prepare(
        `INSERT INTO invoices (client_id, number, issued_on, due_on, amount_minor, currency, description, created_at, updated_at)
         VALUES (?, 'INV-2026-0001', '2026-11-01', '2026-11-30', 50000, ?, '', '2026-11-01', '2026-11-01')`,
      )
      .run(c.id, sampleProfile.currency);

    expect(s.settings.profile()?.businessName).toBe('Atölye 2');
    expect(s.money.ledger(c.id).invoices.map((i) => i.number)).toEqual(['INV-2026-0001']);
    expect(s.valuation.portfolio().rows.find((r) => r.clientId === c.id)!.revenueMinor).toBe(50_000);
    expect(s.money.ledger(c.id).suggestedNumber).toBe('INV-2026-0002');
  });

  it('inside one read-only call: own writes are seen at once, another connection\'s commit from the next call', () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    const s = app.services;
    s.settings.saveProfile(sampleProfile);
    other = new Database(s.ctx.databasePath);
    const rename = (name: string) => {
      const profile = JSON.parse(other!.prepare("SELECT value FROM settings WHERE key = 'profile'").pluck().get() as string);
      other!.prepare("UPDATE settings SET value = ? WHERE key = 'profile'").run(JSON.stringify({ ...profile, businessName: name }));
    };
    duringOneRead(() => {
      expect(s.settings.profile()?.businessName).toBe(sampleProfile.businessName);
      // this connection's own write, inside the call: seen by the next read in the same call
      s.settings.saveProfile({ ...sampleProfile, businessName: 'Kendi' });
      expect(s.settings.profile()?.businessName).toBe('Kendi');
      rename('Atölye 3');
      expect(s.settings.profile()?.businessName).toBe('Kendi');
    });
    // the next call sees the other connection's commit
    expect(duringOneRead(() => s.settings.profile()?.businessName)).toBe('Atölye 3');
    rename('Atölye 4');
    expect(s.settings.profile()?.businessName).toBe('Atölye 4');
  });
});
