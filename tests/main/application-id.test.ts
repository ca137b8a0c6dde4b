import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../src/main/db/open';

describe('PRAGMA application_id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'appid-'));

  it('stamps a new database with the Client Dossier id', () => {
    const path = join(dir, 'new.db');
    const opened = openDatabase(path);
    expect(opened.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    opened.close();
    const again = new Database(path, { readonly: true });
    expect(again.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    again.close();
  });

  it("refuses another program's SQLite file and leaves it untouched", () => {
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.pragma('application_id = 1234');
    other.exec('CREATE TABLE notes (x TEXT)');
    other.close();
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'DB_FOREIGN' }));
    const check = new Database(path, { readonly: true });
    expect(check.pragma('application_id', { simple: true })).toBe(1234);
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    check.close();
  });
});
