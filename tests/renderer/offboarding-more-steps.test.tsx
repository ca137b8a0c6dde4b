// Issue 16 items 5–7 on screen, against the real API over a temp database: win back's call-first
// talking points and the letter that follows the call, the contract step whose terms the letter
// quotes, the lessons learned on the portfolio, and the status update a long complaint fix asks for.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { CasePage } from '../../src/renderer/src/features/offboarding/case-page';
import { LessonsPanel } from '../../src/renderer/src/features/offboarding/lessons-panel';
import { TodayPanel } from '../../src/renderer/src/features/journal/today-panel';
import { formatLongDate } from '../../src/shared/domain/format';
import { renderWithApp } from './render';
import { newClient, type TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

const casePage = (
  <Routes>
    <Route path="/offboarding/cases/:id" element={<CasePage />} />
  </Routes>
);

describe('new offboarding steps on screen (issue 16 items 6–7)', () => {
  it('win back shows the call’s talking points before any letter, and the apology then thanks for the call', async () => {
    let caseId = 0;
    // a fresh database: the case is number 1
    ({ app } = renderWithApp(casePage, {
      app: { now: '2026-12-03T10:00:00.000Z' },
      route: `/offboarding/cases/1`,
      setup: (a) => {
        const client = a.services.clients.create(newClient('Mehmet Kaya', { status: 'former' }));
        caseId = a.services.offboarding.start(client.id, 'win_back').id;
        a.services.offboarding.save(
          caseId,
          'review',
          { cancelledOn: '2026-12-01', whatWentWrong: 'We missed the launch twice.' },
          false,
        );
      },
    }));
    const points = await screen.findByTestId('call-points');
    expect(points.textContent).toContain('Talking points for the call');
    expect(points.textContent).toContain('Apologise, as the owner: “I am sorry.”');
    expect(points.textContent).toContain('take responsibility, without blaming anyone: We missed the launch twice.');
    // no letter on this step: the call comes first
    expect(screen.queryByLabelText(/^Letter/)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const letter = (await screen.findByLabelText(/^Letter/)) as HTMLTextAreaElement;
    expect(letter.value).toContain(`Thank you for speaking with me on ${formatLongDate('2026-12-03', 'en')}.`);
    expect(app.services.offboarding.get(caseId).values['call']).toMatchObject({ calledOn: '2026-12-03', reached: true });
  });

  it('the contract step takes the terms, and the letter quotes them one per line', async () => {
    let caseId = 0;
    ({ app } = renderWithApp(casePage, {
      route: '/offboarding/cases/2',
      setup: (a) => {
        const client = a.services.clients.create(newClient('Mehmet Kaya'));
        // an earlier agreement of "Reset terms": its terms can fill the contract step
        const reset = a.services.offboarding.start(client.id, 'reset_terms').id;
        const steps: [string, Record<string, unknown>][] = [
          ['concerns', { concerns: 'Too many calls' }],
          ['conversation', { heldOn: '2026-10-01', canDo: 'Weekday support', cannotDo: 'Weekend calls' }],
          [
            'new_terms',
            {
              price: 90_000,
              scope: 'Website updates',
              responseTime: 'Within one working day',
              paymentDay: 'The 1st',
              followUpOn: '2026-10-15',
            },
          ],
          ['letter', { letter: 'What we agreed\n\nDear Mehmet' }],
          ['outcome', { outcome: 'agreed' }],
        ];
        for (const [step, values] of steps) a.services.offboarding.save(reset, step, values, false);
        caseId = a.services.offboarding.start(client.id, 'impossible_demands').id;
        a.services.offboarding.save(
          caseId,
          'demands',
          { demands: 'calls at weekends', whyImpossible: 'we work weekdays' },
          false,
        );
      },
    }));
    expect(await screen.findByText(/Quote the terms as the contract states them/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^The contract \(its name/), { target: { value: 'the service agreement' } });
    fireEvent.click(await screen.findByRole('button', { name: /^Use the terms agreed on/ }));
    const terms = screen.getByLabelText(/^The terms that apply/) as HTMLTextAreaElement;
    expect(terms.value.replace(/\u00a0/g, ' ')).toBe(
      'Price: TRY 900.00\nScope: Website updates\nResponse times: Within one working day\nPayment date: The 1st',
    );
    fireEvent.change(terms, { target: { value: 'two rounds of revisions\n- replies within one working day' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const letter = (await screen.findByLabelText(/^Letter/)) as HTMLTextAreaElement;
    expect(letter.value).toContain('Our agreement (the service agreement) sets out what we do:');
    expect(letter.value).toContain('• Two rounds of revisions\n• Replies within one working day');
    expect(letter.value).toContain('Lately we have been asked for the following: Calls at weekends.');
    expect(app.services.offboarding.get(caseId).values['contract']).toMatchObject({ contractName: 'the service agreement' });
  });

  it('the portfolio lists what lost clients taught', async () => {
    ({ app } = renderWithApp(<LessonsPanel />, {
      setup: (a) => {
        const client = a.services.clients.create(newClient('Leyla Əliyeva', { status: 'former' }));
        const id = a.services.offboarding.start(client.id, 'win_back').id;
        const steps: [string, Record<string, unknown>][] = [
          ['review', { cancelledOn: '2026-11-01', whatWentWrong: 'Late.' }],
          ['call', { calledOn: '2026-11-02', reached: false }],
          ['apology', { offer: 'A month free', letter: 'I am sorry.' }],
          ['outcome', { outcome: 'closed' }],
          [
            'lessons',
            { rootCause: 'No buffer in the plan.', whatWeChange: 'A week of buffer.', earlySigns: 'Two slipped dates.' },
          ],
        ];
        for (const [step, values] of steps) a.services.offboarding.save(id, step, values, false);
      },
    }));
    const lesson = await screen.findByTestId('lesson');
    expect(lesson.textContent).toContain('Leyla Əliyeva');
    expect(lesson.textContent).toContain('Closed');
    expect(lesson.textContent).toContain('Where it started: No buffer in the plan.');
    expect(lesson.textContent).toContain('What changes: A week of buffer.');
    expect(lesson.textContent).toContain('Early signs: Two slipped dates.');
  });
});

describe('a status update during a long complaint fix (issue 16 item 5)', () => {
  it('Today asks for it; the drafted letter is saved to the journal and the reminder goes away', async () => {
    let complaintId = 0;
    ({ app } = renderWithApp(<TodayPanel />, {
      app: { now: '2026-11-25T10:00:00.000Z' },
      setup: (a) => {
        const client = a.services.clients.create(newClient('Mehmet Kaya'));
        complaintId = a.services.journal.add({
          clientId: client.id,
          kind: 'complaint',
          channel: 'email',
          summary: 'The April order arrived damaged',
          occurredAt: '2026-11-20T09:00:00.000Z',
          severity: 'high',
        }).id;
      },
    }));
    const updates = await screen.findByTestId('today-updates');
    expect(updates.textContent).toContain('Status updates due');
    fireEvent.click(within(updates).getByRole('button', { name: /The April order arrived damaged/ }));
    fireEvent.change(await screen.findByLabelText('What you have done so far'), { target: { value: 'we sent a replacement' } });
    fireEvent.change(screen.getByLabelText('What happens next'), { target: { value: 'the courier collects the broken parts' } });
    const letter = screen.getByLabelText(/^Letter/) as HTMLTextAreaElement;
    expect(letter.value).toContain('Your complaint of 20 November 2026: where we are now');
    expect(letter.value).toContain('What we have done so far: We sent a replacement.');
    expect(letter.value).toContain('I will write to you again as soon as there is news.');
    expect(letter.value).not.toMatch(/\{\{/);
    fireEvent.click(screen.getByRole('button', { name: 'Save as sent' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('today-panel')).queryByTestId('today-updates')?.textContent ?? '').not.toContain(
        'The April order',
      ),
    );
    const [entry] = app.services.journal.reader.select('e.refers_to_id = ?', [complaintId]);
    expect(entry).toMatchObject({ kind: 'follow_up', summary: 'Status update sent: The April order arrived damaged' });
    expect(entry!.details).toContain('What happens next: The courier collects the broken parts.');
  });
});
