import { writeFileAtomically } from '../reports/files';
import { UsageError, openExisting, requireString, type CliCommand } from './common';

/** The Due list as an .ics file for a calendar: the same file the app's "Add to my calendar" saves. */
export const calendarCommand: CliCommand = {
  summary: 'write the due dates (pay-by, follow-ups, last days) as an iCalendar (.ics) file',
  usage: 'calendar --db <path> --out <file.ics> [--stamp ISO]',
  options: { db: { type: 'string' }, out: { type: 'string' }, stamp: { type: 'string' } },
  run(values, io) {
    const out = requireString(values, 'out');
    const { database, services } = openExisting(requireString(values, 'db'), true);
    try {
      const given = values['stamp'];
      if (typeof given === 'string' && Number.isNaN(Date.parse(given))) throw new UsageError('--stamp must be an ISO date and time');
      const stamp = typeof given === 'string' ? new Date(given).toISOString() : undefined;
      const { ics, events } = services.offboarding.calendar(stamp);
      // never replaces a file: a script that runs twice says so instead of overwriting
      writeFileAtomically(out, new TextEncoder().encode(ics), { replace: false });
      io.out(`${out}: ${events} due date${events === 1 ? '' : 's'}`);
      return 0;
    } finally {
      database.close();
    }
  },
};
