// Issue 16 item 9: an audio recording attached to an entry asks whether the other party knew it
// was recorded; the answer is kept in the entry's hashed signs and printed beside the exhibit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { dispatch } from '../../src/main/dispatch';
import { pdfText } from '../helpers/report-fixtures';
import { dossierOptionsSchema } from '../../src/shared/contract/reports';
import { isAudioFile, recordingConsentOf, splitSigns } from '../../src/shared/domain/journal-entry';

let app: TempApp;
let clientId: number;

beforeEach(() => {
  app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
  clientId = app.services.clients.create(newClient('Mehmet Kaya')).id;
});
afterEach(() => app.close());

async function attach(...files: [string, string][]) {
  const dir = join(app.dir, 'incoming');
  mkdirSync(dir, { recursive: true });
  app.dialogs.queue.open.push(files.map(([name, content]) => (writeFileSync(join(dir, name), content), join(dir, name))));
  return (await app.services.journal.chooseAttachments()).stored;
}

const entry = (extra: Record<string, unknown>) => ({
  clientId,
  kind: 'incident_threat',
  channel: 'phone',
  summary: 'Threatened to sue on the phone',
  ...extra,
});

describe('recording consent', () => {
  it('tells audio recordings by their name', () => {
    for (const n of ['görüşme.m4a', 'call.MP3', 'voice.opus', 'memo.wav', 'a.ogg', 'b.aac', 'c.amr'])
      expect(isAudioFile(n), n).toBe(true);
    for (const n of ['photo.png', 'mail.eml', 'notes.txt', 'video.mp4', 'm4a', 'mp3.pdf']) expect(isAudioFile(n), n).toBe(false);
  });

  it('refuses an audio attachment without the answer, with a message the renderer translates', async () => {
    const stored = await attach(['görüşme-kaydı.m4a', 'RIFF call audio'], ['screen.png', 'png']);
    const r = await dispatch(app.api, 'addJournalEntry', entry({ attachments: stored }));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'recordingConsent', message: 'validation.recordingConsent' }] },
    });
    // the same for several entries at once and for a correction
    const many = await dispatch(app.api, 'addJournalEntries', { entries: [entry({ attachments: stored })] });
    expect(many).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // the message exists in every language
    const { catalogues } = await import('../../src/shared/i18n');
    for (const l of ['en', 'tr', 'az'] as const) expect(catalogues[l].validation.recordingConsent).toMatch(/\S/);
    expect(
      app.services.journal.list(
        { clientId, kinds: [], channels: [], severities: [], from: null, to: null, lateOnly: false },
        null,
        10,
      ).items,
    ).toEqual([]);
  });

  it('keeps the answer with the entry, inside what the hash covers, and asks again on a correction', async () => {
    const stored = await attach(['görüşme-kaydı.m4a', 'RIFF call audio']);
    const r = await dispatch(
      app.api,
      'addJournalEntry',
      entry({ attachments: stored, recordingConsent: 'not_told', signs: ['abusive'] }),
    );
    if (!r.ok) throw new Error(r.error.message);
    const saved = r.value as { id: number; recordingConsent: string | null; signs: string[]; hash: string };
    expect(saved.recordingConsent).toBe('not_told');
    expect(saved.signs).toEqual(['abusive']);
    const row = app.database.sqlite.prepare('SELECT signs FROM journal_entries WHERE id = ?').get(saved.id) as { signs: string };
    expect(JSON.parse(row.signs)).toEqual(['abusive', 'consent:not_told']);
    expect(recordingConsentOf(JSON.parse(row.signs) as string[])).toBe('not_told');
    expect(splitSigns(JSON.parse(row.signs) as string[])).toEqual({ signs: ['abusive'], category: null });
    expect((await app.services.journal.verification.run(null)).ok).toBe(true);

    const detail = await dispatch(app.api, 'getJournalEntry', { id: saved.id });
    expect(detail).toMatchObject({ ok: true, value: { entry: { recordingConsent: 'not_told' } } });

    // a correction of an entry with a recording must answer again
    const noAnswer = await dispatch(app.api, 'amendJournalEntry', {
      amendsId: saved.id,
      kind: 'incident_threat',
      channel: 'phone',
      summary: 'Threatened to sue (corrected)',
      attachments: stored,
    });
    expect(noAnswer).toMatchObject({ ok: false, error: { issues: [{ path: 'recordingConsent' }] } });
    const amended = app.services.journal.amend({
      amendsId: saved.id,
      kind: 'incident_threat',
      channel: 'phone',
      summary: 'Threatened to sue (corrected)',
      attachments: stored,
      recordingConsent: 'agreed',
    });
    expect(amended.recordingConsent).toBe('agreed');
    expect((await app.services.journal.verification.run(null)).ok).toBe(true);
  });

  it('a changed answer is detected by the chain check', async () => {
    const stored = await attach(['kayıt.mp3', 'ID3 audio']);
    const saved = app.services.journal.add({ ...entry({ attachments: stored }), recordingConsent: 'not_told' } as never);
    // behind the app's back (the database refuses it: drop the guard first), as tamperEntry does
    app.database.sqlite.exec('DROP TRIGGER IF EXISTS journal_entries_no_update;');
    app.database.sqlite.prepare('UPDATE journal_entries SET signs = ? WHERE id = ?').run('["consent:agreed"]', saved.id);
    expect((await app.services.journal.verification.run(null)).ok).toBe(false);
  });

  it('keeps no answer when no recording is attached', async () => {
    const stored = await attach(['photo.png', 'png']);
    const saved = app.services.journal.add({ ...entry({ attachments: stored }), recordingConsent: 'agreed' } as never);
    expect(saved.recordingConsent).toBeNull();
    const row = app.database.sqlite.prepare('SELECT signs FROM journal_entries WHERE id = ?').get(saved.id) as { signs: string };
    expect(row.signs).toBe('[]');
  });

  it('prints the answer in the dossier beside the exhibit, in each language', async () => {
    await app.api.saveProfile({ ...sampleProfile, language: 'en' });
    const stored = await attach(['screen.png', 'png'], ['görüşme-kaydı.m4a', 'RIFF call audio']);
    app.services.journal.add({
      ...entry({ attachments: stored, occurredAt: '2026-11-20T09:00:00.000Z' }),
      recordingConsent: 'told',
    } as never);
    const expected = {
      en: [
        'Recording (Exhibit 2): did the other party know?',
        'They were told it was being recorded, but did not say they agreed',
      ],
      tr: ['Ses kaydı (Ek-2): karşı tarafın haberi var mıydı?', 'Ses kaydı yapıldığı söylendi, ancak kabul ettiğini söylemedi'],
      az: ['Səs yazısı (Əlavə 2): qarşı tərəfin xəbəri var idimi?', 'Yazıldığı deyildi, amma razılaşdığını demədi'],
    };
    for (const language of ['en', 'tr', 'az'] as const) {
      const r = await app.services.reports.dossierPdf(dossierOptionsSchema.parse({ clientId, language }), {});
      if (r.status !== 'rendered') throw new Error(r.status);
      const text = (await pdfText(r.bytes)).replace(/\s+/g, ' ');
      for (const s of expected[language]) expect(text, `${language}: ${s}`).toContain(s);
    }
  });
});
