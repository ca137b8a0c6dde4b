export const portfolio = {
  title: 'Portfolio',
  window_one: 'Trailing {{months}} month, to {{to}}',
  window_other: 'Trailing {{months}} months, to {{to}}',
  empty: 'Add clients and their invoices to see who earns you money, who costs you, and what needs attention.',
  totals: {
    revenue: 'Revenue',
    cost: 'Cost to serve',
    margin: 'Total client margin',
    notProfit:
      'The total client margin is not profit: it leaves out the paid hours no client is costed for, and overheads beyond your capacity cost.',
  },
  capacity: {
    title: 'Paid capacity and the time it covers',
    covered:
      'Clients’ time covers {{assigned}} of {{paid}} paid practical hours ({{share}}): {{logged}} h logged in the journal, {{delivery}} h of delivery estimates.',
    noHours: 'No paid hours in your profile, so no capacity to compare with.',
    unassigned: 'Unassigned: {{hours}} h, costing {{cost}}, which no client’s margin carries.',
    afterUnassigned: 'Total client margin less unassigned capacity: {{amount}}.',
    help: 'Record delivery work on each client’s Value tab (hours a month) so that their cost to serve includes it.',
  },
  showTable: 'Show as table',
  showChart: 'Show as chart',
  whale: {
    title: 'Whale curve',
    help: 'Cumulative margin with clients ranked from most to least profitable: where the curve falls, clients cost you.',
    rank: 'Rank',
    client: 'Client',
    margin: 'Margin',
    cumulative: 'Cumulative margin',
  },
  scatter: {
    title: 'Revenue vs cost to serve',
    help: 'Each dot is a client; above the line they cost more than they pay. Click a dot to open the client.',
    revenue: 'Revenue',
    cost: 'Cost to serve',
  },
  ageing: {
    title: 'Receivables ageing',
    bucket: 'Days past due',
    amount: 'Amount',
    buckets: { current: 'Not yet due', d1_30: '1–30', d31_60: '31–60', d61_90: '61–90', d90_plus: 'Over 90' },
  },
  health: { title: 'Health distribution', band: 'Band', clients: 'Clients' },
  atRisk: {
    title: 'Most at risk',
    none: 'No client is amber or red.',
    client: 'Client',
    health: 'Health',
    margin: 'Margin',
    action: 'Recommendation',
    overdue: 'Overdue',
  },
};
