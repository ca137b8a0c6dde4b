import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { appendJournalEntries, verifyJournal, type NewJournalEntry } from '../src/main/journal/chain';
import type { Services } from '../src/main/core/services';
import { measurePair, row, time, type BenchRow } from './harness';

const kinds = ['call', 'email', 'meeting', 'complaint', 'payment_reminder', 'scope_change'];

/**
 * scattered: each entry to the next client (a batch touches ~1,000 clients: every index insert
 * lands on another page — the worst case); grouped: runs of 100 entries per client, as an
 * import of a client's history or the sample generator write.
 */
export type Spread = 'scattered' | 'grouped';

function makeEntries(clientIds: number[], n: number, offset: number, spread: Spread): NewJournalEntry[] {
  const out: NewJournalEntry[] = [];
  for (let i = 0; i < n; i++) {
    const k = offset + i;
    out.push({
      clientId: clientIds[(spread === 'grouped' ? Math.floor(k / 100) : k) % clientIds.length]!,
      kind: kinds[k % kinds.length]!,
      channel: 'phone',
      occurredAt: new Date(Date.UTC(2026, 0, 1) + k * 60_000).toISOString(),
      durationMinutes: 10 + (k % 30),
      summary: `Bench entry ${k}: müşteri şikâyeti ve görüşme`,
      details: 'Ayrıntılar burada; the client asked for another revision.',
    });
  }
  return out;
}

/** Journal append with chain and FTS: ours (appendJournalEntries) vs a bare hash + INSERT loop. */
export async function benchAppend(
  s: Services,
  rawDb: Database.Database,
  clientIds: number[],
  n: number,
  spread: Spread,
  start = 10_000_000,
): Promise<BenchRow> {
  const batch = 1000;
  // Raw: the same rows into the same table (FTS trigger included), hashed with node:crypto,
  // with the chain heads kept in a Map and written back per batch — no checks, no canonical form.
  // It writes into a second database with the same schema and clients, so ours stays verifiable.
  const sqlite = rawDb;
  const heads = new Map<number, { seq: number; hash: string }>();
  for (const r of sqlite.prepare('SELECT client_id, seq, hash FROM journal_heads').all() as {
    client_id: number;
    seq: number;
    hash: string;
  }[]) {
    heads.set(r.client_id, { seq: r.seq, hash: r.hash });
  }
  const offsetTime = new Date().toISOString();
  const upsertHead = sqlite.prepare(
    'INSERT INTO journal_heads (client_id, seq, hash, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(client_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, updated_at = excluded.updated_at',
  );
  const insert = sqlite.prepare(
    `INSERT INTO journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, duration_minutes, summary, details, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rawBatch = (entries: NewJournalEntry[]) =>
    sqlite.transaction(() => {
      const touched = new Set<number>();
      for (const e of entries) {
        touched.add(e.clientId);
        const h = heads.get(e.clientId) ?? { seq: 0, hash: '0'.repeat(64) };
        const hash = createHash('sha256')
          .update(h.hash + JSON.stringify(e))
          .digest('hex');
        insert.run(
          e.clientId,
          h.seq + 1,
          e.kind,
          e.channel,
          e.occurredAt,
          e.occurredAt,
          e.durationMinutes,
          e.summary,
          e.details,
          h.hash,
          hash,
        );
        heads.set(e.clientId, { seq: h.seq + 1, hash });
      }
      // the same end state as ours: each chain's recorded head
      for (const id of touched) {
        const h = heads.get(id)!;
        upsertHead.run(id, h.seq, h.hash, offsetTime);
      }
    })();
  // Batch by batch in turns (ours, raw, raw, ours, …), so a busy moment falls on both alike.
  let ours = 0;
  let raw = 0;
  for (let done = 0, i = 0; done < n; done += batch, i++) {
    const entries = makeEntries(clientIds, Math.min(batch, n - done), start + done, spread);
    const runOurs = async () => (ours += await time(() => appendJournalEntries(s.ctx, entries)));
    const runRaw = async () => (raw += await time(() => rawBatch(entries)));
    if (i % 2) {
      await runRaw();
      await runOurs();
    } else {
      await runOurs();
      await runRaw();
    }
  }
  const rate = Math.round((n / ours) * 1000);
  const r = row(`journal append with chain + FTS (${n.toLocaleString('en')} entries, ${spread})`, ours, raw, 1.5);
  const pass = r.pass && rate >= 10_000;
  return {
    ...r,
    goal: '≤ 1.5× raw and ≥ 10,000/s',
    pass,
    note: `ours ${rate.toLocaleString('en')} entries/s, raw ${Math.round((n / raw) * 1000).toLocaleString('en')} entries/s`,
  };
}

/** Chain verification: ours (verifyJournal) vs a bare loop re-hashing every row. */
export async function benchVerify(s: Services): Promise<BenchRow> {
  const sqlite: Database.Database = s.ctx.sqlite;
  const total = (sqlite.prepare('SELECT count(*) AS n FROM journal_entries').get() as { n: number }).n;
  let ok = false;
  // A large journal: two turns each, no warm-up (each run reads all of it and the code is hot
  // within the first seconds). A small one: a warm-up, or ours would be timed while compiling,
  // and five turns, since a run of a few hundred ms is easily swayed by a busy moment.
  const { ours, raw } = await measurePair(
    async () => {
      ok = (await verifyJournal(s.ctx, { skipAttachmentFiles: true })).ok;
    },
    () => {
      let prev = '';
      let client = -1;
      for (const r of sqlite.prepare('SELECT * FROM journal_entries ORDER BY client_id, seq').iterate() as Iterable<
        Record<string, unknown>
      >) {
        if (r['client_id'] !== client) {
          client = r['client_id'] as number;
          prev = '0'.repeat(64);
        }
        const { hash: _h, prev_hash: _p, id: _i, ...fields } = r;
        createHash('sha256')
          .update(prev + JSON.stringify(fields))
          .digest('hex');
        prev = r['hash'] as string;
      }
    },
    total < 200_000 ? 5 : 2,
    total < 200_000,
  );
  return row(`chain verification (${total.toLocaleString('en')} entries)`, ours, raw, 1.5, {
    note: ok ? 'journal intact' : 'VERIFICATION FAILED',
  });
}
