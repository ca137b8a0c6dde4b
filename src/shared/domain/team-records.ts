// Versioned records of a team replica (issue 18.4): which settings the team shares, and how an
// open conflict is described to the person (the Team screen renders TeamConflict).

/**
 * Settings keys that belong to the business, shared by the whole team: pushed to and pulled from
 * the team server. Every other key belongs to this computer and never leaves it: the app lock
 * (appLock, appLockIdleMinutes, appLockFailures), the journal receipts made here and their
 * timestamp queue and authority (journalReceipts, timestampQueue, timestampAuthority), and every
 * `team.*` key (the replica itself, watermarks, pending uids, refusals). A new key is local until
 * it is added here.
 */
export const teamWideSettingKeys = [
  /** business name, owner, currency, language of documents, capacity cost */
  'profile',
  /** the value calculator's thresholds and rates */
  'valuation',
  /** minutes per activity, the catalogue the valuation prices time with */
  'activityCatalogue',
  /** hours of delivery per client */
  'deliveryHours',
  /** the business's conversion rates between currencies */
  'conversionRates',
] as const;
export type TeamWideSettingKey = (typeof teamWideSettingKeys)[number];

/**
 * Fields of a team-wide setting that stay each person's own: the profile's language is the app's
 * language on this computer (and its documents'), its time zone this person's clock. They travel
 * with the document but a pulled document never replaces them here, and a difference in them
 * alone is no conflict.
 */
export const personalSettingFields: Partial<Record<TeamWideSettingKey, readonly string[]>> = {
  profile: ['language', 'timeZone'],
};

export const isTeamWideSetting = (key: string): key is TeamWideSettingKey =>
  (teamWideSettingKeys as readonly string[]).includes(key);

/** The records that carry a version on the team server. */
export type TeamRecordEntity = 'client' | 'invoice' | 'payment' | 'setting' | 'case';

/** One field that differs between this app's values and the server's. */
export interface TeamConflictField {
  /** the field's name as the app's types spell it (phone, paymentTermsValue, amountMinor…); for a setting, a field of its JSON document (profile: businessName…) */
  field: string;
  mine: unknown;
  theirs: unknown;
}

/** An open conflict: the same record changed here and on the server since the last sync. */
export interface TeamConflict {
  id: number;
  entity: TeamRecordEntity;
  /** the record's id here (null for a setting) */
  entityId: number | null;
  /** a setting's key (null otherwise) */
  entityKey: string | null;
  /** what the person recognises: the client's name, the invoice's number, the setting's key… */
  label: string;
  /** the client the record belongs to, when it belongs to one */
  clientId: number | null;
  /** only the fields that differ */
  fields: TeamConflictField[];
  /** the server's version this app's change was made on (null: created on both sides) */
  baseVersion: number | null;
  theirVersion: number;
  /** the login role that made the server's version, and their name when the team's people are known */
  theirAuthor: string;
  theirAuthorName: string | null;
  detectedAt: string;
}

/** A change this app could not push, kept until a push succeeds (shown on the Team screen). */
export interface TeamRecordRefusal {
  entity: TeamRecordEntity;
  entityId: number | null;
  entityKey: string | null;
  /** i18n key under teamRecords.refused (forbidden, invalid, duplicate, hidden, failed) */
  reason: 'forbidden' | 'invalid' | 'duplicate' | 'hidden' | 'failed';
  /** the server's own words, shown as a detail */
  message: string;
  at: string;
  /** what the person recognises (client name, invoice number, setting key), filled in for the screen */
  label?: string;
}
