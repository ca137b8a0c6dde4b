// Issue 16 items 6 and 7, over the real API and a real temp database: the silent client's
// "your silence delays the project" path, the demands-beyond-the-contract path that quotes the
// contract's terms (kept in the case, no migration), and win back's call-first and lessons steps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/shared/domain/format';
import { letterText, renderLetter } from '../../src/shared/domain/letters/render';
import { createTempApp, type TempApp } from '../helpers/temp-db';
import { call, failure, seedDifficultClient } from '../helpers/offboarding-fixtures';
import { pdfText } from '../helpers/report-fixtures';

let app: TempApp;
beforeEach(() => {
  app = createTempApp({ now: '2026-12-03T10:00:00.000Z', deps: { timeZone: 'UTC' } });
});
afterEach(() => app.close());

const journalOf = (caseId: number) =>
  app.database.sqlite
    .prepare<[number], { kind: string; channel: string; summary: string; details: string }>(
      'SELECT kind, channel, summary, details FROM journal_entries WHERE case_id = ? ORDER BY seq',
    )
    .all(caseId);
const statusOf = async (id: number) => (await call(app, 'getClient', { id })).status;

describe('silence delays the work (issue 16 item 6)', () => {
  it('records what is waited for, sends the letter, puts the reply-by date on the Due list, and a silent client is at risk', async () => {
    const { client } = seedDifficultClient(app);
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'silence_delays' });
    expect(c.step).toBe('waiting');
    const waiting = {
      waitingFor: 'the approved texts for the home page',
      requestedOn: '2026-11-10',
      blockedWork: 'the launch of the new site',
      delayImpact: 'the launch moves by a week for every week we wait',
    };
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'waiting', values: waiting });
    const letter = letterText(
      renderLetter('silence_delays', 'en', {
        clientName: c.clientName,
        ownerName: 'Ayşe Yılmaz',
        businessName: 'Atölye Studio',
        date: formatLongDate(c.facts.today, 'en'),
        waitingFor: waiting.waitingFor,
        askedOn: formatLongDate(waiting.requestedOn, 'en'),
        blockedWork: waiting.blockedWork,
        delayImpact: waiting.delayImpact,
        replyBy: formatLongDate('2026-12-10', 'en'),
      }),
    );
    expect(letter).toContain('• What we need from you: the approved texts for the home page');
    expect(letter).toContain('also delays the project: The launch moves by a week for every week we wait.');
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'letter',
      values: { sentOn: '2026-12-03', replyBy: '2026-12-10', letter },
    });
    expect(await call(app, 'listOffboardingDue')).toEqual([
      {
        caseId: c.id,
        clientId: client.id,
        clientName: 'Mehmet Kaya',
        path: 'silence_delays',
        kind: 'follow_up',
        date: '2026-12-10',
      },
    ]);
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'still_silent' } });
    expect(c).toMatchObject({ status: 'completed', outcome: 'still_silent' });
    expect(await statusOf(client.id)).toBe('at_risk');
    expect(await call(app, 'listOffboardingDue')).toEqual([]);
    const journal = journalOf(c.id);
    expect(journal.map((e) => e.summary)).toEqual([
      'Silence delays the work: case started',
      'Silence delays the work: What you are waiting for',
      'Silence delays the work: Letter: your silence delays the project',
      'Silence delays the work: Outcome',
      'Silence delays the work: completed, Still no reply',
    ]);
    expect(journal[1]!.details).toContain('Waiting for:\nthe approved texts for the home page');
    expect(journal[2]).toMatchObject({ kind: 'email', channel: 'email' });
    expect(journal[2]!.details).toContain(letter);
  });

  it('a reply brings an at-risk client back to active', async () => {
    const { client } = seedDifficultClient(app, { status: 'at_risk' });
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'silence_delays' });
    const missing = await failure(app, 'saveOffboardingStep', { caseId: c.id, step: 'waiting', values: { waitingFor: 'texts' } });
    expect(missing.issues?.map((i) => i.path).sort()).toEqual(['blockedWork', 'requestedOn']);
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'waiting',
      values: { waitingFor: 'texts', requestedOn: '2026-11-10', blockedWork: 'launch' },
    });
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'letter',
      values: { sentOn: '2026-12-03', letter: 'Hello\n\nWe need texts.' },
    });
    await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'responded' } });
    expect(await statusOf(client.id)).toBe('active');
  });
});

describe('demands beyond the contract (issue 16 item 6)', () => {
  const contract = {
    contractName: 'the service agreement',
    contractDate: '2026-03-01',
    contractTerms: 'Two rounds of revisions per deliverable\n- A monthly report on the first working day',
  };

  it('keeps the contract’s terms with the case, quotes them in the letter and its PDF, and walking away opens a part-ways case', async () => {
    const { client } = seedDifficultClient(app);
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'impossible_demands' });
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'demands',
      values: { demands: 'daily reports and calls at weekends', whyImpossible: 'the team would spend its week reporting' },
    });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'contract', values: contract });
    // stored in the case's data: the same terms come back with the case
    expect(c.values['contract']).toEqual(contract);
    const row = app.database.sqlite
      .prepare<[number], { data: string }>('SELECT data FROM offboarding_cases WHERE id = ?')
      .get(c.id)!;
    expect(JSON.parse(row.data).values.contract.contractTerms).toBe(contract.contractTerms);

    const letter = letterText(
      renderLetter('impossible_demands', 'en', {
        clientName: c.clientName,
        ownerName: 'Ayşe Yılmaz',
        businessName: 'Atölye Studio',
        date: formatLongDate(c.facts.today, 'en'),
        demands: 'daily reports and calls at weekends',
        whyImpossible: 'the team would spend its week reporting',
        contractName: contract.contractName,
        contractDate: formatLongDate(contract.contractDate, 'en'),
        contractTerms: contract.contractTerms,
      }),
    );
    expect(letter).toContain(
      'Our agreement (the service agreement, signed on 1 March 2026) sets out what we do:\n\n• Two rounds of revisions per deliverable\n• A monthly report on the first working day\n\n',
    );
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'letter', values: { letter } });

    const path = join(app.dir, 'letters.pdf');
    app.dialogs.queue.save.push(path);
    expect(await call(app, 'exportOffboardingPdf', { caseId: c.id, document: 'letters' })).toMatchObject({
      status: 'saved',
      pages: 1,
    });
    const text = await pdfText(readFileSync(path));
    expect(text).toContain('Two rounds of revisions per deliverable');
    expect(text).toContain('Our agreement, and what it covers');
    expect(text).not.toContain('Letter with the terms');

    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'walk_away' } });
    expect(c).toMatchObject({ status: 'completed', outcome: 'walk_away' });
    expect(c.escalatedToCaseId).toEqual(expect.any(Number));
    const partWays = await call(app, 'getOffboardingCase', { caseId: c.escalatedToCaseId! });
    expect(partWays).toMatchObject({ path: 'part_ways', status: 'open', clientId: client.id });
    expect(await statusOf(client.id)).toBe('offboarding');
  }, 240_000);

  it('refuses a contract step without the terms', async () => {
    const { client } = seedDifficultClient(app);
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'impossible_demands' });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'demands', values: { demands: 'x', whyImpossible: 'y' } });
    const refused = await failure(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'contract',
      values: { contractName: 'Agreement', contractTerms: '  ' },
    });
    expect(refused.issues).toEqual([{ path: 'contractTerms', message: 'validation.required' }]);
  });
});

describe('win back: call first, then the lessons learned (issue 16 item 7)', () => {
  it('the call comes before the apology letter, and the lessons are kept and listed for the portfolio', async () => {
    const { client } = seedDifficultClient(app);
    app.services.clients.setStatus(client.id, 'former', 'cancelled by client');
    let c = await call(app, 'startOffboardingCase', { clientId: client.id, path: 'win_back' });
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'review',
      values: { cancelledOn: '2026-12-01', whatWentWrong: 'We missed the launch twice.' },
    });
    expect(c.step).toBe('call');
    // no letter before the call
    const early = await failure(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'apology',
      values: { offer: 'Two months free', letter: 'I am sorry.' },
    });
    expect(early).toMatchObject({ code: 'INVALID_STATE', details: { reason: 'jump_ahead' } });
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'call',
      values: {
        calledOn: '2026-12-02',
        reached: true,
        whatTheySaid: 'Still upset about the launch',
        whatWouldMakeItRight: 'A fixed date',
      },
    });
    expect(c.step).toBe('apology');
    c = await call(app, 'saveOffboardingStep', {
      caseId: c.id,
      step: 'apology',
      values: { offer: 'Two months free', letter: 'I am sorry.' },
    });
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'outcome', values: { outcome: 'closed' } });
    expect(c).toMatchObject({ status: 'open', step: 'lessons' });
    expect(await call(app, 'listLessonsLearned')).toEqual([]);
    const lessons = {
      rootCause: 'Launch dates set without buffer.',
      whatWeChange: 'Every launch gets a week of buffer.',
      earlySigns: '',
    };
    c = await call(app, 'saveOffboardingStep', { caseId: c.id, step: 'lessons', values: lessons });
    expect(c).toMatchObject({ status: 'completed', outcome: 'closed' });

    const journal = journalOf(c.id);
    const callEntry = journal.find((e) => e.summary === 'Win back: Call first')!;
    expect(callEntry).toMatchObject({ kind: 'call', channel: 'phone' });
    expect(callEntry.details).toContain('You reached them: Yes');
    expect(journal.find((e) => e.summary === 'Win back: Lessons learned')!.details).toContain(
      'What changes:\nEvery launch gets a week of buffer.',
    );
    expect(await call(app, 'listLessonsLearned')).toEqual([
      {
        caseId: c.id,
        clientId: client.id,
        clientName: 'Mehmet Kaya',
        outcome: 'closed',
        completedAt: c.completedAt,
        rootCause: 'Launch dates set without buffer.',
        whatWeChange: 'Every launch gets a week of buffer.',
        earlySigns: '',
      },
    ]);
  });

  it('the apology thanks for the call only when the owner reached them', () => {
    const base = {
      clientName: 'Mehmet Kaya',
      ownerName: 'Ayşe',
      businessName: 'Atölye',
      date: '3 December 2026',
      whatWentWrong: 'x',
      offer: 'y',
    };
    expect(renderLetter('win_back_apology', 'en', { ...base, calledOn: '2 December 2026' }).body).toContain(
      'Thank you for speaking with me on 2 December 2026. I am writing to you personally',
    );
    expect(renderLetter('win_back_apology', 'en', base).body).toContain('Dear Mehmet Kaya,\n\nI am writing to you personally');
  });
});
