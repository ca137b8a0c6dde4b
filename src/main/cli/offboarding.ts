import { openExisting, requireString, type CliCommand } from './common';

/** Open offboarding cases and what is due, for a morning check or a script. */
export const offboardingCommand: CliCommand = {
  summary: 'list open offboarding cases and due dates (pay-by, follow-ups, last days)',
  usage: 'offboarding --db <path> [--json]',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  run(values, io) {
    const { database, services } = openExisting(requireString(values, 'db'), true);
    try {
      const open = services.offboarding.list({ clientId: null, openOnly: true });
      const due = services.offboarding.due();
      if (values['json']) {
        const cases = open.map(({ id, clientId, clientName, path, step, startedAt }) => ({
          id,
          clientId,
          clientName,
          path,
          step,
          startedAt,
        }));
        io.out(JSON.stringify({ open: cases, due }));
        return 0;
      }
      io.out(`open cases: ${open.length}`);
      for (const c of open) io.out(`  #${c.id}  ${c.clientName}  ${c.path}  at ${c.step}  since ${c.startedAt.slice(0, 10)}`);
      io.out(`due: ${due.length}`);
      for (const d of due) io.out(`  ${d.date}  ${d.kind}  ${d.clientName}  (${d.path} #${d.caseId})`);
      return 0;
    } finally {
      database.close();
    }
  },
};
