import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';
import { dispatch } from '../../src/main/dispatch';

let app: TempApp;
beforeEach(() => {
  app = createTempApp();
});
afterEach(() => app.close());

describe('settings', () => {
  it('starts without a profile and derives the hourly rate once saved', async () => {
    expect(await app.api.getSettings(undefined)).toEqual({ profile: null, hourlyCostRateMinor: 0 });
    const view = await dispatch(app.api, 'saveProfile', sampleProfile);
    expect(view).toEqual({ ok: true, value: { profile: sampleProfile, hourlyCostRateMinor: 93_750 } });
    expect((await app.api.getSettings(undefined)).profile?.businessName).toBe('Atölye Studio');
  });

  it('refuses a bad profile with field issues and keeps the old one', async () => {
    await dispatch(app.api, 'saveProfile', sampleProfile);
    const r = await dispatch(app.api, 'saveProfile', {
      ...sampleProfile,
      businessName: ' ',
      paidHoursPerMonth: 0,
      currency: 'lira',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['businessName', 'currency', 'paidHoursPerMonth']);
    }
    expect((await app.api.getSettings(undefined)).profile?.businessName).toBe('Atölye Studio');
  });
});

describe('clients', () => {
  const create = (input: Record<string, unknown>) => dispatch(app.api, 'createClient', input);

  it('creates with defaults, finds by search (case- and accent-insensitive enough), edits and archives', async () => {
    const r = await create({
      name: 'Mehmet Kaya',
      company: 'Kaya İnşaat',
      email: 'mehmet@kaya.com.tr',
      phone: '+90 532 000 00 00',
    });
    expect(r.ok).toBe(true);
    const c = r.ok ? (r.value as { id: number; status: string; paymentTermsValue: number }) : null;
    expect(c?.status).toBe('active');
    expect(c?.paymentTermsValue).toBe(30);
    await create({ name: 'Leyla Əliyeva', company: 'Bakı Dizayn' });

    expect((await app.api.listClients({ search: 'kaya', status: null, includeArchived: false })).map((x) => x.name)).toEqual([
      'Mehmet Kaya',
    ]);
    expect((await app.api.listClients({ search: 'Bakı', status: null, includeArchived: false })).map((x) => x.name)).toEqual([
      'Leyla Əliyeva',
    ]);
    expect(await app.api.listClients({ search: '100%', status: null, includeArchived: false })).toEqual([]);

    app.clock.advance(60_000);
    const edited = await dispatch(app.api, 'updateClient', {
      id: c!.id,
      client: { name: 'Mehmet Kaya', company: 'Kaya İnşaat', status: 'at_risk' },
    });
    expect(edited).toMatchObject({ ok: true, value: { status: 'at_risk', company: 'Kaya İnşaat', email: '' } });
    const changes = app.database.sqlite
      .prepare('SELECT from_status, to_status FROM client_status_changes WHERE client_id = ? ORDER BY id')
      .all(c!.id);
    expect(changes).toEqual([
      { from_status: null, to_status: 'active' },
      { from_status: 'active', to_status: 'at_risk' },
    ]);
    expect((await app.api.listClients({ search: '', status: 'at_risk', includeArchived: false })).length).toBe(1);

    await app.api.archiveClient({ id: c!.id });
    expect((await app.api.listClients({ search: '', status: null, includeArchived: false })).map((x) => x.name)).toEqual([
      'Leyla Əliyeva',
    ]);
    expect((await app.api.listClients({ search: '', status: null, includeArchived: true })).length).toBe(2);
    await app.api.restoreClient({ id: c!.id });
    expect((await app.api.listClients({ search: '', status: null, includeArchived: false })).length).toBe(2);
  });

  it('rejects malformed input with translated keys and writes nothing', async () => {
    const bad = [
      { name: '' },
      { name: 'x\uD800' },
      { name: 'a\u0000b' },
      { name: 'ok', email: 'not-an-email' },
      { name: 'ok', paymentTermsKind: 'day_of_month', paymentTermsValue: 31 },
      { name: 'ok', acquisitionCostMinor: 12.5 },
      { name: 'ok', extra: 1 },
      { name: 'ok', __proto__: { polluted: true }, status: 'weird' },
    ];
    for (const input of bad) {
      const r = await create(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
    expect(app.database.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 });
  });

  it('keeps 10,000-character notes, emoji and RTL text exactly', async () => {
    const notes = `${'ş'.repeat(9_990)}😀 مرحبا`;
    const r = await create({ name: 'עברית 😀', notes });
    expect(r.ok).toBe(true);
    const id = r.ok ? (r.value as { id: number }).id : 0;
    const back = await app.api.getClient({ id });
    expect(back.notes).toBe(notes);
    expect(back.name).toBe('עברית 😀');
  });

  it('answers NOT_FOUND for a missing client', async () => {
    const r = await dispatch(app.api, 'getClient', { id: 999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('dispatch', () => {
  it('refuses unknown methods and prototype keys', async () => {
    expect(await dispatch(app.api, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(app.api, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(app.api, 'getSettings', { unexpected: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
