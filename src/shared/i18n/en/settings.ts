export const settings = {
  setup: {
    title: 'Welcome to Client Dossier',
    intro: 'Tell us about your business. Everything stays on this computer, in one file you own.',
    submit: 'Start',
  },
  title: 'Settings',
  profileSection: 'Business and owner',
  capacitySection: 'Capacity cost',
  capacityHelp:
    'What one hour of your business costs: monthly cost of people and overhead divided by practical hours (paid hours × practical share). Used to cost the time each client takes.',
  fields: {
    businessName: 'Business name',
    ownerName: "Owner's name",
    ownerTitle: "Owner's title",
    ownerTitleHint: 'Used to sign letters, e.g. Founder',
    currency: 'Currency',
    language: 'Language',
    monthlyCapacityCost: 'Monthly cost of people and overhead',
    paidHoursPerMonth: 'Paid hours per month',
    practicalCapacityPct: 'Practical share of paid hours (%)',
    practicalCapacityHint: 'Usually 80–85%: breaks, admin and training take the rest.',
    timeZone: 'Time zone',
    timeZoneHint: 'Working hours, calendar days and “today” are counted on this clock.',
  },
  hourlyRate: 'Hourly cost rate',
  hourlyRateExplain: '{{cost}} ÷ ({{hours}} h × {{pct}}) = {{rate}} per hour',
  saved: 'Settings saved.',
};
