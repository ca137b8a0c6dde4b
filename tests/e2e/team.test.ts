// Settings → Team in Chromium against a real PostgreSQL server (started here from npm): the
// person pastes the line `team add-person` printed, joins, sees the state (not encrypted on this
// test server), leaves back to their own file and opens the team file again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { sampleProfile } from '../helpers/temp-db';
import { startTeamServer, type TeamServer } from '../helpers/team-server';
import { connectTeam, parseTeamUrl } from '../../src/main/team/connect';
import { initTeam } from '../../src/main/team/init';
import { addPerson, type AddedPerson } from '../../src/main/team/people';

let e2e: E2E;
let server: TeamServer;
let person: AddedPerson;
beforeAll(async () => {
  server = await startTeamServer({ own: true });
  const admin = await connectTeam(server.url);
  await initTeam(admin);
  person = await addPerson(admin, parseTeamUrl(server.url), { name: 'Ayşe Yılmaz', role: 'staff', login: 'ayse_e2e' });
  await admin.end();
  e2e = await startE2E({ setup: (app) => app.services.settings.saveProfile(sampleProfile) });
}, 120_000);
afterAll(async () => {
  await e2e?.close();
  await server?.stop();
});

describe('Settings → Team in Chromium', () => {
  it('join with the pasted line → the state and the chip → leave with a confirmation → open the team file again', async () => {
    const { page, app } = e2e;
    const own = app.runtime.control.databasePath;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { name: 'Join a team' }).waitFor();
    await page.getByLabel('Connection line from the owner').fill(person.url);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByTestId('team-state').waitFor();
    expect(app.runtime.control.databasePath).not.toBe(own);
    await page.getByTestId('team-connection').getByText('Online').waitFor({ timeout: 20_000 });
    await page.getByTestId('team-tls').getByText('Not encrypted').waitFor();
    await page.getByTestId('team-not-encrypted').waitFor();
    await page.getByTestId('team-chip').getByText('Team: online').waitFor();
    await page.getByText('Everything written here is in the team journal.').waitFor();
    expect(await page.getByTestId('team-state').textContent()).toContain('Ayşe Yılmaz');

    await page.getByRole('button', { name: 'Leave this team' }).click();
    await page.getByRole('dialog', { name: 'Leave this team?' }).getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('team-reopen').waitFor();
    expect(app.runtime.control.databasePath).toBe(own);
    expect(await page.getByTestId('team-chip').count()).toBe(0);
    // the owner's own business again
    expect(await page.getByTestId('business-name').textContent()).toBe(sampleProfile.businessName);

    await page.getByRole('button', { name: 'Open the team file again' }).click();
    await page.getByTestId('team-state').waitFor();
    expect(app.runtime.control.databasePath).not.toBe(own);
    expect(e2e.errors).toEqual([]);
  });
});
