import type { PathSpec } from './types';

/** Help them find a better fit (DOMAIN.md §3.3) — only if they want the referral. */
export const referElsewhere: PathSpec = {
  path: 'refer_elsewhere',
  outcomes: ['referred', 'declined'],
  steps: [
    {
      id: 'fit',
      journalKind: 'note',
      channel: 'other',
      fields: [
        { name: 'referToName', type: 'line', required: true },
        { name: 'referToContact', type: 'line', required: true },
        { name: 'whyBetterFit', type: 'text', required: true },
      ],
    },
    {
      id: 'ask',
      journalKind: 'call',
      channel: 'phone',
      fields: [
        { name: 'askedOn', type: 'date', required: true },
        { name: 'wantsReferral', type: 'yesno', required: true },
        { name: 'note', type: 'text' },
      ],
    },
    {
      id: 'letter',
      journalKind: 'email',
      channel: 'email',
      fields: [{ name: 'letter', type: 'letter', letter: 'referral', required: true }],
    },
    {
      id: 'outcome',
      journalKind: 'resolution',
      channel: 'other',
      fields: [
        { name: 'outcome', type: 'choice', options: ['referred', 'declined'], required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
  // Ask first: no referral letter to a client who did not want one.
  hold: (step, v) => {
    const wants = v['ask']?.['wantsReferral'] === true;
    if (!wants && (step === 'letter' || (step === 'outcome' && v['outcome']?.['outcome'] === 'referred'))) {
      return { code: 'referral_not_wanted', overridable: false };
    }
    return null;
  },
  canSkip: (step, v) => step === 'letter' && v['ask']?.['wantsReferral'] === false,
  outcomeOf: (v) => String(v['outcome']?.['outcome'] ?? ''),
};
