import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';

let app: TempApp;
beforeEach(() => {
  app = createTempApp();
});
afterEach(() => app.close());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: () => undefined });
  return { code, out: out.join('\n') };
}

describe('cli offboarding', () => {
  it('lists open cases and what is due, as text and JSON', async () => {
    const { client } = seedDifficultClient(app);
    const c = app.services.offboarding.start(client.id, 'collect_payment');
    app.services.offboarding.save(c.id, 'invoices', {}, false);
    app.services.offboarding.save(c.id, 'reminder', { sentOn: '2026-11-23', payBy: '2026-11-30', letter: 'Reminder' }, false);
    const text = await cli('offboarding', '--db', app.database.path);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`#${c.id}  Mehmet Kaya  collect_payment  at stop_work  since 2026-11-23`);
    expect(text.out).toContain('2026-11-30  pay_by  Mehmet Kaya');
    const json = JSON.parse((await cli('offboarding', '--db', app.database.path, '--json')).out) as {
      open: { id: number; step: string }[];
      due: { date: string }[];
    };
    expect(json.open).toEqual([expect.objectContaining({ id: c.id, step: 'stop_work' })]);
    expect(json.due.map((d) => d.date)).toEqual(['2026-11-30']);
    expect((await cli('offboarding')).code).toBe(2);
  });
});
