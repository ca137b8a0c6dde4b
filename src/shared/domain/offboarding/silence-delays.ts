import type { PathSpec } from './types';

/**
 * The unresponsive client (DOMAIN.md §3, 004): tell them at each step that you cannot move
 * forward without timely communication, and that delays on their side delay the project.
 */
export const silenceDelays: PathSpec = {
  path: 'silence_delays',
  outcomes: ['responded', 'still_silent'],
  steps: [
    {
      id: 'waiting',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'waitingFor', type: 'text', required: true },
        { name: 'requestedOn', type: 'date', required: true },
        { name: 'blockedWork', type: 'text', required: true },
        { name: 'delayImpact', type: 'text' },
      ],
    },
    {
      id: 'letter',
      journalKind: 'email',
      channel: 'email',
      fields: [
        { name: 'sentOn', type: 'date', required: true },
        // the day you need their answer by: on the Due list (and in the calendar) while the case is open
        { name: 'replyBy', type: 'date' },
        { name: 'letter', type: 'letter', letter: 'silence_delays', required: true },
      ],
    },
    {
      id: 'outcome',
      journalKind: 'resolution',
      channel: 'other',
      fields: [
        { name: 'outcome', type: 'choice', options: ['responded', 'still_silent'], required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
  outcomeOf: (v) => String(v['outcome']?.['outcome'] ?? ''),
};
