import type { PathSpec } from './types';

/** The real conversation (DOMAIN.md §3.2): concerns, what you can and cannot do, new terms. */
export const resetTerms: PathSpec = {
  path: 'reset_terms',
  outcomes: ['agreed', 'not_agreed'],
  steps: [
    {
      id: 'concerns',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'concerns', type: 'text', required: true },
        { name: 'examples', type: 'text' },
      ],
    },
    {
      id: 'conversation',
      journalKind: 'meeting',
      channel: 'in_person',
      fields: [
        { name: 'heldOn', type: 'date', required: true },
        { name: 'canDo', type: 'text', required: true },
        { name: 'cannotDo', type: 'text', required: true },
        { name: 'clientView', type: 'text' },
      ],
    },
    {
      id: 'new_terms',
      journalKind: 'scope_change',
      channel: 'other',
      fields: [
        { name: 'price', type: 'money', required: true },
        { name: 'scope', type: 'text', required: true },
        { name: 'responseTime', type: 'line', required: true },
        { name: 'paymentDay', type: 'line', required: true },
        { name: 'followUpOn', type: 'date', required: true },
      ],
    },
    {
      id: 'letter',
      journalKind: 'email',
      channel: 'email',
      fields: [{ name: 'letter', type: 'letter', letter: 'reset_terms_summary', required: true }],
    },
    {
      id: 'outcome',
      journalKind: 'resolution',
      channel: 'other',
      fields: [
        { name: 'outcome', type: 'choice', options: ['agreed', 'not_agreed'], required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
  outcomeOf: (v) => String(v['outcome']?.['outcome'] ?? ''),
};
