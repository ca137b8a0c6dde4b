// Versioned records of a team (src/main/team/sync/records.ts): conflicts and refused changes.
export const teamRecords = {
  entity: { client: 'Client', invoice: 'Invoice', payment: 'Payment', setting: 'Setting', case: 'Offboarding case' },
  conflict: {
    title: 'Changed here and on the team server',
    intro:
      '{{author}} changed this record while you were changing it too. Nothing was overwritten: choose which version to keep.',
    mine: 'Your version',
    theirs: 'Their version',
    keepMine: 'Keep mine',
    keepTheirs: 'Take theirs',
  },
  refused: {
    title: 'Not accepted by the team server',
    forbidden: 'Your role in the team may not make this change. It is kept on this computer; ask the owner.',
    invalid: 'The team server refused this change as invalid. It is kept on this computer.',
    duplicate: 'Someone in the team already uses this number. Change it here and sync again.',
    hidden: 'The team server no longer shows you this record. Your change is kept on this computer.',
    failed: 'The team server could not take this change. It is kept on this computer and will be tried again.',
  },
};
