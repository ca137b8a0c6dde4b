// The sample business reads like a real one in each language (issue 17 item 5): varied names,
// no English in the Turkish or Azerbaijani sample, complaints whose words match their topic,
// summaries that do not repeat word for word, and the mix every screen and the dossier need —
// corrections, late entries, exact words and witnesses.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { sampleTexts } from '../../src/main/sample/texts';
import { splitSigns } from '../../src/shared/domain/journal-entry';
import { languages } from '../../src/shared/domain/format';

let app: TempApp;
afterEach(() => app.close());

describe.each(languages)('the sample business in %s', (language) => {
  it('looks like a real business', () => {
    app = createTempApp();
    app.services.sampleData.load(language);
    const sql = app.database.sqlite;
    const clients = sql.prepare('SELECT name, company FROM clients').all() as { name: string; company: string }[];
    expect(clients).toHaveLength(40);
    expect(new Set(clients.map((c) => c.name)).size).toBe(40);
    const surnames = clients.map((c) => c.name.split(' ')[1]);
    const mostCommon = Math.max(...[...new Set(surnames)].map((s) => surnames.filter((x) => x === s).length));
    expect(new Set(surnames).size).toBeGreaterThanOrEqual(15);
    expect(mostCommon).toBeLessThanOrEqual(4);

    const rows = sql
      .prepare('SELECT kind, summary, quotes, witnesses, signs, amends_id, occurred_at, recorded_at FROM journal_entries')
      .all() as {
      kind: string;
      summary: string;
      quotes: string;
      witnesses: string;
      signs: string;
      amends_id: number | null;
      occurred_at: string;
      recorded_at: string;
    }[];
    const texts = sampleTexts[language];
    // every complaint's words belong to its topic
    for (const r of rows.filter((x) => x.kind === 'complaint' && x.amends_id === null)) {
      const { category } = splitSigns(JSON.parse(r.signs) as string[]);
      expect(texts.complaints[category!], r.summary).toContain(r.summary);
    }
    // no text of another language (the English sample's sentences) in this one
    if (language !== 'en') {
      const english = new Set([
        ...Object.values(sampleTexts.en.kinds).flat(),
        ...Object.values(sampleTexts.en.complaints).flat(),
      ]);
      expect(rows.filter((r) => english.has(r.summary))).toEqual([]);
      const costs = sql.prepare('SELECT DISTINCT description FROM direct_costs').all() as { description: string }[];
      expect(costs.length).toBeGreaterThan(0);
      for (const c of costs) expect([texts.costs.materials, texts.costs.production]).toContain(c.description);
    }
    // summaries vary: no wording is more than a sixth of the journal
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.summary, (counts.get(r.summary) ?? 0) + 1);
    expect(Math.max(...counts.values()) / rows.length).toBeLessThan(1 / 6);
    // the mix: corrections, entries written up a day or more later, exact words, witnesses
    expect(rows.filter((r) => r.amends_id !== null).length).toBeGreaterThan(0);
    expect(rows.filter((r) => Date.parse(r.recorded_at) - Date.parse(r.occurred_at) > 86_400_000).length).toBeGreaterThan(0);
    const incidents = rows.filter((r) => r.kind.startsWith('incident_'));
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents.every((r) => (JSON.parse(r.quotes) as string[]).length === 1)).toBe(true);
    expect(rows.filter((r) => r.kind === 'incident_abuse').every((r) => (JSON.parse(r.witnesses) as string[]).length === 1)).toBe(
      true,
    );
  });
});
