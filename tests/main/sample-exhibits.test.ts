// The sample journal holds real-looking exhibits (issue 17 item 5): a delivery record on a
// complaint, the client's message on an abusive incident and a recorded threatening call, stored
// and fingerprinted as any attachment, verified with the chain, in the owner's language — and
// "Remove sample data" still removes everything (migration 0008 lets sample entries' attachment rows go first).
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { attachmentPath, verifyJournal } from '../../src/main/journal/chain';
import { sampleTexts } from '../../src/main/sample/texts';
import { storyTexts } from '../../src/main/sample/story-texts';
import { recordingConsentOf, splitSigns } from '../../src/shared/domain/journal-entry';
import { languages } from '../../src/shared/domain/format';

let app: TempApp;
afterEach(() => app.close());

describe.each(languages)('sample exhibits in %s', (language) => {
  it('attaches stored, verified files in the sample’s language (two documents, one call recording), and removing the sample removes them', async () => {
    app = createTempApp({ now: '2026-11-23T10:00:00.000Z' });
    app.services.sampleData.load(language);
    const sql = app.database.sqlite;
    const rows = sql
      .prepare(
        `SELECT a.sha256, a.original_name, a.size_bytes, a.media_type, e.kind, e.signs, e.is_sample
         FROM journal_attachments a JOIN journal_entries e ON e.id = a.entry_id ORDER BY a.media_type LIKE 'audio/%', e.kind`,
      )
      .all() as {
      sha256: string;
      original_name: string;
      size_bytes: number;
      media_type: string;
      kind: string;
      signs: string;
      is_sample: number;
    }[];
    const texts = sampleTexts[language].exhibits;
    expect(rows.map((r) => [r.kind, r.original_name])).toEqual([
      ['complaint', texts.complaint.name],
      [expect.stringMatching(/^incident_(abuse|threat)$/), texts.incident.name],
      // the threatening call, recorded: the consent answer is kept in its hashed signs
      ['incident_threat', storyTexts[language].recording.file],
    ]);
    expect(['delay', 'quality']).toContain(splitSigns(JSON.parse(rows[0]!.signs) as string[]).category);
    expect(recordingConsentOf(JSON.parse(rows[2]!.signs) as string[])).toBe('told');
    for (const r of rows) {
      expect(r.is_sample).toBe(1);
      expect(r.media_type).toBe(r === rows[2] ? 'audio/wav' : 'text/plain');
      const file = attachmentPath(app.services.ctx.dataDir, r.sha256);
      expect(existsSync(file)).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.byteLength).toBe(r.size_bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.sha256);
    }
    expect(readFileSync(attachmentPath(app.services.ctx.dataDir, rows[0]!.sha256), 'utf8')).toBe(texts.complaint.body);

    const verified = await verifyJournal(app.services.ctx);
    expect(verified.ok).toBe(true);
    expect(verified.attachmentsChecked).toBe(3);

    app.services.sampleData.remove();
    expect(sql.prepare('SELECT count(*) AS n FROM journal_attachments').get()).toEqual({ n: 0 });
    expect(sql.prepare('SELECT count(*) AS n FROM journal_entries').get()).toEqual({ n: 0 });
    expect(app.services.sampleData.status()).toMatchObject({ sampleClients: 0, canLoad: true });
  });
});
