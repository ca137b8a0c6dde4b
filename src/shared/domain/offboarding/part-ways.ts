import { handoverItems, type PathSpec } from './types';

/** Letting go gracefully (DOMAIN.md §3.4 and "Letting go"). */
export const partWays: PathSpec = {
  path: 'part_ways',
  outcomes: ['parted'],
  steps: [
    {
      id: 'evaluate',
      journalKind: 'note',
      channel: 'other',
      fields: [{ name: 'reason', type: 'text', required: true }],
    },
    {
      id: 'messenger',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'messengerName', type: 'line', required: true },
        { name: 'messengerRole', type: 'line' },
      ],
    },
    {
      id: 'talking_points',
      journalKind: 'meeting',
      channel: 'in_person',
      fields: [
        { name: 'direct', type: 'text', required: true },
        { name: 'decisive', type: 'text', required: true },
        { name: 'kind', type: 'text', required: true },
        { name: 'transitionPlan', type: 'text', required: true },
        { name: 'lastDay', type: 'date', required: true },
      ],
    },
    {
      id: 'finances',
      journalKind: 'note',
      channel: 'other',
      fields: [{ name: 'note', type: 'text' }],
    },
    {
      id: 'handover',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'checklist', type: 'checklist', items: handoverItems },
        { name: 'clientConfirmed', type: 'yesno' },
        { name: 'confirmedOn', type: 'date' },
      ],
    },
    {
      id: 'final_report',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'achievementEntries', type: 'picks' },
        { name: 'achievements', type: 'text' },
        { name: 'deliverables', type: 'text', required: true },
        { name: 'openItems', type: 'text' },
      ],
    },
    {
      id: 'letter',
      journalKind: 'email',
      channel: 'letter',
      fields: [{ name: 'letter', type: 'letter', letter: 'termination', required: true }],
    },
    {
      id: 'close',
      journalKind: 'resolution',
      channel: 'other',
      fields: [{ name: 'note', type: 'text' }],
    },
  ],
  // Access is handed over once payments are current, unless the owner overrides with a reason.
  hold: (step, _v, facts) =>
    step === 'handover' && facts.unpaidCount > 0 && !facts.hasOverride ? { code: 'unpaid_invoices', overridable: true } : null,
  outcomeOf: () => 'parted',
};
