import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, type TempApp, newClient } from '../helpers/temp-db';
import type { NewEntryInput } from '../../src/shared/contract/journal';

let app: TempApp;
let mehmet: number;
let leyla: number;
const addClient = (name: string) => app.services.clients.create(newClient(name)).id;
const add = (input: Partial<NewEntryInput> & { summary: string }) =>
  app.services.journal.add({ clientId: mehmet, kind: 'complaint', channel: 'email', ...input });

beforeEach(() => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  mehmet = addClient('Mehmet Kaya');
  leyla = addClient('Leyla Əliyeva');
});
afterEach(() => app.close());

describe('complaints derived from entries', () => {
  it('is open until a resolution refers to it; queue by severity then age; response time and follow-up due', () => {
    const oldLow = add({ summary: 'slow reply', severity: 'low', occurredAt: '2026-11-01T10:00:00Z' });
    const newHigh = add({ summary: 'wrong colour', severity: 'high', occurredAt: '2026-11-22T10:00:00Z' });
    const oldHigh = add({ summary: 'broken site', severity: 'high', occurredAt: '2026-11-10T10:00:00Z', category: 'quality' });
    add({ summary: 'a call', kind: 'call', channel: 'phone' });
    const open = app.services.complaints.list(null, 'open');
    expect(open.map((c) => c.id)).toEqual([oldHigh.id, newHigh.id, oldLow.id]);
    expect(open[0]).toMatchObject({ status: 'open', ageDays: 13, responseMinutes: null, isFollowUpDue: false });
    expect(open[0]!.entry.category).toBe('quality');

    add({ summary: 'we are looking at it', kind: 'follow_up', refersToId: oldHigh.id, occurredAt: '2026-11-10T10:30:00Z' });
    const res = add({
      summary: 'Fixed. I’m sorry.',
      kind: 'resolution',
      refersToId: oldHigh.id,
      occurredAt: '2026-11-12T10:00:00Z',
    });
    const [resolved] = app.services.complaints.list(null, 'resolved');
    expect(resolved).toMatchObject({ id: oldHigh.id, status: 'resolved', responseMinutes: 30, ageDays: 2, resolutionId: res.id });
    // resolved 11 days ago, no follow-up since → due
    expect(resolved!.isFollowUpDue).toBe(true);
    expect(app.services.complaints.list(null, 'open').map((c) => c.id)).toEqual([newHigh.id, oldLow.id]);

    add({ summary: 'What else can I do?', kind: 'follow_up', refersToId: oldHigh.id, occurredAt: '2026-11-15T10:00:00Z' });
    expect(app.services.complaints.list(null, 'resolved')[0]!.isFollowUpDue).toBe(false);
    expect(app.services.complaints.today().followUpsDue).toEqual([]);
  });

  it('refuses a second resolution and a resolution of something that is not a complaint', () => {
    const c = add({ summary: 'c' });
    add({ summary: 'r', kind: 'resolution', refersToId: c.id });
    expect(() => add({ summary: 'r2', kind: 'resolution', refersToId: c.id })).toThrow(/already has a resolution/);
    const call = add({ summary: 'call', kind: 'call' });
    expect(() => add({ summary: 'r', kind: 'resolution', refersToId: call.id })).toThrow(/refers to the complaint/);
  });

  it('uses the latest amendment’s severity for priority', () => {
    const a = add({ summary: 'a', severity: 'low', occurredAt: '2026-11-01T10:00:00Z' });
    const b = add({ summary: 'b', severity: 'medium', occurredAt: '2026-11-02T10:00:00Z' });
    app.services.journal.amend({
      amendsId: a.id,
      kind: 'complaint',
      channel: 'email',
      summary: 'a, worse',
      severity: 'critical',
    });
    const open = app.services.complaints.list(null, 'open');
    expect(open.map((c) => c.id)).toEqual([a.id, b.id]);
    expect(open).toHaveLength(2);
  });

  it('lists payment reminders due for overdue invoices', () => {
    const s = app.database.sqlite;
    const ins = s.prepare(
      'INSERT INTO invoices (client_id, number, issued_on, due_on, amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const overdue = Number(ins.run(mehmet, 'F-1', '2026-10-01', '2026-10-31', 100_000, 'TRY').lastInsertRowid);
    const paid = Number(ins.run(mehmet, 'F-2', '2026-10-01', '2026-10-31', 50_000, 'TRY').lastInsertRowid);
    ins.run(leyla, 'F-3', '2026-11-01', '2026-12-01', 70_000, 'TRY');
    s.prepare('INSERT INTO payments (invoice_id, paid_on, amount_minor) VALUES (?, ?, ?)').run(paid, '2026-11-01', 50_000);
    s.prepare('INSERT INTO payments (invoice_id, paid_on, amount_minor) VALUES (?, ?, ?)').run(overdue, '2026-11-01', 40_000);
    expect(app.services.complaints.remindersDue()).toMatchObject([
      { invoiceId: overdue, number: 'F-1', outstandingMinor: 60_000, lastReminderAt: null, clientName: 'Mehmet Kaya' },
    ]);
    add({ summary: 'reminder sent', kind: 'payment_reminder', occurredAt: '2026-11-20T10:00:00Z' });
    expect(app.services.complaints.remindersDue()).toEqual([]);
    app.clock.set('2026-11-28T10:00:00.000Z');
    expect(app.services.complaints.remindersDue()).toHaveLength(1);
  });
});

describe('complaint patterns', () => {
  it('counts a category from this client, from other clients, per month, by channel and by month of year', () => {
    add({ summary: '1', category: 'delay', occurredAt: '2026-11-02T10:00:00Z' });
    add({ summary: '2', category: 'delay', channel: 'phone', occurredAt: '2026-10-02T10:00:00Z' });
    add({ summary: '3', category: 'price', occurredAt: '2026-10-03T10:00:00Z' });
    add({ summary: 'old', category: 'delay', occurredAt: '2025-11-20T10:00:00Z' });
    app.services.journal.add({
      clientId: leyla,
      kind: 'public_complaint',
      channel: 'social_media',
      summary: '4',
      category: 'delay',
    });
    const p = app.services.complaints.pattern('delay', mehmet);
    expect(p).toMatchObject({ total: 4, fromClient: 3, fromOthers: 1, otherClients: 1 });
    expect(p.perMonth).toHaveLength(12);
    expect(p.perMonth.at(-1)).toEqual({ month: '2026-11', fromClient: 1, fromOthers: 1 });
    expect(p.perMonth.find((m) => m.month === '2026-10')).toEqual({ month: '2026-10', fromClient: 1, fromOthers: 0 });
    expect(p.byChannel).toEqual([
      { channel: 'email', fromClient: 2, fromOthers: 0 },
      { channel: 'phone', fromClient: 1, fromOthers: 0 },
      { channel: 'social_media', fromClient: 0, fromOthers: 1 },
    ]);
    expect(p.byMonthOfYear[10]).toEqual({ fromClient: 2, fromOthers: 1 });
    expect(app.services.complaints.pattern(null, null).total).toBe(5);
  });
});

describe('complaints at scale', () => {
  it('reads complaints and payment reminders through their partial indexes, never by walking the journal', () => {
    const complaint = add({ summary: 'late delivery', severity: 'high' });
    add({ summary: 'we are on it', kind: 'follow_up', refersToId: complaint.id });
    add({ summary: 'please pay', kind: 'payment_reminder', clientId: leyla });
    const sqlite = app.database.sqlite;
    const seen: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof sqlite.prepare;
    try {
      app.services.complaints.today();
      app.services.complaints.list(null, 'all');
      app.services.complaints.list(mehmet, 'open');
      app.services.complaints.pattern(null, null);
    } finally {
      sqlite.prepare = prepare;
    }
    const plans = [...new Set(seen)]
      .filter((sql) => /kind IN|payment_reminder/.test(sql))
      .map((sql) => {
        const params = Array.from(sql.matchAll(/\?/g), () => null);
        const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
        return rows.map((r) => r.detail).join(' | ');
      });
    expect(plans.length).toBeGreaterThanOrEqual(4);
    // amends_id IS NULL holds for nearly every entry: a plan led by that index walks the journal
    for (const plan of plans) expect(plan).not.toMatch(/^(SEARCH|SCAN) \w+ USING (COVERING )?INDEX journal_amends_idx/);
    for (const plan of plans)
      expect(plan).not.toMatch(/SCAN (e|r|journal_entries)( |$)(?!USING (COVERING )?INDEX journal_(complaints|reminders)_idx)/);
    expect(plans.join('\n')).toContain('journal_complaints_idx');
    expect(plans.join('\n')).toContain('journal_reminders_idx');
  });
});
