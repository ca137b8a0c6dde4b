import type { PathSpec } from './types';

/**
 * Writing to a client who cancelled (DOMAIN.md §4): fast, from the owner — better, call first —
 * with an olive branch; then what the loss taught, kept and shown on the portfolio.
 */
export const winBack: PathSpec = {
  path: 'win_back',
  outcomes: ['won_back', 'staying_in_touch', 'closed'],
  steps: [
    {
      id: 'review',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'cancelledOn', type: 'date', required: true },
        { name: 'whatWentWrong', type: 'text', required: true },
        { name: 'timelineNotes', type: 'text' },
      ],
    },
    {
      // "Apologise… better, call": the talking points are shown before any letter is written
      id: 'call',
      journalKind: 'call',
      channel: 'phone',
      fields: [
        { name: 'calledOn', type: 'date', required: true },
        { name: 'reached', type: 'yesno', required: true },
        { name: 'whatTheySaid', type: 'text' },
        { name: 'whatWouldMakeItRight', type: 'text' },
      ],
    },
    {
      id: 'apology',
      journalKind: 'email',
      channel: 'letter',
      fields: [
        { name: 'offer', type: 'text', required: true },
        { name: 'letter', type: 'letter', letter: 'win_back_apology', required: true },
      ],
    },
    {
      id: 'outcome',
      journalKind: 'resolution',
      channel: 'other',
      fields: [
        { name: 'outcome', type: 'choice', options: ['won_back', 'staying_in_touch', 'closed'], required: true },
        // staying in touch: the day to check in again, which the Due list (and the calendar) shows
        { name: 'checkInOn', type: 'date' },
        { name: 'note', type: 'text' },
      ],
    },
    {
      // whatever the outcome: where it really started and what changes, listed on the portfolio
      id: 'lessons',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'rootCause', type: 'text', required: true },
        { name: 'whatWeChange', type: 'text', required: true },
        { name: 'earlySigns', type: 'text' },
      ],
    },
  ],
  outcomeOf: (v) => String(v['outcome']?.['outcome'] ?? ''),
};
