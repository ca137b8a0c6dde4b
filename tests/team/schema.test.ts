// `team init` on a real PostgreSQL server, and the server's canonical form (PL/pgSQL) against
// the TypeScript one: the server computes every hash itself, so the two must agree to the byte.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTeam } from '../../src/main/team/connect';
import { checkServer, initTeam, serverFacts } from '../../src/main/team/init';
import { canonicalEntryV2, canonicalJson, canonicalObjectV2, type ChainEntry } from '../../src/shared/domain/journal-chain';
import { journalFields } from '../../src/shared/domain/journal-fields';
import { appendTeamEntry, chainHashV2, teamRowToEntry, type TeamRow } from '../../src/main/team/journal';
import { teamDb, type TeamDb } from './team-db';

let db: TeamDb;
beforeAll(async () => {
  db = await teamDb();
});
afterAll(() => db?.close());

const tricky = [
  '',
  'plain',
  'Ayşe Yılmaz İĞÜŞÖÇ ığüşöç',
  'Əli Həsənov qəpik',
  'emoji 😀👩🏽‍💻🇹🇷',
  'quotes "double" \'single\' `back`',
  'back\\slash \\n \\u0000 literal',
  'control \u0001\u0007\b\f\n\r\t\u001f end',
  'DEL \u007f and C1 \u0080\u009f',
  'line sep \u2028 para sep \u2029',
  'e\u0301 decomposed (NFC makes é)',
  'Å vs \u212b (angstrom sign)',
  'ﬁ ligature and ① circled',
  '</script><!-- -->',
  'zero width \u200b\u200d\ufeff',
  'astral 𝄞 𠜎',
  '\uffff noncharacter',
];

/** A string PostgreSQL can hold: well-formed UTF-16 without NUL. */
const pgText = fc
  .string({ unit: 'binary', maxLength: 40 })
  .filter((s) => !s.includes('\0') && !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));

describe('team init', () => {
  it('created the schema, the roles and the policies, and runs again without harm', async () => {
    const r = await db.admin.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_roles WHERE rolname IN ('team_owner', 'team_staff', 'team_accountant', 'team_keeper')",
    );
    expect(Number(r.rows[0]!.n)).toBe(4);
    const id = await db.client('Before re-init');
    const again = await initTeam(db.admin);
    expect(again.existed).toBe(true);
    const still = await db.admin.query('SELECT name FROM dossier.clients WHERE id = $1', [id]);
    expect(still.rows).toEqual([{ name: 'Before re-init' }]);
    const policies = await db.admin.query<{ tablename: string }>(
      "SELECT tablename FROM pg_policies WHERE schemaname = 'dossier' ORDER BY tablename",
    );
    expect(policies.rows.map((p) => p.tablename)).toEqual([
      'clients',
      'invoices',
      'journal_entries',
      'journal_heads',
      'offboarding_cases',
      'payments',
    ]);
  });

  it('refuses a role that may not create roles, naming what is needed', async () => {
    const p = await db.person('Not an admin', 'owner');
    const c = await p.connect();
    await expect(initTeam(c)).rejects.toThrow(/superuser, or as the owner of .* with the CREATEROLE privilege/);
  });

  it('refuses PostgreSQL older than 15 and a database not in UTF8, saying why', async () => {
    const facts = await serverFacts(db.admin);
    expect(() => checkServer(facts)).not.toThrow();
    expect(() => checkServer({ ...facts, version_num: '140011', version: '14.11' })).toThrow(
      /PostgreSQL 15 or newer; this server is 14.11/,
    );
    expect(() => checkServer({ ...facts, encoding: 'LATIN1' })).toThrow(/encoding LATIN1; the journal's hashes need UTF8/);
  });

  it('says so when the server cannot be reached', async () => {
    await expect(connectTeam('postgresql://x:y@127.0.0.1:9/nowhere')).rejects.toThrow(/cannot be reached \(ECONNREFUSED\)/);
  });
});

describe('the server computes the canonical form exactly as the TypeScript code does', () => {
  it('escapes tricky strings as JSON.stringify does (NFC first)', async () => {
    const samples = [...tricky, ...fc.sample(pgText, 300)];
    const r = await db.admin.query<{ j: string }>(
      'SELECT dossier.jstr(x) AS j FROM unnest($1::text[]) WITH ORDINALITY AS t (x, i) ORDER BY i',
      [samples],
    );
    expect(r.rows.map((x) => x.j)).toEqual(samples.map((s) => JSON.stringify(s.normalize('NFC'))));
  });

  it('gives the same canonical form and hash for many entries', async () => {
    const staff = await db.person('Canonical Writer', 'staff');
    const c = await staff.connect();
    const clientId = await db.client('Canonical ş 😀');
    const entries = fc.sample(
      fc.record({
        summary: fc.oneof(
          fc.constantFrom(...tricky.filter(Boolean)),
          pgText.filter((s) => s.length > 0),
        ),
        details: fc.oneof(fc.constantFrom(...tricky), pgText),
        quotes: fc.array(fc.oneof(fc.constantFrom(...tricky), pgText), { maxLength: 3 }),
        people: fc.array(pgText, { maxLength: 2 }),
        durationMinutes: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
        severity: fc.constantFrom('low', 'medium', 'high', 'critical'),
        isSample: fc.boolean(),
        caseId: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
        attachments: fc.array(
          fc.record({
            sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
            originalName: fc.oneof(fc.constantFrom(...tricky.filter(Boolean)), pgText),
            sizeBytes: fc.integer({ min: 0, max: 2 ** 40 }),
            mediaType: fc.constantFrom('image/png', 'message/rfc822', 'application/pdf'),
          }),
          { maxLength: 2 },
        ),
      }),
      120,
    );
    let prev: number | null = null;
    for (const e of entries) {
      const stored = await appendTeamEntry(c, {
        clientId,
        kind: 'call',
        channel: 'phone',
        occurredAt: '2026-12-01T09:30:00.000Z',
        ...e,
        refersToId: prev,
      });
      prev = stored.id;
    }
    const rows = await db.admin.query<TeamRow & { canonical: string }>(
      'SELECT e.*, dossier.canonical_v2(e) AS canonical FROM dossier.journal_entries e WHERE client_id = $1 ORDER BY seq',
      [clientId],
    );
    expect(rows.rows).toHaveLength(entries.length);
    let prevHash = '0'.repeat(64);
    for (const row of rows.rows) {
      const entry = teamRowToEntry(row);
      expect(row.canonical).toBe(canonicalEntryV2(entry));
      // the generic definition, over the hashed fields alone (not the row id, hashes, device time)
      const hashed = Object.fromEntries(
        [...journalFields.map((f) => f.name), 'attachments'].map((k) => [k, (entry as unknown as Record<string, unknown>)[k]]),
      ) as unknown as ChainEntry;
      expect(row.canonical).toBe(canonicalJson(canonicalObjectV2(hashed)));
      expect(chainHashV2(prevHash, entry)).toBe(row.hash);
      prevHash = row.hash;
    }
    // what was given was stored in NFC, as it was hashed
    expect(rows.rows.every((r) => r.summary === r.summary.normalize('NFC'))).toBe(true);
  });
});
