// The Due list in the owner's calendar (issue 16 item 12): an iCalendar file read back with
// ical.js (Mozilla's parser), from the app's save dialog and from `npm run cli -- calendar`.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { runCli } from '../../src/main/cli';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import { createTempApp, newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp;
afterEach(() => app.close());

function seedDue(a: TempApp) {
  const { client } = seedDifficultClient(a);
  const collect = a.services.offboarding.start(client.id, 'collect_payment');
  a.services.offboarding.save(collect.id, 'invoices', {}, false);
  a.services.offboarding.save(collect.id, 'reminder', { sentOn: '2026-11-23', payBy: '2026-11-30', letter: 'Hatırlatma' }, false);
  // a long Turkish name with a comma and a semicolon: escaped, and folded at 75 octets, never inside a letter
  const other = a.services.clients.create(newClient('Gülşen Öztürk Çağlayan; İnşaat, Mimarlık ve Şehircilik Danışmanlığı Ltd. Şti.'));
  const part = a.services.offboarding.start(other.id, 'part_ways');
  a.services.offboarding.save(part.id, 'evaluate', { reason: 'Too costly' }, false);
  a.services.offboarding.save(part.id, 'messenger', { messengerName: 'Ayşe' }, false);
  a.services.offboarding.save(part.id, 'talking_points', { direct: 'a', decisive: 'b', kind: 'c', transitionPlan: 'd', lastDay: '2026-12-31' }, false);
  return { collect, part, other };
}

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate };
  });
}

describe('the Due list as a calendar file', () => {
  it('one all-day event per due date, in the owner’s language, read back exactly', () => {
    app = createTempApp();
    const { collect, part, other } = seedDue(app);
    app.services.settings.saveProfile({ ...app.services.settings.profile()!, language: 'tr' });
    const { ics, events: n } = app.services.offboarding.calendar('2026-12-03T10:00:00.000Z');
    expect(n).toBe(2);
    expect(events(ics)).toEqual([
      { uid: `due-${collect.id}-pay_by@client-dossier`, summary: 'Söz verilen ödeme tarihi: Mehmet Kaya', start: '2026-11-30', end: '2026-12-01', allDay: true },
      { uid: `due-${part.id}-last_day@client-dossier`, summary: `Son çalışma günü: ${other.name}`, start: '2026-12-31', end: '2027-01-01', allDay: true },
    ]);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // the same data gives the same bytes
    expect(app.services.offboarding.calendar('2026-12-03T10:00:00.000Z').ics).toBe(ics);
  });

  it('is saved where the owner chooses, or not at all when the dialog is cancelled', async () => {
    app = createTempApp();
    seedDue(app);
    expect(await app.api.exportDueCalendar(undefined)).toEqual({ status: 'cancelled' });
    const path = join(app.dir, 'due.ics');
    app.dialogs.queue.save.push(path);
    expect(await app.api.exportDueCalendar(undefined)).toEqual({ status: 'saved', path, events: 2 });
    expect(events(readFileSync(path, 'utf8'))).toHaveLength(2);
  });

  it('npm run cli -- calendar writes the same file and never replaces one', async () => {
    app = createTempApp();
    seedDue(app);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    const file = join(app.dir, 'cli.ics');
    const args = ['calendar', '--db', app.database.path, '--out', file, '--stamp', '2026-12-03T10:00:00Z'];
    expect(await runCli(args, io)).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(app.services.offboarding.calendar('2026-12-03T10:00:00.000Z').ics);
    expect(out.join('\n')).toContain('2 due dates');
    expect(await runCli(args, io)).toBe(1);
    expect(err.join('\n')).toContain('already exists');
    expect(await runCli(['calendar', '--db', app.database.path], io)).toBe(2);
    expect(await runCli(['calendar', '--db', app.database.path, '--out', join(app.dir, 'x.ics'), '--stamp', 'soon'], io)).toBe(2);
    expect(existsSync(join(app.dir, 'x.ics'))).toBe(false);
  });
});
