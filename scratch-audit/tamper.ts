import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
const [src, dst, what] = process.argv.slice(2);
copyFileSync(src!, dst!);
const db = new Database(dst!);
for (const t of db.prepare("SELECT name FROM sqlite_master WHERE type='trigger'").all() as {name:string}[]) db.exec(`DROP TRIGGER "${t.name}"`);
const q = (s: string, ...a: unknown[]) => db.prepare(s).run(...a);
switch (what) {
  case 'summary': q("UPDATE journal_entries SET summary = summary || 'x' WHERE client_id=3 AND seq=5"); break;
  case 'recorded': q("UPDATE journal_entries SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE client_id=3 AND seq=5"); break;
  case 'droptail': { const h = db.prepare('SELECT seq AS head_seq FROM journal_heads WHERE client_id=3').get() as any; console.log(h);
     q('DELETE FROM journal_entries WHERE client_id=3 AND seq=?', h.head_seq); q('DELETE FROM journal_heads WHERE client_id=3'); break; }
  case 'middle': q('DELETE FROM journal_entries WHERE client_id=3 AND seq=7'); break;
  case 'swap': q('UPDATE journal_entries SET seq=-1 WHERE client_id=3 AND seq=7'); q('UPDATE journal_entries SET seq=7 WHERE client_id=3 AND seq=8'); q('UPDATE journal_entries SET seq=8 WHERE client_id=3 AND seq=-1'); break;
  case 'author': q("UPDATE journal_entries SET author='Mallory' WHERE client_id=3 AND hash_version=2 AND seq=(SELECT max(seq) FROM journal_entries WHERE client_id=3 AND hash_version=2)"); break;
  case 'hv': q("UPDATE journal_entries SET hash_version=1 WHERE client_id=3 AND hash_version=2 AND seq=(SELECT max(seq) FROM journal_entries WHERE client_id=3 AND hash_version=2)"); break;
  case 'money': q("UPDATE invoices SET amount_minor = amount_minor + 100 WHERE id=(SELECT min(id) FROM invoices WHERE client_id=3)"); break;
  case 'payment': q("UPDATE payments SET amount_minor = amount_minor + 100 WHERE id=(SELECT min(id) FROM payments)"); break;
  case 'paydel': q("DELETE FROM payments WHERE id=(SELECT min(id) FROM payments)"); break;
}
db.close();
