// A team replica's entries still queued for the server (team_outbox) show where the owner looks
// for them: in journal search and in the complaints queue, marked teamPending, and nowhere that
// counts (complaint patterns). Real SQLite file; the entries go through the real journal service.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, type TempApp } from '../../helpers/temp-db';
import { call } from '../../helpers/call';
import { teamReplicaKey } from '../../../src/main/team/sync/replica';
import { splitMarked } from '../../../src/shared/domain/fts-query';
import type { JournalFilter } from '../../../src/shared/contract/journal';

let app: TempApp;
let client: number;
const noFilter: JournalFilter = {
  clientId: null,
  kinds: [],
  channels: [],
  severities: [],
  from: null,
  to: null,
  lateOnly: false,
};
const search = (q: string, limit = 50, cursor: { occurredAt: string; id: number } | null = null) =>
  app.services.journal.search(q, noFilter, cursor, limit);
const marked = (s: string) =>
  splitMarked(s)
    .filter((p) => p.isMatch)
    .map((p) => p.text);

function makeReplica() {
  app.database.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
    teamReplicaKey,
    JSON.stringify({
      host: 'office',
      port: 5432,
      database: 'dossier',
      teamCreatedAt: 'x',
      roleName: 'ayse',
      personName: 'Ayşe',
      role: 'staff',
      joinedAt: 'y',
    }),
  );
}

beforeEach(() => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  client = app.services.clients.create(newClient('Mehmet Kaya')).id;
});
afterEach(() => app?.close());

describe('queued entries in search', () => {
  it('are found with the index folding, marked, newest written first before the stored ones', () => {
    const stored = app.services.journal.add({ clientId: client, kind: 'call', channel: 'phone', summary: 'Müşteri bağırdı' });
    expect(stored.teamPending).toBeUndefined();
    makeReplica();
    app.clock.advance(60_000);
    const q1 = app.services.journal.add({
      clientId: client,
      kind: 'call',
      channel: 'phone',
      summary: 'Teslim araması',
      details: 'Fiyatı duyunca BAĞIRDI ve kapattı',
    });
    app.clock.advance(60_000);
    const q2 = app.services.journal.add({
      clientId: client,
      kind: 'meeting',
      channel: 'in_person',
      summary: 'Toplantı',
      quotes: ['Bir daha bağırırsam özür dilerim'],
    });
    const other = app.services.journal.add({ clientId: client, kind: 'call', channel: 'phone', summary: 'Sessiz gün' });
    expect([q1.id, q2.id, other.id].every((id) => id < 0)).toBe(true);
    const items = search('bagir').items;
    expect(items.map((h) => [h.entry.id, h.entry.teamPending ?? false, h.field])).toEqual([
      [q2.id, true, 'quotes'],
      [q1.id, true, 'details'],
      [stored.id, false, 'summary'],
    ]);
    expect(marked(items[0]!.snippet)).toEqual(['bağırırsam']);
    expect(marked(items[1]!.snippet)).toEqual(['BAĞIRDI']);
    // a whole word that is not the last one is no prefix, as in the index
    expect(search('bagirdi kapat').items.map((h) => h.entry.id)).toEqual([q1.id]);
    expect(search('bagir toplanti').items).toEqual([]);
    expect(search('bagir* toplanti').items.map((h) => h.entry.id)).toEqual([q2.id]);
    expect(search('bagir sessiz').items).toEqual([]);
    // the filter applies to them as to stored entries
    expect(
      app.services.journal.search('bagir', { ...noFilter, kinds: ['meeting'] }, null, 50).items.map((h) => h.entry.id),
    ).toEqual([q2.id]);
    // paged one at a time, the cursor on a queued entry: all three, none twice
    const p1 = search('bagir', 1);
    const p2 = search('bagir', 1, p1.nextCursor);
    const p3 = search('bagir', 1, p2.nextCursor);
    expect([...p1.items, ...p2.items, ...p3.items].map((h) => h.entry.id)).toEqual(items.map((h) => h.entry.id));
    expect(p3.nextCursor).toBeNull();
  });
});

describe('queued complaints', () => {
  it('are open in the queue and the Today panel, offer no status update, and count in no pattern', async () => {
    const storedComplaint = app.services.journal.add({
      clientId: client,
      kind: 'complaint',
      channel: 'phone',
      summary: 'Stored complaint',
      severity: 'low',
    });
    makeReplica();
    const queued = app.services.journal.add({
      clientId: client,
      kind: 'complaint',
      channel: 'email',
      summary: 'Offline complaint',
      severity: 'high',
      occurredAt: '2026-11-10T10:00:00.000Z',
    });
    expect(queued.id).toBeLessThan(0);
    const open = await call(app.api, 'listComplaints', { clientId: client, status: 'open' });
    expect(open.map((c) => [c.id, c.status, c.entry.summary, c.entry.teamPending ?? false])).toEqual([
      [queued.id, 'open', 'Offline complaint', true],
      [storedComplaint.id, 'open', 'Stored complaint', false],
    ]);
    expect((await call(app.api, 'listComplaints', { clientId: null, status: 'resolved' })).map((c) => c.id)).toEqual([]);
    const today = await call(app.api, 'getToday');
    expect(today.waiting.map((c) => c.id)).toEqual([queued.id, storedComplaint.id]);
    expect(today.waitingCount).toBe(2);
    // due for a status update by its date, but no letter can name it yet: not offered today
    expect(open[0]!.isUpdateDue).toBe(true);
    expect(today.updatesDue.map((c) => c.id)).toEqual([]);
    expect(today.updatesDueCount).toBe(0);
    // the service's own list (what counts) is the numbered journal's
    expect(app.services.complaints.list(client, 'all').map((c) => c.id)).toEqual([storedComplaint.id]);
    // no letter names it before the server has numbered it
    let refused: unknown = null;
    try {
      await call(app.api, 'addComplaintUpdate', { complaintId: queued.id, letter: 'We are on it.', channel: 'email' });
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ code: 'INVALID_STATE', details: { reason: 'teamPending' } });
    expect(app.database.sqlite.prepare('SELECT count(*) AS n FROM team_outbox').get()).toEqual({ n: 1 });
    // patterns count the numbered journal only
    const pattern = await call(app.api, 'getComplaintPattern', { category: null, clientId: client });
    const stored = await (async () => {
      app.database.sqlite.prepare('DELETE FROM team_outbox').run();
      return call(app.api, 'getComplaintPattern', { category: null, clientId: client });
    })();
    expect(pattern).toEqual(stored);
  });
});
