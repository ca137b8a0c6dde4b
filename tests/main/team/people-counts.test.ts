// The owner's per-person counts on a real file: entries by three team people (their login roles as
// the server stamps them, team_people as the sync pulls it), counted through the real services.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../../helpers/temp-db';
import { appendJournalEntries, type NewJournalEntry } from '../../../src/main/journal/chain';
import { runCli } from '../../../src/main/cli';
import { asPulledFromTeam } from '../../helpers/replica-entries';

let app: TempApp;
afterEach(() => app?.close());

const replica = {
  host: 'office',
  port: 5432,
  database: 'dossier',
  teamCreatedAt: '2026-11-01T00:00:00.000Z',
  roleName: 'gulsen_o',
  personName: 'Gülşen Öztürk',
  role: 'owner',
  joinedAt: '2026-11-01T00:00:00.000Z',
};

function team() {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  app.services.settings.saveProfile({ ...sampleProfile, ownerName: 'Gülşen Öztürk' });
  const sqlite = app.database.sqlite;
  sqlite
    .prepare("INSERT INTO settings (key, value, created_at, updated_at) VALUES ('team.replica', ?, '', '')")
    .run(JSON.stringify(replica));
  const insert = sqlite.prepare('INSERT INTO team_people (role_name, name, role, cost_rate_minor) VALUES (?, ?, ?, NULL)');
  insert.run('gulsen_o', 'Gülşen Öztürk', 'owner');
  insert.run('ayse_k', 'Ayşe Kaya', 'staff');
  insert.run('mehmet_d', 'Mehmet Demir', 'staff');
  // the clients and entries as the team's pull stores them (the server's ids, numbers and authors)
  return asPulledFromTeam(sqlite, () => {
    const demir = app.services.clients.create(newClient('Demir Ltd', { clientSince: '2025-01-01' }));
    const kaya = app.services.clients.create(newClient('Kaya AŞ', { clientSince: '2025-01-01', status: 'at_risk' }));
    let minute = 0;
    const write = (author: string, clientId: number, kind: NewJournalEntry['kind'], extra: Partial<NewJournalEntry> = {}) =>
      appendJournalEntries(app.services.ctx, [
        {
          clientId,
          kind,
          channel: 'in_person',
          occurredAt: `2026-11-10T10:${String(minute++).padStart(2, '0')}:00.000Z`,
          summary: `${kind} by ${author}`,
          durationMinutes: 30,
          author,
          ...extra,
        },
      ])[0]!;
    write('ayse_k', demir.id, 'call');
    write('ayse_k', kaya.id, 'meeting');
    write('ayse_k', kaya.id, 'meeting');
    // Ayşe records the abuse; Mehmet was in the room (named among the people involved)
    write('ayse_k', kaya.id, 'incident_abuse', { people: ['mehmet demir', 'Kaya AŞ’s manager'] });
    const call = write('mehmet_d', kaya.id, 'call');
    write('mehmet_d', kaya.id, 'incident_threat');
    // Mehmet corrects his note of a call into a meeting: the chain counts once, as the meeting
    write('mehmet_d', kaya.id, 'meeting', { amendsId: call.id });
    return { demir: demir.id, kaya: kaya.id };
  });
}

describe('per-person counts', () => {
  it('counts entries, clients met, difficult clients and abuse faced, per person', async () => {
    const { demir, kaya } = team();
    const v = await app.api.getPeopleCounts(undefined);
    expect(v).toMatchObject({ isTeam: true, authors: 2, accessLogPending: 0 });
    const difficultyOf = (id: number) => v.people.flatMap((p) => p.clientsMet).find((m) => m.clientId === id)!.difficulty;
    // Kaya AŞ is at risk (its status), and by the valuation: red health, red flags (threats, abuse); Demir Ltd is not difficult
    expect(difficultyOf(kaya)).toEqual(['at_risk', 'health_red', 'red_flags']);
    expect(difficultyOf(demir)).toEqual([]);
    expect(v.people.map((p) => p.author)).toEqual(['gulsen_o', 'ayse_k', 'mehmet_d']);
    const [owner, ayse, mehmet] = v.people;
    expect(owner).toMatchObject({ name: 'Gülşen Öztürk', role: 'owner', entries: 0, meetings: 0, abuse: 0, clientsMet: [] });
    expect(ayse).toMatchObject({
      name: 'Ayşe Kaya',
      role: 'staff',
      entries: 4,
      meetings: 3,
      difficultClientsMet: 1,
      difficultMeetings: 2,
      abuse: 1,
      threats: 0,
    });
    expect(ayse!.clientsMet.map((m) => [m.clientName, m.times])).toEqual([
      ['Kaya AŞ', 2],
      ['Demir Ltd', 1],
    ]);
    expect(mehmet).toMatchObject({
      name: 'Mehmet Demir',
      entries: 3,
      meetings: 1,
      difficultClientsMet: 1,
      difficultMeetings: 1,
      abuse: 1,
      threats: 1,
    });
    expect(mehmet!.clientsMet).toEqual([{ clientId: kaya, clientName: 'Kaya AŞ', times: 1, difficulty: difficultyOf(kaya) }]);
  });

  it('a single-user file: one author, the owner by name; the CLI prints the same counts', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    await app.api.saveProfile({ ...sampleProfile, ownerName: 'Gülşen Öztürk' });
    const c = app.services.clients.create(newClient('Mehmet Kaya'));
    app.services.journal.add({
      clientId: c.id,
      kind: 'meeting',
      channel: 'in_person',
      summary: 'Toplantı',
      occurredAt: '2026-11-20T09:00:00.000Z',
    });
    app.services.journal.add({
      clientId: c.id,
      kind: 'incident_abuse',
      channel: 'phone',
      summary: 'Bağırdı',
      occurredAt: '2026-11-20T10:00:00.000Z',
    });
    const v = await app.api.getPeopleCounts(undefined);
    expect(v).toMatchObject({ isTeam: false, authors: 1, accessLogPending: 0 });
    expect(v.people).toHaveLength(1);
    expect(v.people[0]).toMatchObject({
      author: 'Gülşen Öztürk',
      name: 'Gülşen Öztürk',
      role: null,
      entries: 2,
      meetings: 1,
      abuse: 1,
    });
    const out: string[] = [];
    const code = await runCli(['report', 'people', '--db', app.database.path, '--json'], {
      out: (l) => out.push(l),
      err: () => {},
    });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(v);
  });

  it('an empty journal counts nobody', async () => {
    app = createTempApp();
    expect(await app.api.getPeopleCounts(undefined)).toEqual({ isTeam: false, authors: 0, people: [], accessLogPending: 0 });
  });
});
