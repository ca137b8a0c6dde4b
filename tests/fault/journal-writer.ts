// Child process for the kill -9 test: appends journal entries one by one through the real
// journal core and acknowledges each on stdout only after its transaction has committed.
import { openDatabase } from '../../src/main/db/open';
import { createServices } from '../../src/main/core/services';
import { appendJournalEntry } from '../../src/main/journal/chain';

const [dbPath, dataDir, clientIdArg] = process.argv.slice(2);
const database = openDatabase(dbPath!);
const { ctx } = createServices({ database, dataDir: dataDir! });
const clientId = Number(clientIdArg);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const row = appendJournalEntry(ctx, {
    clientId,
    kind: 'note',
    channel: 'other',
    occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    summary: `Entry ${i} written by process ${process.pid}`,
    details: 'x'.repeat(i % 2000),
  });
  process.stdout.write(`ack ${row.seq}\n`);
}
