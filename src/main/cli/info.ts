import { countRows } from '../db/inspect';
import { openExisting, requireString, type CliCommand } from './common';

export const infoCommand: CliCommand = {
  summary: 'print the schema version and row counts of a database',
  usage: 'info --db <path> [--json]',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  run(values, io) {
    const { database, services } = openExisting(requireString(values, 'db'), true);
    try {
      const counts = countRows(services.ctx.sqlite);
      if (values['json']) {
        io.out(JSON.stringify({ schemaVersion: database.schemaVersion, counts }));
      } else {
        io.out(`database: ${database.path}`);
        io.out(`schema version: ${database.schemaVersion}`);
        for (const [table, n] of Object.entries(counts)) io.out(`${table}: ${n}`);
      }
      return 0;
    } finally {
      database.close();
    }
  },
};
