import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { call, failure, partWaysAnswers, seedDifficultClient } from '../helpers/offboarding-fixtures';

let app: TempApp;
beforeEach(() => {
  app = createTempApp();
});
afterEach(() => app.close());

const journalOf = (caseId: number) =>
  app.database.sqlite
    .prepare<[number], { kind: string; summary: string; details: string; recorded_at: string }>(
      'SELECT kind, summary, details, recorded_at FROM journal_entries WHERE case_id = ? ORDER BY seq',
    )
    .all(caseId);
/** the last step of a win back (issue 16 item 7) */
const lessons = { rootCause: 'Launch dates set without buffer.', whatWeChange: 'Every launch gets a week of buffer.' };
const statusMoves = (clientId: number) =>
  app.database.sqlite
    .prepare<[number], { from_status: string | null; to_status: string; changed_at: string; reason: string }>(
      'SELECT from_status, to_status, changed_at, reason FROM client_status_changes WHERE client_id = ? ORDER BY id',
    )
    .all(clientId);

describe('part ways', () => {
  it('waits for payment before the handover, then ends with the client former and every step journaled', async () => {
    const { client, invoiceId, achievementIds } = seedDifficultClient(app);
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    expect(c.step).toBe('evaluate');
    expect(c.valuation).toMatchObject({ source: 'valuation', revenueMinor: 1_250_000, outstandingMinor: 1_250_000 });
    expect(c.valuation?.recommendation).toEqual(expect.any(String));
    expect(c.facts.incidentPeople).toEqual(['Can Demir', 'Elif Şahin']);
    expect((await call(app, 'getClient', { id: client.id })).status).toBe('offboarding');

    const answers = partWaysAnswers(achievementIds);
    for (const [step, values] of answers.slice(0, 4)) {
      app.clock.advance(60_000);
      c = await call(app, 'saveOffboardingStep', { caseId: c.id, step, values });
    }
    expect(c.step).toBe('handover');
    expect(c.hold).toEqual({ code: 'unpaid_invoices', overridable: true });
    const held = await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'handover', values: answers[4]![1] });
    expect(held).toMatchObject({ code: 'INVALID_STATE', details: { hold: 'unpaid_invoices' } });

    c = await call(app, 'recordOffboardingPayment', { caseId: c.id, invoiceId, amountMinor: 1_250_000, paidOn: '2026-11-23' });
    expect(c.hold).toBeNull();
    expect(c.facts.unpaid).toEqual([]);
    for (const [step, values] of answers.slice(4)) {
      app.clock.advance(60_000);
      c = await call(app, 'saveOffboardingStep', { caseId: c.id, step, values });
    }
    expect(c).toMatchObject({ status: 'completed', outcome: 'parted', completedAt: app.clock.now.toISOString() });
    expect((await call(app, 'getClient', { id: client.id })).status).toBe('former');

    const journal = journalOf(c.id);
    expect(journal.map((e) => e.summary)).toEqual([
      'Part ways: case started',
      'Part ways: Evaluate',
      'Part ways: Who delivers the news',
      'Part ways: Talking points',
      'Part ways: Settle finances',
      'Payment recorded for invoice F-2026-017: TRY\u00a012,500.00',
      'Part ways: Handover checklist',
      'Part ways: Final report',
      'Part ways: Termination letter',
      'Part ways: Close',
      'Part ways: completed, Parted ways',
    ]);
    const handover = journal.find((e) => e.summary.endsWith('Handover checklist'))!;
    expect(handover.details).toContain('- Domains: Done 2026-11-25 — kaya.com.tr transfer code sent');
    expect(journal.find((e) => e.summary.endsWith('Termination letter'))!.details).toContain('cannot meet your needs');

    expect(statusMoves(client.id).slice(1)).toEqual([
      {
        from_status: 'active',
        to_status: 'offboarding',
        changed_at: '2026-11-23T10:00:00.000Z',
        reason: 'offboarding: part ways started',
      },
      { from_status: 'offboarding', to_status: 'former', changed_at: c.completedAt, reason: 'offboarding: part_ways parted' },
    ]);
    expect((await call(app, 'listOffboardingCases', { clientId: client.id, openOnly: true })).length).toBe(0);
  });

  it('lets the owner hand over before payment only with a reason, which is journaled', async () => {
    const { client, achievementIds } = seedDifficultClient(app);
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    const answers = partWaysAnswers(achievementIds);
    for (const [step, values] of answers.slice(0, 4)) c = await call(app, 'saveOffboardingStep', { caseId: c.id, step, values });
    expect((await failure(app, 'overrideOffboardingHold', { caseId: c.id, reason: '  ' })).code).toBe('VALIDATION');
    c = await call(app, 'overrideOffboardingHold', {
      caseId: c.id,
      reason: 'Their site must not go dark; the lawyer handles the debt.',
    });
    expect(c.hold).toBeNull();
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'handover', values: answers[4]![1] });
    expect(c.step).toBe('final_report');
    const override = journalOf(c.id).find((e) => e.summary.includes('overridden'))!;
    expect(override.details).toBe('Their site must not go dark; the lawyer handles the debt.');
  });

  it('refuses jumps ahead, unknown steps, bad answers and a second open case; resumes where it was left', async () => {
    const { client } = seedDifficultClient(app);
    const c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    expect(await failure(app, 'openOffboardingStep', { caseId: c.id, step: 'handover' })).toMatchObject({
      code: 'INVALID_STATE',
      details: { reason: 'jump_ahead' },
    });
    expect((await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'letter', values: {} })).code).toBe('VALIDATION');
    expect((await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'nope', values: {} })).code).toBe('INVALID_STATE');
    const bad = await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'evaluate', values: { reason: ' ', extra: 1 } });
    expect(bad.issues?.map((i) => i.message).sort()).toEqual(['validation.invalid', 'validation.required']);
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'evaluate', values: { reason: 'Too costly' } });
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'messenger', values: { messengerName: 'Ayşe' } });
    // going back and naming the person from the incident anyway: the journal keeps the warning
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'messenger', values: { messengerName: 'can demir' } });
    expect(journalOf(c.id).at(-1)!.details).toContain('Can Demir is named in this client’s incident entries');
    // back to review the first step, then leave: the case resumes on that step with both answers kept
    await call(app, 'openOffboardingStep', { caseId: c.id, step: 'evaluate' });
    const resumed = await call(app, 'getOffboardingCase', { caseId: c.id });
    expect(resumed).toMatchObject({ step: 'evaluate', completed: ['evaluate', 'messenger'] });
    expect(resumed.values['messenger']).toEqual({ messengerName: 'can demir', messengerRole: '' });
    await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'talking_points',
      values: { direct: 'a', decisive: 'b', kind: 'c', transitionPlan: 'd', lastDay: '2026-12-31' },
    });
    expect((await failure(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' })).code).toBe('CONFLICT');
  });

  it('abandoning returns the client to the status they had, with a journaled reason', async () => {
    const { client } = seedDifficultClient(app, { status: 'at_risk' });
    const c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    const done = await call(app, 'abandonOffboardingCase', { caseId: c.id, reason: 'He paid and apologised.' });
    expect(done.status).toBe('abandoned');
    expect((await call(app, 'getClient', { id: client.id })).status).toBe('at_risk');
    expect(journalOf(c.id).at(-1)).toMatchObject({ summary: 'Part ways: case abandoned', details: 'He paid and apologised.' });
    expect((await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'evaluate', values: { reason: 'x' } })).code).toBe(
      'INVALID_STATE',
    );
  });
});

describe('collect payment', () => {
  const reminder = (payBy: string) => ({
    sentOn: '2026-11-23',
    payBy,
    letter: 'Invoice F-2026-017\n\nYou may have forgotten the invoice.',
  });

  it('reminder, stop-work notice after its date, then escalation to parting ways', async () => {
    const { client } = seedDifficultClient(app);
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'collect_payment' });
    expect(c.facts.unpaidMinor).toBe(1_250_000);
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'invoices', values: {} });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'reminder', values: reminder('2026-11-30') });
    expect(await call(app, 'listOffboardingDue')).toEqual([
      {
        caseId: c.id,
        clientId: client.id,
        clientName: 'Mehmet Kaya',
        path: 'collect_payment',
        kind: 'pay_by',
        date: '2026-11-30',
      },
    ]);
    expect(c.hold).toEqual({ code: 'reminder_not_due', overridable: false });
    expect(c.canSkip).toBe(false);
    const stop = { sentOn: '2026-12-01', letter: 'Work is paused\n\nWork resumes promptly once paid.' };
    expect((await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'stop_work', values: stop })).code).toBe(
      'INVALID_STATE',
    );
    app.clock.set('2026-12-01T09:00:00.000Z');
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'stop_work', values: stop });
    expect(
      (await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'paid' } })).details,
    ).toEqual({
      hold: 'still_unpaid',
    });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'escalated' } });
    expect(c).toMatchObject({ status: 'completed', outcome: 'escalated' });
    expect(c.escalatedToCaseId).not.toBeNull();
    const next = await call(app, 'getOffboardingCase', { caseId: c.escalatedToCaseId! });
    expect(next).toMatchObject({ path: 'part_ways', status: 'open', step: 'evaluate' });
    expect((await call(app, 'getClient', { id: client.id })).status).toBe('offboarding');
    // a closed case takes no more payments
    const closed = await failure(app, 'recordOffboardingPayment', {
      caseId: c.id,
      invoiceId: 1,
      amountMinor: 100,
      paidOn: '2026-12-01',
    });
    expect(closed.code).toBe('INVALID_STATE');
    expect(journalOf(c.id).map((e) => e.kind)).toEqual([
      'note',
      'note',
      'payment_reminder',
      'stop_work_notice',
      'resolution',
      'resolution',
    ]);
  });

  it('payment after the reminder skips the stop-work notice and brings an at-risk client back to active', async () => {
    const { client, invoiceId } = seedDifficultClient(app, { status: 'at_risk' });
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'collect_payment' });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'invoices', values: {} });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'reminder', values: reminder('2026-11-30') });
    c = await call(app, 'recordOffboardingPayment', { caseId: c.id, invoiceId, amountMinor: 1_250_000, paidOn: '2026-11-23' });
    expect(c.canSkip).toBe(true);
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'stop_work', values: {}, skip: true });
    expect(c.skipped).toEqual(['stop_work']);
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'paid' } });
    expect(c.outcome).toBe('paid');
    expect((await call(app, 'getClient', { id: client.id })).status).toBe('active');
    expect(statusMoves(client.id).at(-1)).toMatchObject({
      from_status: 'at_risk',
      to_status: 'active',
      reason: 'offboarding: collect_payment paid',
    });
    expect(await call(app, 'listOffboardingDue')).toEqual([]);
  });

  it('escalating while a part-ways case is already open continues that case', async () => {
    const { client } = seedDifficultClient(app);
    const partWays = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'part_ways' });
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'collect_payment' });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'invoices', values: {} });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'reminder', values: reminder('2026-11-20') });
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'stop_work',
      values: { sentOn: '2026-11-23', letter: 'Paused' },
    });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'escalated' } });
    expect(c.escalatedToCaseId).toBe(partWays.id);
    expect((await call(app, 'listOffboardingCases', { clientId: client.id, openOnly: true })).map((x) => x.id)).toEqual([
      partWays.id,
    ]);
  });

  it('refuses a payment larger than what is open', async () => {
    const { client, invoiceId } = seedDifficultClient(app);
    const c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'collect_payment' });
    const e = await failure(app, 'recordOffboardingPayment', {
      caseId: c.id,
      invoiceId,
      amountMinor: 9_999_999,
      paidOn: '2026-11-25',
    });
    expect(e.issues).toEqual([{ path: 'amountMinor', message: 'validation.paymentAmount' }]);
  });
});

describe('reset terms, refer elsewhere, win back', () => {
  it('reset terms: agreed terms bring an at-risk client back to active, and the follow-up is due', async () => {
    const { client } = seedDifficultClient(app, { status: 'at_risk' });
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'reset_terms' });
    const steps: [string, Record<string, unknown>][] = [
      ['concerns', { concerns: 'Calls at night; scope keeps growing.' }],
      ['conversation', { heldOn: '2026-11-23', canDo: 'Weekly updates', cannotDo: 'Weekend calls' }],
      [
        'new_terms',
        {
          price: 900_000,
          scope: 'Site updates',
          responseTime: 'One working day',
          paymentDay: '1st of the month',
          followUpOn: '2027-01-15',
        },
      ],
      ['letter', { letter: 'What we agreed\n\nPrice: ₺9.000,00' }],
      ['outcome', { outcome: 'agreed' }],
    ];
    for (const [step, values] of steps) c = await call(app, 'saveOffboardingStep', { caseId: c.id, step, values });
    expect(c.outcome).toBe('agreed');
    expect((await call(app, 'getClient', { id: client.id })).status).toBe('active');
    expect((await call(app, 'listOffboardingDue')).map((d) => [d.kind, d.date])).toEqual([['follow_up', '2027-01-15']]);
    expect(journalOf(c.id)[3]!.details).toContain('Price: TRY\u00a09,000.00');
    // the hashed record names the fields plainly: the form's hints to the owner stay on screen
    const details = journalOf(c.id).map((e) => e.details);
    expect(details.find((d) => d.includes('What we agreed'))).toMatch(/^Letter:\nWhat we agreed/);
    expect(details.join('\n')).toContain('Payment date: 1st of the month');
    for (const d of details) expect(d).not.toMatch(/edit freely|e\.g\.|before saving/);
  });

  it('no hint to the owner is written into a journal entry, in any language', async () => {
    const { catalogues } = await import('../../src/shared/i18n');
    for (const lang of ['en', 'tr', 'az'] as const) {
      const m = catalogues[lang].offboarding;
      for (const [name, v] of Object.entries(m.recordFields)) {
        expect(v, `${lang} ${name}`).not.toMatch(/[():]|…/);
        expect(Object.keys(m.fields), name).toContain(name);
      }
      // every form label with a hint in it has a plain name for the record
      for (const [name, v] of Object.entries(m.fields as Record<string, string>))
        if (/\(|:/.test(v)) expect(Object.keys(m.recordFields), `${lang} ${name}: ${v}`).toContain(name);
    }
  });

  it('refer elsewhere: a client who declines gets no letter; one who accepts becomes former', async () => {
    const { client } = seedDifficultClient(app);
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'refer_elsewhere' });
    const fit = { referToName: 'Əliyev Dizayn', referToContact: 'info@aliyev.az', whyBetterFit: 'E-commerce specialists' };
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'fit', values: fit });
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'ask',
      values: { askedOn: '2026-11-23', wantsReferral: true },
    });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'letter', values: { letter: 'An introduction\n\nHello' } });
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'referred' } });
    expect((await call(app, 'getClient', { id: client.id })).status).toBe('former');
    expect(
      statusMoves(client.id)
        .slice(-2)
        .map((m) => m.to_status),
    ).toEqual(['offboarding', 'former']);
  });

  it('win back: staying in touch puts the check-in date on the Due list and in the journal (issue 16 item 8)', async () => {
    const { client } = seedDifficultClient(app);
    app.services.clients.setStatus(client.id, 'former', 'cancelled by client');
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'win_back' });
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'review',
      values: { cancelledOn: '2026-11-20', whatWentWrong: 'We missed the launch twice.' },
    });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'call', values: { calledOn: '2026-11-21', reached: false } });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'apology', values: { offer: 'Two months free', letter: 'I am sorry.' } });
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'staying_in_touch', checkInOn: '2027-01-15' } });
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'lessons', values: lessons });
    expect(await call(app, 'listOffboardingDue')).toEqual([
      { caseId: c.id, clientId: client.id, clientName: 'Mehmet Kaya', path: 'win_back', kind: 'follow_up', date: '2027-01-15' },
    ]);
    expect(journalOf(c.id).map((e) => e.details).join('\n')).toContain('Check in again on: ');
  });

  it('win back: shows days since cancellation and records the outcome', async () => {
    const { client } = seedDifficultClient(app);
    app.services.clients.setStatus(client.id, 'former', 'cancelled by client');
    app.clock.set('2026-11-26T10:00:00.000Z');
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'win_back' });
    expect(c.facts.daysSinceCancellation).toBe(3);
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'review',
      values: { cancelledOn: '2026-11-23', whatWentWrong: 'We missed the launch twice.' },
    });
    const sorry = { offer: 'Two months free', letter: 'I am sorry\n\nSorry for the inconvenience.' };
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'call', values: { calledOn: '2026-11-26', reached: true } });
    const refused = await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'apology', values: sorry });
    expect(refused.issues).toEqual([{ path: 'letter', message: 'validation.nonApology' }]);
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'apology', values: { ...sorry, letter: 'I am sorry.' } });
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'won_back' } });
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'lessons', values: lessons });
    expect((await call(app, 'getClient', { id: client.id })).status).toBe('active');
    expect((await call(app, 'listOffboardingCases', {})).map((x) => x.status)).toEqual(['completed']);
  });
});
