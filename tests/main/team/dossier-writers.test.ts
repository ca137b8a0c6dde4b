// The dossier of a team replica: "how these records are kept" names who may write (the team's
// owners and staff, by name, role and login; not the accountant), and each entry its author's name
// beside the login the hash covers — in each language.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../../helpers/temp-db';
import { pdfText } from '../../helpers/report-fixtures';
import { appendJournalEntries } from '../../../src/main/journal/chain';
import { dossierOptionsSchema } from '../../../src/shared/contract/reports';
import { teamReplicaKey } from '../../../src/main/team/sync/replica';
import { asPulledFromTeam } from '../../helpers/replica-entries';

let app: TempApp;
afterEach(() => app?.close());

describe('a team’s dossier names its writers', () => {
  it('lists owners and staff with their roles, and prints each author by name and login', async () => {
    app = createTempApp();
    await app.api.saveProfile({ ...sampleProfile, ownerName: 'Gülşen Öztürk' });
    const sqlite = app.database.sqlite;
    sqlite.prepare("INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, '', '')").run(
      teamReplicaKey,
      JSON.stringify({
        host: 'office',
        port: 5432,
        database: 'd',
        teamCreatedAt: 'x',
        roleName: 'gulsen_o',
        personName: 'Gülşen Öztürk',
        role: 'owner',
        joinedAt: 'y',
      }),
    );
    const insert = sqlite.prepare('INSERT INTO team_people (role_name, name, role) VALUES (?, ?, ?)');
    insert.run('gulsen_o', 'Gülşen Öztürk', 'owner');
    insert.run('ayse_k', 'Ayşe Kaya', 'staff');
    insert.run('defne_m', 'Defne Muhasebe', 'accountant');
    // the client and its entry as the team's pull stores them
    const c = asPulledFromTeam(sqlite, () => app.services.clients.create(newClient('Mehmet Kaya')));
    asPulledFromTeam(sqlite, () =>
      appendJournalEntries(app.services.ctx, [
        {
          clientId: c.id,
          kind: 'incident_abuse',
          channel: 'phone',
          occurredAt: '2026-11-20T09:00:00.000Z',
          summary: 'Bağırdı',
          author: 'ayse_k',
        },
      ]),
    );
    const entry = app.services.journal.reader.select('e.client_id = ?', [c.id])[0]!;
    expect(entry).toMatchObject({ author: 'ayse_k', authorName: 'Ayşe Kaya' });
    const expected = {
      en: ['Gülşen Öztürk (owner, gulsen_o), Ayşe Kaya (staff, ayse_k).', 'Written by Ayşe Kaya (ayse_k)'],
      tr: ['Gülşen Öztürk (sahip, gulsen_o), Ayşe Kaya (çalışan, ayse_k).', 'Yazan Ayşe Kaya (ayse_k)'],
      az: ['Gülşen Öztürk (sahibkar, gulsen_o), Ayşe Kaya (işçi, ayse_k).', 'Yazan Ayşe Kaya (ayse_k)'],
    };
    for (const language of ['en', 'tr', 'az'] as const) {
      const r = await app.services.reports.dossierPdf(dossierOptionsSchema.parse({ clientId: c.id, language }), {});
      if (r.status !== 'rendered') throw new Error(r.status);
      const text = (await pdfText(r.bytes)).replace(/\s+/g, ' ');
      for (const s of expected[language]) expect(text, `${language}: ${s}`).toContain(s);
      expect(text, language).not.toContain('Defne Muhasebe');
    }
  });
});
