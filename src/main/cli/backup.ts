import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { backupTo } from '../db/backup-file';
import { verifyFile } from '../safety/backup';
import { accessDetail, recordAccess } from '../team/access-log';
import { openExisting, requireString, UsageError, type CliCommand } from './common';

export const backupCommand: CliCommand = {
  summary: 'write a verified backup of a database with the SQLite backup API',
  usage: 'backup --db <path> --out <file>',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const out = resolve(requireString(values, 'out'));
    if (existsSync(out)) throw new UsageError(`${out} already exists: a backup never overwrites a file`);
    const { database } = openExisting(requireString(values, 'db'), true);
    try {
      await backupTo(database.sqlite, out);
      // a team replica's access log has every copy made (nothing in a single-user file)
      recordAccess(
        { sqlite: database.sqlite, now: () => new Date(), databasePath: database.path },
        { action: 'backup', detail: accessDetail(out, 'a backup from the command line') },
      );
    } finally {
      database.close();
    }
    const { inspection, ...v } = await verifyFile(out, join(dirname(resolve(requireString(values, 'db'))), 'data'));
    io.out(`backup: ${out} (${inspection.sizeBytes} bytes, schema ${inspection.schemaVersion})`);
    io.out(`quick_check: ${v.quickCheck}`);
    io.out(
      v.journal
        ? `journal: ${v.journal.ok ? 'chain intact' : `BROKEN (${v.journal.failure?.reason ?? ''})`}, ${v.journal.entriesChecked} entries of ${v.journal.clientsChecked} clients`
        : 'journal: none',
    );
    for (const [t, n] of Object.entries(inspection.counts)) io.out(`${t}: ${n}`);
    io.out(v.ok ? 'verified: ok' : `verified: FAILED (${v.problem ?? ''} ${v.detail ?? ''})`);
    return v.ok ? 0 : 1;
  },
};
