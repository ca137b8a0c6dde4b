import type { PathSpec } from './types';

/**
 * "Keep working, I'll pay you eventually" (DOMAIN.md §3): a polite reminder that lets them
 * save face; once its date has passed and it is still unpaid, a stop-work notice.
 */
export const collectPayment: PathSpec = {
  path: 'collect_payment',
  outcomes: ['paid', 'escalated'],
  steps: [
    {
      id: 'invoices',
      journalKind: 'note',
      channel: 'other',
      fields: [{ name: 'note', type: 'text' }],
    },
    {
      id: 'reminder',
      journalKind: 'payment_reminder',
      channel: 'email',
      fields: [
        { name: 'sentOn', type: 'date', required: true },
        { name: 'payBy', type: 'date', required: true },
        { name: 'letter', type: 'letter', letter: 'payment_reminder', required: true },
      ],
    },
    {
      id: 'stop_work',
      journalKind: 'stop_work_notice',
      channel: 'email',
      fields: [
        { name: 'sentOn', type: 'date', required: true },
        { name: 'letter', type: 'letter', letter: 'stop_work_notice', required: true },
      ],
    },
    {
      id: 'outcome',
      journalKind: 'resolution',
      channel: 'other',
      fields: [
        { name: 'outcome', type: 'choice', options: ['paid', 'escalated'], required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
  hold: (step, v, facts) => {
    const payBy = v['reminder']?.['payBy'];
    if (step === 'stop_work' && typeof payBy === 'string' && facts.today <= payBy) {
      return { code: 'reminder_not_due', overridable: false };
    }
    if (step === 'outcome' && v['outcome']?.['outcome'] === 'paid' && facts.unpaidCount > 0) {
      return { code: 'still_unpaid', overridable: false };
    }
    return null;
  },
  // Paid after the reminder: no stop-work notice is needed.
  canSkip: (step, _v, facts) => step === 'stop_work' && facts.unpaidCount === 0,
  outcomeOf: (v) => String(v['outcome']?.['outcome'] ?? ''),
};
