// Issue 16 item 5, over the real API and a real temp database: a complaint still open days after
// the client last heard from us asks for a status update (Today panel, the complaint's line), and
// the status update letter is journaled as a follow-up that answers it, which resets the clock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STATUS_UPDATE_EVERY_DAYS } from '../../src/shared/domain/complaints';
import { letterText, renderLetter } from '../../src/shared/domain/letters/render';
import { createTempApp, newClient, sampleProfile, type TempApp } from '../helpers/temp-db';
import { call, failure } from '../helpers/offboarding-fixtures';

let app: TempApp;
let clientId: number;
beforeEach(() => {
  app = createTempApp({ now: '2026-11-20T10:00:00.000Z' });
  app.services.settings.saveProfile(sampleProfile);
  clientId = app.services.clients.create(newClient('Mehmet Kaya')).id;
});
afterEach(() => app.close());

const complain = (summary: string, occurredAt: string) =>
  app.services.journal.add({ clientId, kind: 'complaint', channel: 'email', summary, occurredAt, severity: 'high' });

const letter = letterText(
  renderLetter('complaint_update', 'en', {
    clientName: 'Mehmet Kaya',
    ownerName: 'Ayşe Yılmaz',
    businessName: 'Atölye Studio',
    date: '23 November 2026',
    raisedOn: '20 November 2026',
    complaintSummary: 'the April order arrived damaged',
    whatWeDid: 'we sent a replacement',
    nextStep: 'the courier collects the damaged parts',
    nextUpdateOn: '27 November 2026',
  }),
);

describe('status updates during a long complaint fix (issue 16 item 5)', () => {
  it('is due once the client has not heard from us for the threshold, and a sent update answers the complaint', async () => {
    expect(STATUS_UPDATE_EVERY_DAYS).toBe(3);
    const c = complain('The April order arrived damaged', '2026-11-20T09:00:00.000Z');
    let today = await call(app, 'getToday');
    expect(today.updatesDueCount).toBe(0);
    expect(today.waiting[0]).toMatchObject({ id: c.id, isUpdateDue: false, updateDueAt: '2026-11-23T09:00:00.000Z' });

    app.clock.set('2026-11-23T09:00:00.000Z');
    today = await call(app, 'getToday');
    expect(today.updatesDueCount).toBe(1);
    expect(today.updatesDue.map((x) => x.id)).toEqual([c.id]);
    expect((await call(app, 'listComplaints', { status: 'open' }))[0]).toMatchObject({ isUpdateDue: true });

    const sent = await call(app, 'addComplaintUpdate', { complaintId: c.id, letter });
    expect(sent).toMatchObject({
      kind: 'follow_up',
      channel: 'email',
      refersToId: c.id,
      summary: 'Status update sent: The April order arrived damaged',
      details: letter,
    });
    expect(sent.details).toContain('What we have done so far: We sent a replacement.');
    expect(sent.details).toContain('I will write to you again by 27 November 2026, or sooner if the problem is solved.');

    today = await call(app, 'getToday');
    expect(today.updatesDueCount).toBe(0);
    const [open] = await call(app, 'listComplaints', { status: 'open' });
    // still open (an update is not a resolution); answered, and the next update is due three days on
    expect(open).toMatchObject({
      status: 'open',
      responseMinutes: 3 * 24 * 60,
      lastContactAt: sent.occurredAt,
      isUpdateDue: false,
    });
    expect(open!.followUpIds).toEqual([sent.id]);
    expect(open!.updateDueAt).toBe(new Date(Date.parse(sent.occurredAt) + 3 * 86_400_000).toISOString());
  });

  it('a resolved complaint needs no status update, and the letter must be a real apology', async () => {
    const c = complain('Wrong colour', '2026-11-10T09:00:00.000Z');
    const sorry = await failure(app, 'addComplaintUpdate', {
      complaintId: c.id,
      letter: 'Dear Mehmet,\n\nWe are sorry for the inconvenience.',
    });
    expect(sorry.issues).toEqual([{ path: 'letter', message: 'validation.nonApology' }]);
    app.services.journal.add({ clientId, kind: 'resolution', channel: 'email', summary: 'Fixed. I am sorry.', refersToId: c.id });
    expect((await call(app, 'getToday')).updatesDueCount).toBe(0);
    expect((await call(app, 'listComplaints', { status: 'resolved' }))[0]).toMatchObject({
      isUpdateDue: false,
      updateDueAt: null,
    });
    expect(await failure(app, 'addComplaintUpdate', { complaintId: c.id, letter })).toMatchObject({ code: 'INVALID_STATE' });
    const note = app.services.journal.add({ clientId, kind: 'note', channel: 'other', summary: 'a note' });
    expect(await failure(app, 'addComplaintUpdate', { complaintId: note.id, letter })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'complaintId', message: 'validation.notAComplaint' }],
    });
  });

  it('writes the journal summary in the owner’s language', async () => {
    app.services.settings.saveProfile({ ...sampleProfile, language: 'tr' });
    const c = complain('Sipariş hasarlı geldi', '2026-11-15T09:00:00.000Z');
    const tr = letterText(
      renderLetter('complaint_update', 'tr', {
        clientName: 'Mehmet Kaya',
        ownerName: 'Ayşe',
        businessName: 'Atölye',
        date: '20 Kasım 2026',
        raisedOn: '15 Kasım 2026',
        whatWeDid: 'yeni ürün gönderdik',
        nextStep: 'kurye parçaları alacak',
      }),
    );
    expect(tr).toContain('Şu ana kadar yaptıklarımız: Yeni ürün gönderdik.');
    expect(tr).toContain('Yeni bir gelişme olur olmaz size yeniden yazacağım.');
    const sent = await call(app, 'addComplaintUpdate', { complaintId: c.id, letter: tr, channel: 'letter' });
    expect(sent).toMatchObject({ summary: 'Durum bilgisi gönderildi: Sipariş hasarlı geldi', channel: 'letter' });
  });
});
