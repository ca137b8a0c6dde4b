import type { PathSpec } from './types';

/**
 * The controlling client (DOMAIN.md §3, 004): explain that their demands make the agreed work
 * impossible, with the contract's terms; if they won't listen, walk away (a part-ways case).
 * The terms are typed (or pasted) in the wizard and kept with the case.
 */
export const impossibleDemands: PathSpec = {
  path: 'impossible_demands',
  outcomes: ['accepted', 'walk_away'],
  steps: [
    {
      id: 'demands',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'demands', type: 'text', required: true },
        { name: 'whyImpossible', type: 'text', required: true },
        { name: 'examples', type: 'text' },
      ],
    },
    {
      id: 'contract',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'contractName', type: 'line', required: true },
        { name: 'contractDate', type: 'date' },
        { name: 'contractTerms', type: 'text', required: true },
      ],
    },
    {
      id: 'letter',
      journalKind: 'email',
      channel: 'email',
      fields: [{ name: 'letter', type: 'letter', letter: 'impossible_demands', required: true }],
    },
    {
      id: 'outcome',
      journalKind: 'resolution',
      channel: 'other',
      fields: [
        { name: 'outcome', type: 'choice', options: ['accepted', 'walk_away'], required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
  outcomeOf: (v) => String(v['outcome']?.['outcome'] ?? ''),
};
