// "Is this the schema this app builds?" A file can carry our application_id and a schema
// version we know and still hold other tables (a crafted file, another program's database
// with application_id 0). Its tables, columns, indexes, triggers and views are compared
// with those of a database this app creates itself at the same (latest) version.
import Database from 'better-sqlite3';
import { migrateTo, openDatabase, type Sqlite } from './open';

/** One line per table column, index, trigger and view, sorted. */
export function describeSchema(sqlite: Sqlite): string[] {
  const objects = sqlite
    .prepare("SELECT type, name, tbl_name AS tbl FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    .all() as { type: string; name: string; tbl: string }[];
  const lines: string[] = [];
  for (const o of objects) {
    if (o.type !== 'table') {
      lines.push(`${o.type} ${o.name} on ${o.tbl}`);
      continue;
    }
    const columns = sqlite.prepare('SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?)').all(o.name) as {
      name: string;
      type: string;
      nn: number;
      pk: number;
    }[];
    for (const c of columns) lines.push(`table ${o.name}: ${c.name} ${c.type}${c.nn ? ' not null' : ''}${c.pk ? ' pk' : ''}`);
    if (columns.length === 0) lines.push(`table ${o.name}`);
  }
  return lines.sort();
}

let reference: string[] | null = null;

/** The schema a brand-new database of this version has. */
export function referenceSchema(): string[] {
  if (!reference) {
    const fresh = openDatabase(':memory:');
    try {
      reference = describeSchema(fresh.sqlite);
    } finally {
      fresh.close();
    }
  }
  return reference;
}

/** null when the lines agree; else a short description of the first differences. */
function difference(wantLines: readonly string[], haveLines: readonly string[]): string | null {
  const want = new Set(wantLines);
  const have = new Set(haveLines);
  const missing = [...want].filter((l) => !have.has(l));
  const extra = [...have].filter((l) => !want.has(l));
  if (missing.length === 0 && extra.length === 0) return null;
  const parts: string[] = [];
  if (missing.length) parts.push(`missing ${missing.length} (${missing.slice(0, 3).join('; ')})`);
  if (extra.length) parts.push(`unexpected ${extra.length} (${extra.slice(0, 3).join('; ')})`);
  return `the schema is not one this app knows: ${parts.join(', ')}`;
}

/** null when the schema is exactly ours; else a short description of the first differences. */
export function schemaDifference(sqlite: Sqlite): string | null {
  return difference(referenceSchema(), describeSchema(sqlite));
}

const atVersion = new Map<number, string[]>();

/** The schema a database of `version` has (the first `version` migrations applied), for older files. */
export function referenceSchemaAt(version: number): string[] {
  let ref = atVersion.get(version);
  if (!ref) {
    const raw = new Database(':memory:');
    try {
      migrateTo(raw, version);
      ref = describeSchema(raw);
    } finally {
      raw.close();
    }
    atVersion.set(version, ref);
  }
  return ref;
}

/**
 * The tables and columns of a file at `version` (read without migrating it) against those this
 * app builds at that version. Tables only: a dropped trigger is tampering for `verify` to name,
 * not a reason to refuse to look at the file.
 */
export function tableDifferenceAt(sqlite: Sqlite, version: number): string | null {
  const tables = (lines: string[]) => lines.filter((l) => l.startsWith('table '));
  return difference(tables(referenceSchemaAt(version)), tables(describeSchema(sqlite)));
}
