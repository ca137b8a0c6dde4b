import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, latestSchemaVersion } from '../../src/main/db/open';
import { migrations } from '../../src/main/db/migrations.gen';
import { generatedFile, renderEmbeddedMigrations } from '../../scripts/embed-migrations';

let dir: string;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const fresh = () => {
  dir = mkdtempSync(join(tmpdir(), 'cd-mig-'));
  return join(dir, 'db.sqlite');
};

describe('migrations on real SQLite', () => {
  it('the embedded migrations match drizzle-kit output (run `npm run db:generate` if not)', () => {
    expect(readFileSync(generatedFile, 'utf8')).toBe(renderEmbeddedMigrations());
  });

  it('a new database gets every table, the journal guards and the pragmas', () => {
    const db = openDatabase(fresh());
    expect(db.schemaVersion).toBe(migrations.length);
    const names = (
      db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','trigger')").all() as { name: string }[]
    ).map((r) => r.name);
    for (const t of [
      'clients',
      'invoices',
      'payments',
      'journal_entries',
      'journal_fts',
      'journal_entries_no_update',
      'journal_entries_no_delete',
    ]) {
      expect(names).toContain(t);
    }
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('no foreign key anywhere cascades deletes', () => {
    const db = openDatabase(fresh());
    const tables = (
      db.sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'journal_fts%' AND name NOT LIKE 'sqlite_%'",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    for (const t of tables) {
      const fks = db.sqlite.prepare(`PRAGMA foreign_key_list(${t})`).all() as { on_delete: string }[];
      for (const fk of fks) expect(fk.on_delete, t).not.toBe('CASCADE');
    }
    db.close();
  });

  it('upgrades a database at each older version, keeping its rows', () => {
    for (let from = 1; from < migrations.length; from++) {
      const path = fresh();
      const raw = new Database(path);
      for (const m of migrations.slice(0, from)) {
        for (const stmt of m.sql.split('--> statement-breakpoint')) if (stmt.trim()) raw.exec(stmt);
      }
      raw.pragma(`user_version = ${from}`);
      raw.prepare("INSERT INTO clients (name) VALUES ('Eski Müşteri')").run();
      raw.close();
      const db = openDatabase(path);
      expect(db.schemaVersion).toBe(latestSchemaVersion);
      expect(db.sqlite.prepare('SELECT name FROM clients').get()).toEqual({ name: 'Eski Müşteri' });
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a database written by a newer app, and leaves it untouched', () => {
    const path = fresh();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrowError(expect.objectContaining({ code: 'DB_TOO_NEW' }));
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('says a non-database file is damaged', () => {
    const path = fresh();
    writeFileSync(path, 'this is not a database, just text that is long enough to be read as a header'.repeat(10));
    expect(() => openDatabase(path)).toThrowError(expect.objectContaining({ code: 'DB_DAMAGED' }));
  });
});
