import { resolve } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { writeFullExport } from '../transfer/export';
import { openExisting, requireString, type CliCommand } from './common';

export const exportCommand: CliCommand = {
  summary: 'export everything (JSON, CSV, attachments, manifest with SHA-256) into a new folder',
  usage: 'export --db <path> --out <dir>',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const parent = resolve(requireString(values, 'out'));
    if (!existsSync(parent)) mkdirSync(parent, { recursive: true });
    const { database, services } = openExisting(requireString(values, 'db'), true);
    try {
      const r = await writeFullExport(services.ctx, parent, services.version);
      io.out(`export: ${r.folder}`);
      io.out(`files: ${r.files}`);
      io.out(`journal: ${r.journalOk ? 'chains verified' : 'CHAIN BROKEN (see manifest.json)'}`);
      if (r.missingAttachments) io.out(`missing attachments: ${r.missingAttachments}`);
      return r.journalOk && r.missingAttachments === 0 ? 0 : 1;
    } finally {
      database.close();
    }
  },
};
