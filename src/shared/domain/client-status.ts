export const clientStatuses = ['prospect', 'active', 'at_risk', 'offboarding', 'former'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export const paymentTermsKinds = ['days', 'day_of_month'] as const;
export type PaymentTermsKind = (typeof paymentTermsKinds)[number];
