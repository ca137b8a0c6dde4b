// Issue 18 item 1 in the dossier: each entry says who wrote it (and which hash version covers
// it), and "How these records are kept" names who may write in the journal.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { pdfText } from '../helpers/report-fixtures';
import { appendV1Entries } from '../helpers/journal-v1';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';

let app: TempApp;
afterEach(() => app.close());

describe('the dossier names authors', () => {
  it('prints each entry’s author and hash version, and who may write, in each language', async () => {
    app = createTempApp();
    await app.api.saveProfile({ ...sampleProfile, ownerName: 'Gülşen Öztürk' });
    const c = app.services.clients.create(newClient('Mehmet Kaya'));
    // one entry from before authors were recorded, one written now
    appendV1Entries(
      app.database.sqlite,
      [{ clientId: c.id, kind: 'call', channel: 'phone', occurredAt: '2026-11-01T09:00:00.000Z', summary: 'Eski arama' }],
      '2026-11-01T09:05:00.000Z',
    );
    app.services.journal.add({ clientId: c.id, kind: 'incident_abuse', channel: 'phone', summary: 'Bağırdı', occurredAt: '2026-11-20T09:00:00.000Z' });
    const expected = {
      en: ['Who may write in this journal: Gülşen Öztürk.', 'Written by', 'not recorded (written before the application recorded authors)', 'Hash version'],
      tr: ['Bu kayıt defterine yazabilecek kişi: Gülşen Öztürk.', 'Yazan', 'kaydedilmemiş', 'Hash sürümü'],
      az: ['Bu jurnala yaza bilən şəxs: Gülşen Öztürk.', 'Yazan', 'qeydə alınmayıb', 'Heş versiyası'],
    };
    for (const language of ['en', 'tr', 'az'] as const) {
      const r = await app.services.reports.dossierPdf(dossierOptionsSchema.parse({ clientId: c.id, language }), {});
      if (r.status !== 'rendered') throw new Error(r.status);
      const text = (await pdfText(r.bytes)).replace(/\s+/g, ' ');
      for (const s of expected[language]) expect(text, `${language}: ${s}`).toContain(s);
      // the new entry's author, beside its fields (the owner's name is also on the declaration page)
      expect(text.match(/(Written by|Yazan) Gülşen Öztürk/g)?.length ?? 0, language).toBe(1);
    }
  });
});
