export const shell = {
  dashboard: {
    title: 'Dashboard',
    empty: 'Your portfolio at a glance will appear here: who earns you money, who costs you, and what needs attention today.',
    clientsCount: 'Clients',
    activeCount: 'Active',
    atRiskCount: 'At risk',
  },
  journal: {
    title: 'Journal',
    empty:
      'The interaction journal will appear here: calls, complaints and incidents, recorded so that a lawyer can rely on them.',
  },
  offboarding: {
    title: 'Offboarding',
    empty:
      'Step-by-step paths to reset terms, refer a client elsewhere, collect payment, part ways or win a client back will appear here.',
  },
  notFound: 'This page does not exist.',
};
