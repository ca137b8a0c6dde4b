// Issue 14, defect 1: the complaint queue and the patterns read each complaint as it stands
// after its corrections (the one effective journal), like the valuation does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';
import type { AmendEntryInput, NewEntryInput } from '../../src/shared/contract/journal';

let app: TempApp;
let mehmet: number;
const add = (input: Partial<NewEntryInput> & { summary: string }) =>
  app.services.journal.add({ clientId: mehmet, kind: 'complaint', channel: 'email', ...input });
const amend = (amendsId: number, input: Partial<AmendEntryInput> & { summary: string }) =>
  app.services.journal.amend({ amendsId, kind: 'complaint', channel: 'email', ...input });

beforeEach(() => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  mehmet = app.services.clients.create(newClient('Mehmet Kaya')).id;
});
afterEach(() => app.close());

describe('complaints as they stand after corrections', () => {
  it('a complaint logged by mistake and corrected to a call leaves the queue and the patterns', () => {
    const mistake = add({ summary: 'asked about the invoice', category: 'price', occurredAt: '2026-11-01T10:00:00Z' });
    const real = add({ summary: 'late delivery', category: 'delay', occurredAt: '2026-11-02T10:00:00Z' });
    amend(mistake.id, { kind: 'call', channel: 'phone', summary: 'asked about the invoice' });
    expect(app.services.complaints.list(null, 'all').map((c) => c.id)).toEqual([real.id]);
    expect(app.services.complaints.pattern(null, null).total).toBe(1);
    expect(app.services.complaints.pattern('price', mehmet).total).toBe(0);
  });

  it('a wording note keeps the complaint’s severity; a second correction of the facts stands over the first', () => {
    const a = add({ summary: 'a', severity: 'low', occurredAt: '2026-11-01T10:00:00Z' });
    const b = add({ summary: 'b', severity: 'medium', occurredAt: '2026-11-02T10:00:00Z' });
    const c = add({ summary: 'c', severity: 'high', occurredAt: '2026-11-03T10:00:00Z' });
    // a: low → critical (the app points both corrections at the original) → high
    const first = amend(a.id, { summary: 'a, worse', severity: 'critical' });
    amend(first.id, { summary: 'a, worse still', severity: 'high', occurredAt: '2026-11-01T10:00:00Z' });
    // c: a note that fixes a word only (no severity: it would read as 'low')
    amend(c.id, { kind: 'note', channel: 'other', summary: 'c: the product was the blue one' });
    const open = app.services.complaints.list(null, 'open');
    // high (a, 1 Nov; c, 3 Nov) before medium (b): the oldest first among equals
    expect(open.map((x) => [x.id, x.entry.severity, x.entry.summary])).toEqual([
      [a.id, 'high', 'a, worse still'],
      [c.id, 'high', 'c'],
      [b.id, 'medium', 'b'],
    ]);
  });

  it('patterns count a complaint in its corrected month, channel and topic', () => {
    const x = add({ summary: 'x', category: 'price', occurredAt: '2026-10-05T10:00:00Z' });
    amend(x.id, { summary: 'x', channel: 'phone', category: 'delay', occurredAt: '2026-11-05T10:00:00Z' });
    const p = app.services.complaints.pattern('delay', mehmet);
    expect(p).toMatchObject({ total: 1, fromClient: 1 });
    expect(p.perMonth.at(-1)).toEqual({ month: '2026-11', fromClient: 1, fromOthers: 0 });
    expect(p.byChannel).toEqual([{ channel: 'phone', fromClient: 1, fromOthers: 0 }]);
    expect(app.services.complaints.pattern('price', mehmet).total).toBe(0);
    // the queue ages it from its corrected date: 5 Nov → 23 Nov = 18 days
    expect(app.services.complaints.list(mehmet, 'open')[0]).toMatchObject({ id: x.id, ageDays: 18 });
  });
});
