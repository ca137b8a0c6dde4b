// The tables, declared for drizzle. When drizzle is used and when raw SQL is:
// - drizzle: this schema (drizzle-kit generates the CREATE/ALTER migrations from it) and simple
//   typed reads and writes of one record (clients, settings, offboarding cases, revisions);
// - raw SQL through better-sqlite3, prepared once per connection: everything hot or using SQLite
//   itself — the journal (chain appends, timelines, FTS5 search, verification), the valuation and
//   portfolio aggregates, bulk imports and the sample generator — and the hand-written migrations
//   (triggers, FTS, backfills) in db/migrations/*.sql, which drizzle-kit cannot express.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

// Timestamps are ISO-8601 UTC strings; dates are YYYY-MM-DD; money is integer minor units.
const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const updatedAt = () =>
  text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  /** team replica only (src/main/team/sync): the server's version this row was last in step with; null = not on the server yet */
  teamVersion: integer('team_version'),
  /** team replica only: 1 once changed here after the last sync (set by a trigger, migration 0009) */
  teamDirty: integer('team_dirty').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    company: text('company').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    status: text('status').notNull().default('active'),
    clientSince: text('client_since'),
    acquisitionChannel: text('acquisition_channel').notNull().default(''),
    acquisitionCostMinor: integer('acquisition_cost_minor').notNull().default(0),
    isHighProfile: integer('is_high_profile', { mode: 'boolean' }).notNull().default(false),
    paymentTermsKind: text('payment_terms_kind').notNull().default('days'),
    paymentTermsValue: integer('payment_terms_value').notNull().default(30),
    notes: text('notes').notNull().default(''),
    archivedAt: text('archived_at'),
    isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
    /** team replica only (src/main/team/sync): the server's version this row was last in step with; null = not on the server yet */
    teamVersion: integer('team_version'),
    /** team replica only: 1 once changed here after the last sync (set by a trigger, migration 0009) */
    teamDirty: integer('team_dirty').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('clients_status_idx').on(t.status), index('clients_name_idx').on(t.name)],
);

/** Explicit, dated status moves (active → offboarding → former; at risk → active). */
export const clientStatusChanges = sqliteTable(
  'client_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    changedAt: text('changed_at').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('client_status_changes_client_idx').on(t.clientId, t.changedAt)],
);

/** Corrections keep history: every change to a mutable money record stores the before/after. */
export const recordRevisions = sqliteTable(
  'record_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    before: text('before'),
    after: text('after'),
    reason: text('reason').notNull().default(''),
    changedAt: text('changed_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('record_revisions_entity_idx').on(t.entity, t.entityId)],
);

export const invoices = sqliteTable(
  'invoices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    number: text('number').notNull(),
    issuedOn: text('issued_on').notNull(),
    dueOn: text('due_on').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    /** list price before any discount; equals amount when none was given */
    listPriceMinor: integer('list_price_minor'),
    currency: text('currency').notNull(),
    description: text('description').notNull().default(''),
    voidedAt: text('voided_at'),
    isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
    /** team replica only (src/main/team/sync): the server's version this row was last in step with; null = not on the server yet */
    teamVersion: integer('team_version'),
    /** team replica only: 1 once changed here after the last sync (set by a trigger, migration 0009) */
    teamDirty: integer('team_dirty').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('invoices_number_uq').on(t.number),
    index('invoices_client_idx').on(t.clientId, t.issuedOn, t.dueOn, t.amountMinor),
  ],
);

export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    paidOn: text('paid_on').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    note: text('note').notNull().default(''),
    voidedAt: text('voided_at'),
    /** team replica only (src/main/team/sync): the server's version this row was last in step with; null = not on the server yet */
    teamVersion: integer('team_version'),
    /** team replica only: 1 once changed here after the last sync (set by a trigger, migration 0009) */
    teamDirty: integer('team_dirty').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('payments_invoice_idx').on(t.invoiceId, t.paidOn, t.amountMinor)],
);

export const directCosts = sqliteTable(
  'direct_costs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    incurredOn: text('incurred_on').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull().default(''),
    voidedAt: text('voided_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('direct_costs_client_idx').on(t.clientId, t.incurredOn, t.amountMinor)],
);

/** Answers to the prospect screening checklist (DOMAIN.md §3.5, §7). */
export const prospectScreenings = sqliteTable(
  'prospect_screenings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    answers: text('answers').notNull(),
    verdict: text('verdict').notNull(),
    reasons: text('reasons').notNull(),
    screenedAt: text('screened_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('prospect_screenings_client_idx').on(t.clientId)],
);

/**
 * The journal: append-only (triggers refuse UPDATE and DELETE), one hash chain per client.
 * No ON DELETE CASCADE may ever point at these tables.
 */
export const journalEntries = sqliteTable(
  'journal_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    /** position in this client's chain, from 1 */
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    occurredAt: text('occurred_at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    summary: text('summary').notNull(),
    details: text('details').notNull().default(''),
    /** JSON array of verbatim quotes */
    quotes: text('quotes').notNull().default('[]'),
    /** JSON array of people present */
    people: text('people').notNull().default('[]'),
    /** JSON array of witnesses */
    witnesses: text('witnesses').notNull().default('[]'),
    severity: text('severity').notNull().default('low'),
    /** JSON array of red-flag sign ids this entry evidences */
    signs: text('signs').notNull().default('[]'),
    /** the entry this one amends (a correction) */
    amendsId: integer('amends_id').references((): AnySQLiteColumn => journalEntries.id),
    /** the entry this one answers (a resolution or follow-up of a complaint) */
    refersToId: integer('refers_to_id').references((): AnySQLiteColumn => journalEntries.id),
    /** the offboarding case this entry records a step of */
    caseId: integer('case_id'),
    isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
    /** who wrote the entry (hash version 2 covers it; '' on version-1 entries) */
    author: text('author').notNull().default(''),
    /** which canonical form the hash was computed over: 1 (before authors) or 2 */
    hashVersion: integer('hash_version').notNull().default(1),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('journal_client_seq_uq').on(t.clientId, t.seq),
    // One index serves a client's timeline (newest first, by kind) and the portfolio's time by
    // kind: every index led by client_id costs a page write per appended entry when entries go
    // to many clients, so there are two (this and the chain's), not three (BENCHMARKS.md).
    index('journal_client_time_idx').on(t.clientId, t.occurredAt, t.kind, t.durationMinutes),
    index('journal_occurred_idx').on(t.occurredAt),
    index('journal_refers_idx').on(t.refersToId),
    index('journal_amends_idx').on(t.amendsId),
    // Only entries tagged with red-flag signs (a small share): the portfolio reads them without
    // touching the wide rows of the whole journal.
    index('journal_signs_idx')
      .on(t.occurredAt, t.clientId, t.kind, t.signs)
      .where(sql`signs <> '[]'`),
    // Complaints (the queue, the dashboard, patterns) and payment reminders are a small share of
    // a journal: read through their own partial indexes instead of scanning it. Led by time, so
    // an append lands at their end (no page per client, as client-led indexes cost).
    index('journal_complaints_idx')
      .on(t.occurredAt, t.clientId, t.severity)
      .where(sql`kind IN ('complaint', 'public_complaint')`),
    index('journal_reminders_idx')
      .on(t.occurredAt, t.clientId)
      .where(sql`kind = 'payment_reminder'`),
  ],
);

export const journalAttachments = sqliteTable(
  'journal_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => journalEntries.id),
    sha256: text('sha256').notNull(),
    originalName: text('original_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    mediaType: text('media_type').notNull().default('application/octet-stream'),
    createdAt: createdAt(),
  },
  (t) => [index('journal_attachments_entry_idx').on(t.entryId), index('journal_attachments_sha_idx').on(t.sha256)],
);

/** The last known head of each client's chain, so a truncated chain end is noticed. */
export const journalHeads = sqliteTable('journal_heads', {
  clientId: integer('client_id')
    .primaryKey()
    .references(() => clients.id),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
  updatedAt: updatedAt(),
});

export const offboardingCases = sqliteTable(
  'offboarding_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    path: text('path').notNull(),
    step: text('step').notNull(),
    /** 'open' | 'completed' | 'abandoned' */
    status: text('status').notNull().default('open'),
    /** JSON: everything the wizard collected so far */
    data: text('data').notNull().default('{}'),
    outcome: text('outcome'),
    startedAt: text('started_at').notNull(),
    completedAt: text('completed_at'),
    /** team replica only (src/main/team/sync): the server's version this row was last in step with; null = not on the server yet */
    teamVersion: integer('team_version'),
    /** team replica only: 1 once changed here after the last sync (set by a trigger, migration 0009) */
    teamDirty: integer('team_dirty').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('offboarding_cases_client_idx').on(t.clientId, t.status)],
);

// ── team use (issue 18): a team replica file mirrors the team server (src/main/team/sync) ──────

/**
 * Journal entries written in a team replica that the server has not numbered yet, in the order
 * they were written. Shown as "not yet in the team journal"; never in a dossier. Pushed in id
 * order through the server's append_entry; the row goes once the server's numbered entry is in
 * journal_entries. A pending entry is known to the app as id -(outbox id).
 */
export const teamOutbox = sqliteTable('team_outbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** the idempotency key the server keeps (journal_entries.device_uid): a retried push is not stored twice */
  deviceUid: text('device_uid').notNull().unique(),
  /** the client's id (negative while the client itself is not on the server yet) */
  clientId: integer('client_id').notNull(),
  /** JSON: the NewTeamEntry given to append_entry (ids inside may be negative, see above) */
  payload: text('payload').notNull(),
  /** the device's clock when it was written (kept beside the server's as device_recorded_at) */
  queuedAt: text('queued_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  lastAttemptAt: text('last_attempt_at'),
  /** why the last push was refused (a refusal stops the queue there: order is kept) */
  lastError: text('last_error'),
});

/** A change made here and a change made on the server to the same record: shown, never overwritten. */
export const teamConflicts = sqliteTable(
  'team_conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'client' | 'invoice' | 'payment' | 'setting' | 'case' */
    entity: text('entity').notNull(),
    /** the row's id here (settings: the key, in entityKey) */
    entityId: integer('entity_id'),
    entityKey: text('entity_key'),
    /** JSON: this app's values, and the server's */
    mine: text('mine').notNull(),
    theirs: text('theirs').notNull(),
    baseVersion: integer('base_version'),
    theirVersion: integer('their_version').notNull(),
    theirAuthor: text('their_author').notNull().default(''),
    detectedAt: text('detected_at').notNull(),
    resolvedAt: text('resolved_at'),
    /** 'mine' | 'theirs' */
    resolution: text('resolution'),
  },
  (t) => [index('team_conflicts_open_idx').on(t.resolvedAt, t.entity, t.entityId)],
);

/** The team's people as last pulled: login role, name, role, cost rate (for authors' names and counts). */
export const teamPeople = sqliteTable('team_people', {
  roleName: text('role_name').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  costRateMinor: integer('cost_rate_minor'),
  changeSeq: integer('change_seq').notNull().default(0),
});
