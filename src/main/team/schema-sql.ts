// The team database's schema, as `team init` creates it: the roles, the tables, the functions that
// number and hash journal entries, the triggers that keep the journal append-only and the
// row-level-security policies. Everything here is enforced by PostgreSQL itself, whatever program
// connects: the app's code is not trusted with the journal's integrity.
//
// Who owns what: the NOLOGIN role `team_keeper` owns the schema `dossier` and everything in it, so
// the SECURITY DEFINER functions run as it (never as a superuser). People log in as their own
// LOGIN role (`team add-person`), a member of exactly one of the group roles team_owner,
// team_staff or team_accountant, which hold the grants.
//
// Every statement is idempotent: `team init` run again brings functions, triggers, policies and
// grants to this version and keeps every row.
import { channels, journalKinds, severities } from '../../shared/domain/journal-kinds';

export const teamSchema = 'dossier';
export const groupRoles = { owner: 'team_owner', staff: 'team_staff', accountant: 'team_accountant' } as const;
export const keeperRole = 'team_keeper';
/** Bumped when this file changes what a database needs; recorded in dossier.meta. */
export const teamSchemaVersion = 2;
/**
 * The one transaction-level advisory lock every writer takes before it draws a change number (see
 * the journal sync block below): numbers are then handed out in commit order.
 */
export const changeLockKey = 184_2026_12_03;

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** Statements run before `SET ROLE team_keeper` (roles are cluster-wide; the schema is made for the keeper). */
export const rolesSql = `
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['${keeperRole}', '${groupRoles.owner}', '${groupRoles.staff}', '${groupRoles.accountant}'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;
CREATE SCHEMA IF NOT EXISTS ${teamSchema} AUTHORIZATION ${keeperRole};
`;

/** Columns of clients that owners and staff may write (staff never `restricted`: who may see a client is the owner's call). */
const clientColumns = [
  'name',
  'company',
  'email',
  'phone',
  'status',
  'client_since',
  'acquisition_channel',
  'acquisition_cost_minor',
  'is_high_profile',
  'payment_terms_kind',
  'payment_terms_value',
  'notes',
  'archived_at',
  'is_sample',
];
const invoiceColumns = [
  'client_id',
  'number',
  'issued_on',
  'due_on',
  'amount_minor',
  'list_price_minor',
  'currency',
  'description',
  'voided_at',
  'is_sample',
];
const paymentColumns = ['invoice_id', 'paid_on', 'amount_minor', 'note', 'voided_at'];
const caseColumns = ['client_id', 'path', 'step', 'status', 'data', 'outcome', 'started_at', 'completed_at'];

const s = teamSchema;

/** The triggers that refuse `ops` (and TRUNCATE) on a table whatever role asks: append-only by PostgreSQL itself. */
const appendOnly = (table: string, ops: 'UPDATE OR DELETE' | 'DELETE') => `DROP TRIGGER IF EXISTS append_only ON ${s}.${table};
CREATE TRIGGER append_only BEFORE ${ops} ON ${s}.${table} FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_change();
DROP TRIGGER IF EXISTS append_only_truncate ON ${s}.${table};
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON ${s}.${table} FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_change();`;
const { owner, staff, accountant } = groupRoles;

// ── versioned records (issue 18.4, the `records` branch): src/main/team/sync/records.ts ─────────
// Every versioned table carries `uid`, given by the app when it creates the row: a create retried
// after a lost reply is `INSERT … ON CONFLICT (uid) DO NOTHING`, so it never makes two rows. Every
// change is an `UPDATE … WHERE id = … AND version = <the version the app last saw>`: a change made
// meanwhile by someone else matches no row and becomes a conflict shown to the person, never an
// overwrite. `updated_by` (the session's role, set here) names who made the server's version.
const recordsSql = `
ALTER TABLE ${s}.invoices ADD COLUMN IF NOT EXISTS uid uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX IF NOT EXISTS invoices_uid_uq ON ${s}.invoices (uid);
ALTER TABLE ${s}.payments ADD COLUMN IF NOT EXISTS uid uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX IF NOT EXISTS payments_uid_uq ON ${s}.payments (uid);
ALTER TABLE ${s}.clients ADD COLUMN IF NOT EXISTS updated_by text NOT NULL DEFAULT session_user;
ALTER TABLE ${s}.invoices ADD COLUMN IF NOT EXISTS updated_by text NOT NULL DEFAULT session_user;
ALTER TABLE ${s}.payments ADD COLUMN IF NOT EXISTS updated_by text NOT NULL DEFAULT session_user;

-- team-wide settings (the business's: profile, rates, catalogues); this computer's own never come here.
-- value is the JSON document exactly as the app stores it (text, so it compares byte for byte).
CREATE TABLE IF NOT EXISTS ${s}.settings (
  id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
  value text NOT NULL CHECK ((value::jsonb) IS NOT NULL),
  version integer NOT NULL DEFAULT 1,
  change_seq bigint NOT NULL DEFAULT 0,
  created_by text NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT session_user
);

CREATE TABLE IF NOT EXISTS ${s}.offboarding_cases (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  client_id bigint NOT NULL REFERENCES ${s}.clients (id),
  path text NOT NULL,
  step text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'abandoned')),
  -- the wizard's answers and progress, the app's JSON document as it stores it
  data text NOT NULL DEFAULT '{}' CHECK ((data::jsonb) IS NOT NULL),
  outcome text,
  started_at text NOT NULL,
  completed_at text,
  version integer NOT NULL DEFAULT 1,
  change_seq bigint NOT NULL DEFAULT 0,
  created_by text NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX IF NOT EXISTS offboarding_cases_client_idx ON ${s}.offboarding_cases (client_id);

-- pulling: "what changed after change number n", per table
CREATE INDEX IF NOT EXISTS clients_change_idx ON ${s}.clients (change_seq);
CREATE INDEX IF NOT EXISTS invoices_change_idx ON ${s}.invoices (change_seq);
CREATE INDEX IF NOT EXISTS payments_change_idx ON ${s}.payments (change_seq);
CREATE INDEX IF NOT EXISTS settings_change_idx ON ${s}.settings (change_seq);
CREATE INDEX IF NOT EXISTS offboarding_cases_change_idx ON ${s}.offboarding_cases (change_seq);

-- who made this version: the session's login role, whatever the program sent
CREATE OR REPLACE FUNCTION ${s}.stamp_updated_by() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  BEGIN
    NEW.updated_by := session_user;
    RETURN NEW;
  END $$;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['clients', 'invoices', 'payments', 'settings', 'offboarding_cases'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS stamp_updated_by ON ${s}.%I', t);
    EXECUTE format('CREATE TRIGGER stamp_updated_by BEFORE INSERT OR UPDATE ON ${s}.%I FOR EACH ROW EXECUTE FUNCTION ${s}.stamp_updated_by()', t);
  END LOOP;
END $$;
DROP TRIGGER IF EXISTS stamp ON ${s}.settings;
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON ${s}.settings FOR EACH ROW EXECUTE FUNCTION ${s}.stamp();
DROP TRIGGER IF EXISTS stamp ON ${s}.offboarding_cases;
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON ${s}.offboarding_cases FOR EACH ROW EXECUTE FUNCTION ${s}.stamp();

ALTER TABLE ${s}.offboarding_cases ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS visible ON ${s}.offboarding_cases;
CREATE POLICY visible ON ${s}.offboarding_cases USING (${s}.can_see_client(client_id)) WITH CHECK (${s}.can_see_client(client_id));

-- the app names its new rows (uid); owners and staff write cases, owners alone the team's settings;
-- everyone reads the settings; an accountant reads money, never a case
GRANT INSERT (uid) ON ${s}.clients TO ${owner}, ${staff};
GRANT INSERT (uid) ON ${s}.invoices, ${s}.payments TO ${owner}, ${staff};
GRANT SELECT ON ${s}.settings TO ${owner}, ${staff}, ${accountant};
GRANT INSERT (key, value), UPDATE (value) ON ${s}.settings TO ${owner};
GRANT SELECT, INSERT (${caseColumns.join(', ')}, uid), UPDATE (${caseColumns.join(', ')}) ON ${s}.offboarding_cases TO ${owner}, ${staff};
`;

/** Run as team_keeper: tables (kept if they exist), then functions, triggers, policies, grants (replaced). */
export const objectsSql = `
CREATE TABLE IF NOT EXISTS ${s}.meta (key text PRIMARY KEY, value text NOT NULL);

-- the change sequence: every row written anywhere takes the next number (for pulling changes)
CREATE SEQUENCE IF NOT EXISTS ${s}.changes AS bigint;

CREATE TABLE IF NOT EXISTS ${s}.people (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  role_name text NOT NULL UNIQUE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (role IN ('owner', 'staff', 'accountant')),
  cost_rate_minor bigint CHECK (cost_rate_minor >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  change_seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS ${s}.clients (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
  company text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'active',
  client_since text,
  acquisition_channel text NOT NULL DEFAULT '',
  acquisition_cost_minor bigint NOT NULL DEFAULT 0,
  is_high_profile boolean NOT NULL DEFAULT false,
  payment_terms_kind text NOT NULL DEFAULT 'days',
  payment_terms_value integer NOT NULL DEFAULT 30,
  notes text NOT NULL DEFAULT '',
  archived_at text,
  is_sample boolean NOT NULL DEFAULT false,
  -- only people with an 'allow' row in client_access (and owners) see a restricted client
  restricted boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  change_seq bigint NOT NULL DEFAULT 0,
  created_by text NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS ${s}.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES ${s}.clients (id),
  number text NOT NULL UNIQUE,
  issued_on text NOT NULL,
  due_on text NOT NULL,
  amount_minor bigint NOT NULL,
  list_price_minor bigint,
  currency text NOT NULL,
  description text NOT NULL DEFAULT '',
  voided_at text,
  is_sample boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  change_seq bigint NOT NULL DEFAULT 0,
  created_by text NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS invoices_client_idx ON ${s}.invoices (client_id);

CREATE TABLE IF NOT EXISTS ${s}.payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id bigint NOT NULL REFERENCES ${s}.invoices (id),
  paid_on text NOT NULL,
  amount_minor bigint NOT NULL,
  note text NOT NULL DEFAULT '',
  voided_at text,
  version integer NOT NULL DEFAULT 1,
  change_seq bigint NOT NULL DEFAULT 0,
  created_by text NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS payments_invoice_idx ON ${s}.payments (invoice_id);

-- One row per entry; the hash covers every column from client_id to hash_version (canonical_v2).
CREATE TABLE IF NOT EXISTS ${s}.journal_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES ${s}.clients (id),
  seq integer NOT NULL CHECK (seq > 0),
  kind text NOT NULL,
  channel text NOT NULL,
  occurred_at text NOT NULL,
  -- the server's clock when the entry was numbered; the device's own clock is kept beside it
  recorded_at text NOT NULL,
  duration_minutes integer,
  summary text NOT NULL,
  details text NOT NULL DEFAULT '',
  quotes text[] NOT NULL DEFAULT '{}' CHECK (array_position(quotes, NULL) IS NULL),
  people text[] NOT NULL DEFAULT '{}' CHECK (array_position(people, NULL) IS NULL),
  witnesses text[] NOT NULL DEFAULT '{}' CHECK (array_position(witnesses, NULL) IS NULL),
  severity text NOT NULL DEFAULT 'low',
  signs text[] NOT NULL DEFAULT '{}' CHECK (array_position(signs, NULL) IS NULL),
  amends_id bigint REFERENCES ${s}.journal_entries (id),
  refers_to_id bigint REFERENCES ${s}.journal_entries (id),
  case_id bigint,
  is_sample boolean NOT NULL DEFAULT false,
  attachments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attachments) = 'array'),
  -- the session's login role: set by the database, never by the program that connects
  author text NOT NULL,
  hash_version integer NOT NULL CHECK (hash_version = 2),
  device_recorded_at text,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  change_seq bigint NOT NULL DEFAULT 0,
  UNIQUE (client_id, seq)
);
CREATE INDEX IF NOT EXISTS journal_entries_change_idx ON ${s}.journal_entries (change_seq);

-- Each chain's end. Locked (SELECT … FOR UPDATE) by every append to that client: the lock is what
-- makes concurrent writers queue, so numbers have no gaps and the chain no forks.
CREATE TABLE IF NOT EXISTS ${s}.journal_heads (
  client_id bigint PRIMARY KEY REFERENCES ${s}.clients (id),
  seq integer NOT NULL,
  hash text NOT NULL,
  recorded_at text NOT NULL DEFAULT ''
);

-- 'deny': this person never sees this client (e.g. the employee in conflict with them);
-- 'allow': this person sees this client even when it is restricted.
CREATE TABLE IF NOT EXISTS ${s}.client_access (
  client_id bigint NOT NULL REFERENCES ${s}.clients (id),
  role_name text NOT NULL REFERENCES ${s}.people (role_name),
  access text NOT NULL CHECK (access IN ('allow', 'deny')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, role_name)
);

CREATE TABLE IF NOT EXISTS ${s}.access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  role_name text NOT NULL,
  action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  client_id bigint,
  detail text NOT NULL DEFAULT ''
);

-- ── journal sync (issue 18.4): idempotent pushes, blobs, pull order ───────────────────────────
-- device_uid: the app's key for one queued entry (not hashed). A push retried after a lost reply
-- finds its entry by it (append_entry returns that row) instead of storing the entry twice.
ALTER TABLE ${s}.journal_entries ADD COLUMN IF NOT EXISTS device_uid uuid UNIQUE;
-- which entries name a blob (get_blob), by containment: attachments @> '[{"sha256": …}]'
CREATE INDEX IF NOT EXISTS journal_entries_attachments_idx ON ${s}.journal_entries USING gin (attachments jsonb_path_ops);
-- The files attached to entries, content-addressed like data/attachments on each device, so a
-- replica can fetch the evidence an entry's hash names. Append-only like the journal; written
-- only by put_blob (which checks the fingerprint), read only by get_blob (an entry the person may
-- see must name it).
CREATE TABLE IF NOT EXISTS ${s}.attachment_blobs (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  size_bytes bigint NOT NULL,
  created_by text NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Pull order = commit order. A puller asks for change_seq above the last one it stored; nextval
-- alone would not do: a transaction that drew 41 can commit after one that drew 42, and a puller
-- that saw 42 would skip 41 for ever. So every writer takes one transaction-level advisory lock
-- before nextval('${s}.changes') (stamp(), check_entry(), append_entry()): the next number is
-- drawn only after the transaction holding the lock has committed (a commit is visible before
-- its locks are released), so numbers become visible in order. Writers queue on it; a team of
-- ten writes a few rows a minute. append_entry takes it first, before the head row's lock, so no
-- two locks are ever taken in opposite orders. (A person could hold the same advisory lock to
-- stall writers — a denial of service, never a skipped or changed row.)

-- ── the canonical form (hash version 2), as src/main/team/journal.ts computes it ────────────────
-- These pure helpers carry no SET search_path, so PostgreSQL can inline them; that is safe because
-- they run with no privileges of their own, and pg_catalog is searched first whatever the path.
-- A JSON string of the NFC form: to_json(text) escapes exactly as JSON.stringify does for valid text.
CREATE OR REPLACE FUNCTION ${s}.jstr(v text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT to_json(normalize(v, NFC))::text $$;
CREATE OR REPLACE FUNCTION ${s}.jnum(v bigint) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(v::text, 'null') $$;
CREATE OR REPLACE FUNCTION ${s}.jstrs(v text[]) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT '[' || coalesce(string_agg(${s}.jstr(x), ',' ORDER BY i), '') || ']' FROM unnest(v) WITH ORDINALITY AS t (x, i) $$;
CREATE OR REPLACE FUNCTION ${s}.jattachments(v jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT '[' || coalesce(string_agg(
      '{"mediaType":' || ${s}.jstr(a ->> 'mediaType') || ',"originalName":' || ${s}.jstr(a ->> 'originalName') ||
      ',"sha256":' || ${s}.jstr(a ->> 'sha256') || ',"sizeBytes":' || ((a ->> 'sizeBytes')::bigint)::text || '}',
      ',' ORDER BY i), '') || ']'
    FROM jsonb_array_elements(v) WITH ORDINALITY AS t (a, i)
  $$;

-- keys in code-point order; every field of the entry but id, device_recorded_at, the hashes and change_seq
CREATE OR REPLACE FUNCTION ${s}.canonical_v2(e ${s}.journal_entries) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    '{"amendsId":' || ${s}.jnum(e.amends_id) ||
    ',"attachments":' || ${s}.jattachments(e.attachments) ||
    ',"author":' || ${s}.jstr(e.author) ||
    ',"caseId":' || ${s}.jnum(e.case_id) ||
    ',"channel":' || ${s}.jstr(e.channel) ||
    ',"clientId":' || e.client_id::text ||
    ',"details":' || ${s}.jstr(e.details) ||
    ',"durationMinutes":' || ${s}.jnum(e.duration_minutes) ||
    ',"hashVersion":' || e.hash_version::text ||
    ',"isSample":' || CASE WHEN e.is_sample THEN 'true' ELSE 'false' END ||
    ',"kind":' || ${s}.jstr(e.kind) ||
    ',"occurredAt":' || ${s}.jstr(e.occurred_at) ||
    ',"people":' || ${s}.jstrs(e.people) ||
    ',"quotes":' || ${s}.jstrs(e.quotes) ||
    ',"recordedAt":' || ${s}.jstr(e.recorded_at) ||
    ',"refersToId":' || ${s}.jnum(e.refers_to_id) ||
    ',"seq":' || e.seq::text ||
    ',"severity":' || ${s}.jstr(e.severity) ||
    ',"signs":' || ${s}.jstrs(e.signs) ||
    ',"summary":' || ${s}.jstr(e.summary) ||
    ',"witnesses":' || ${s}.jstrs(e.witnesses) || '}'
  $$;

-- hash = SHA-256 of prev_hash ‖ canonical form, as UTF-8, lower-case hex
CREATE OR REPLACE FUNCTION ${s}.entry_hash(prev_hash text, e ${s}.journal_entries) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT encode(sha256(convert_to(prev_hash || ${s}.canonical_v2(e), 'UTF8')), 'hex') $$;

-- the app's ISO form of a time: 2026-12-03T13:05:00.000Z
CREATE OR REPLACE FUNCTION ${s}.iso(t timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- ── who sees which client ──────────────────────────────────────────────────────────────────────
-- From the row's own columns, so that an INSERT … RETURNING of a new client can be checked too.
CREATE OR REPLACE FUNCTION ${s}.can_see(client_id bigint, restricted boolean) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT coalesce((
      SELECT CASE
        WHEN p.role = 'owner' THEN true
        WHEN EXISTS (SELECT 1 FROM ${s}.client_access a
                      WHERE a.client_id = can_see.client_id AND a.role_name = p.role_name AND a.access = 'deny') THEN false
        WHEN restricted THEN EXISTS (SELECT 1 FROM ${s}.client_access a
                      WHERE a.client_id = can_see.client_id AND a.role_name = p.role_name AND a.access = 'allow')
        ELSE true
      END
      FROM ${s}.people p WHERE p.role_name = session_user), false)
  $$;
CREATE OR REPLACE FUNCTION ${s}.can_see_client(client_id bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$ SELECT coalesce((SELECT ${s}.can_see(c.id, c.restricted) FROM ${s}.clients c WHERE c.id = can_see_client.client_id), false) $$;
CREATE OR REPLACE FUNCTION ${s}.can_see_invoice(invoice_id bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$ SELECT coalesce((SELECT ${s}.can_see_client(i.client_id) FROM ${s}.invoices i WHERE i.id = can_see_invoice.invoice_id), false) $$;

-- ── stamps: version, change number, times, who created ─────────────────────────────────────────
CREATE OR REPLACE FUNCTION ${s}.stamp() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(${changeLockKey}); -- pull order = commit order (journal sync block)
    NEW.change_seq := nextval('${s}.changes');
    IF TG_OP = 'INSERT' THEN
      IF TG_TABLE_NAME <> 'people' THEN
        NEW.version := 1;
        NEW.created_by := session_user;
        NEW.created_at := now();
        NEW.updated_at := now();
      END IF;
    ELSE
      IF NEW.id <> OLD.id THEN RAISE EXCEPTION 'a row keeps its id' USING ERRCODE = '42501'; END IF;
      IF TG_TABLE_NAME <> 'people' THEN
        NEW.version := OLD.version + 1;
        NEW.created_by := OLD.created_by;
        NEW.created_at := OLD.created_at;
        NEW.updated_at := now();
      END IF;
    END IF;
    RETURN NEW;
  END $$;

CREATE OR REPLACE FUNCTION ${s}.new_client_head() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  BEGIN
    INSERT INTO ${s}.journal_heads (client_id, seq, hash, recorded_at) VALUES (NEW.id, 0, repeat('0', 64), '')
      ON CONFLICT (client_id) DO NOTHING;
    RETURN NULL;
  END $$;

-- ── the journal: append-only, numbered and hashed inside the database ──────────────────────────
CREATE OR REPLACE FUNCTION ${s}.refuse_change() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog
  AS $$
  BEGIN
    RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
  END $$;

-- Every entry, however it is inserted: the next number after the head, linked to the head's hash,
-- written by the session's role, hashed here. A row that does not follow the head is refused.
CREATE OR REPLACE FUNCTION ${s}.check_entry() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE h ${s}.journal_heads;
  BEGIN
    PERFORM pg_advisory_xact_lock(${changeLockKey}); -- before the head's lock, as in append_entry
    SELECT * INTO h FROM ${s}.journal_heads WHERE client_id = NEW.client_id FOR UPDATE;
    IF NOT FOUND OR NEW.seq <> h.seq + 1 OR NEW.prev_hash <> h.hash THEN
      RAISE EXCEPTION 'journal entries are numbered by ${s}.append_entry: entry #% does not follow the head of client %',
        NEW.seq, NEW.client_id USING ERRCODE = '23514';
    END IF;
    IF NEW.recorded_at < h.recorded_at THEN
      RAISE EXCEPTION 'entry #% of client % is recorded before the entry ahead of it', NEW.seq, NEW.client_id USING ERRCODE = '23514';
    END IF;
    NEW.author := session_user;
    NEW.hash_version := 2;
    NEW.hash := ${s}.entry_hash(NEW.prev_hash, NEW);
    NEW.change_seq := nextval('${s}.changes');
    RETURN NEW;
  END $$;

-- A head moves one entry forward, to an entry that exists with that hash; it never moves back.
CREATE OR REPLACE FUNCTION ${s}.check_head() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      IF NEW.seq <> 0 OR NEW.hash <> repeat('0', 64) OR EXISTS (SELECT 1 FROM ${s}.journal_entries WHERE client_id = NEW.client_id) THEN
        RAISE EXCEPTION 'a journal head starts at 0' USING ERRCODE = '23514';
      END IF;
    ELSIF NEW.client_id <> OLD.client_id OR NEW.seq <> OLD.seq + 1
       OR NOT EXISTS (SELECT 1 FROM ${s}.journal_entries e
                       WHERE e.client_id = NEW.client_id AND e.seq = NEW.seq AND e.hash = NEW.hash AND e.recorded_at = NEW.recorded_at) THEN
      RAISE EXCEPTION 'a journal head only moves to the entry just appended' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END $$;

CREATE OR REPLACE FUNCTION ${s}.arg_text(p jsonb, k text, dflt text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE
  AS $$
  BEGIN
    IF p -> k IS NULL OR jsonb_typeof(p -> k) = 'null' THEN
      IF dflt IS NULL THEN RAISE EXCEPTION 'journal entry without %', k USING ERRCODE = '22023'; END IF;
      RETURN dflt;
    END IF;
    IF jsonb_typeof(p -> k) <> 'string' THEN RAISE EXCEPTION '% must be text', k USING ERRCODE = '22023'; END IF;
    RETURN normalize(p ->> k, NFC);
  END $$;
CREATE OR REPLACE FUNCTION ${s}.arg_texts(p jsonb, k text) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE
  AS $$
  BEGIN
    IF p -> k IS NULL OR jsonb_typeof(p -> k) = 'null' THEN RETURN '{}'; END IF;
    IF jsonb_typeof(p -> k) <> 'array' OR EXISTS (SELECT 1 FROM jsonb_array_elements(p -> k) x WHERE jsonb_typeof(x) <> 'string') THEN
      RAISE EXCEPTION '% must be a list of texts', k USING ERRCODE = '22023';
    END IF;
    RETURN ARRAY(SELECT normalize(x, NFC) FROM jsonb_array_elements_text(p -> k) WITH ORDINALITY AS t (x, i) ORDER BY i);
  END $$;
CREATE OR REPLACE FUNCTION ${s}.arg_int(p jsonb, k text) RETURNS bigint
  LANGUAGE plpgsql IMMUTABLE
  AS $$
  BEGIN
    IF p -> k IS NULL OR jsonb_typeof(p -> k) = 'null' THEN RETURN NULL; END IF;
    IF jsonb_typeof(p -> k) <> 'number' OR (p ->> k)::numeric <> trunc((p ->> k)::numeric) THEN
      RAISE EXCEPTION '% must be a whole number', k USING ERRCODE = '22023';
    END IF;
    RETURN (p ->> k)::bigint;
  END $$;

-- Appends one entry to the end of its client's chain. The only way in: nobody holds INSERT on
-- journal_entries. The head row's lock queues concurrent writers to the same client.
CREATE OR REPLACE FUNCTION ${s}.append_entry(p jsonb) RETURNS ${s}.journal_entries
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$
  DECLARE
    me ${s}.people;
    h ${s}.journal_heads;
    e ${s}.journal_entries;
    ref bigint;
    recorded text;
    uid uuid;
    prior ${s}.journal_entries;
  BEGIN
    SELECT * INTO me FROM ${s}.people WHERE role_name = session_user;
    IF NOT FOUND OR me.role NOT IN ('owner', 'staff') THEN
      RAISE EXCEPTION 'permission denied: % may not write to the journal', session_user USING ERRCODE = '42501';
    END IF;
    IF jsonb_typeof(p) IS DISTINCT FROM 'object' THEN RAISE EXCEPTION 'an entry is a JSON object' USING ERRCODE = '22023'; END IF;
    e.client_id := ${s}.arg_int(p, 'clientId');
    IF e.client_id IS NULL OR NOT ${s}.can_see_client(e.client_id) THEN
      RAISE EXCEPTION 'no client with id %', coalesce(e.client_id::text, 'null') USING ERRCODE = 'P0002';
    END IF;
    e.kind := ${s}.arg_text(p, 'kind', NULL);
    IF e.kind NOT IN (${list(journalKinds)}) THEN RAISE EXCEPTION 'unknown kind %', e.kind USING ERRCODE = '22023'; END IF;
    e.channel := ${s}.arg_text(p, 'channel', NULL);
    IF e.channel NOT IN (${list(channels)}) THEN RAISE EXCEPTION 'unknown channel %', e.channel USING ERRCODE = '22023'; END IF;
    e.severity := ${s}.arg_text(p, 'severity', 'low');
    IF e.severity NOT IN (${list(severities)}) THEN RAISE EXCEPTION 'unknown severity %', e.severity USING ERRCODE = '22023'; END IF;
    e.occurred_at := ${s}.arg_text(p, 'occurredAt', NULL);
    IF e.occurred_at !~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$' THEN
      RAISE EXCEPTION 'occurredAt must be an ISO time' USING ERRCODE = '22023';
    END IF;
    e.summary := ${s}.arg_text(p, 'summary', NULL);
    -- the app's own limit (contract/journal.ts requiredLine(1000)): a queued entry the app took must not be refused here
    IF length(e.summary) NOT BETWEEN 1 AND 1000 THEN RAISE EXCEPTION 'summary must be 1–1000 characters' USING ERRCODE = '22023'; END IF;
    e.details := ${s}.arg_text(p, 'details', '');
    e.duration_minutes := ${s}.arg_int(p, 'durationMinutes');
    IF e.duration_minutes < 0 THEN RAISE EXCEPTION 'durationMinutes must not be negative' USING ERRCODE = '22023'; END IF;
    e.quotes := ${s}.arg_texts(p, 'quotes');
    e.people := ${s}.arg_texts(p, 'people');
    e.witnesses := ${s}.arg_texts(p, 'witnesses');
    e.signs := ${s}.arg_texts(p, 'signs');
    e.case_id := ${s}.arg_int(p, 'caseId');
    e.amends_id := ${s}.arg_int(p, 'amendsId');
    e.refers_to_id := ${s}.arg_int(p, 'refersToId');
    FOREACH ref IN ARRAY ARRAY[e.amends_id, e.refers_to_id] LOOP
      IF ref IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${s}.journal_entries WHERE id = ref AND client_id = e.client_id) THEN
        RAISE EXCEPTION 'entry % does not belong to this client''s journal', ref USING ERRCODE = '22023';
      END IF;
    END LOOP;
    IF p -> 'isSample' IS NOT NULL AND jsonb_typeof(p -> 'isSample') NOT IN ('boolean', 'null') THEN
      RAISE EXCEPTION 'isSample must be true or false' USING ERRCODE = '22023';
    END IF;
    e.is_sample := coalesce((p ->> 'isSample')::boolean, false);
    IF p -> 'attachments' IS NULL OR jsonb_typeof(p -> 'attachments') = 'null' THEN
      e.attachments := '[]';
    ELSIF jsonb_typeof(p -> 'attachments') <> 'array' OR EXISTS (
        SELECT 1 FROM jsonb_array_elements(p -> 'attachments') a
         WHERE jsonb_typeof(a) <> 'object'
            OR (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(a) k) <> ARRAY['mediaType', 'originalName', 'sha256', 'sizeBytes']::text[]
            OR jsonb_typeof(a -> 'mediaType') <> 'string' OR jsonb_typeof(a -> 'originalName') <> 'string'
            OR jsonb_typeof(a -> 'sha256') <> 'string' OR (a ->> 'sha256') !~ '^[0-9a-f]{64}$'
            OR jsonb_typeof(a -> 'sizeBytes') <> 'number' OR (a ->> 'sizeBytes')::numeric <> trunc((a ->> 'sizeBytes')::numeric)
            OR (a ->> 'sizeBytes')::numeric < 0) THEN
      RAISE EXCEPTION 'attachments must be a list of { sha256, originalName, sizeBytes, mediaType }' USING ERRCODE = '22023';
    ELSE
      e.attachments := (SELECT coalesce(jsonb_agg(jsonb_build_object('mediaType', a ->> 'mediaType', 'originalName', normalize(a ->> 'originalName', NFC),
                                                            'sha256', a ->> 'sha256', 'sizeBytes', (a ->> 'sizeBytes')::bigint) ORDER BY i), '[]')
                          FROM jsonb_array_elements(p -> 'attachments') WITH ORDINALITY AS t (a, i));
    END IF;
    e.device_recorded_at := ${s}.arg_text(p, 'deviceRecordedAt', '');
    IF e.device_recorded_at = '' THEN e.device_recorded_at := NULL; END IF;
    IF length(e.device_recorded_at) > 40 THEN RAISE EXCEPTION 'deviceRecordedAt is too long' USING ERRCODE = '22023'; END IF;

    IF p -> 'deviceUid' IS NOT NULL AND jsonb_typeof(p -> 'deviceUid') <> 'null' THEN
      IF jsonb_typeof(p -> 'deviceUid') <> 'string' OR (p ->> 'deviceUid') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RAISE EXCEPTION 'deviceUid must be a UUID' USING ERRCODE = '22023';
      END IF;
      uid := (p ->> 'deviceUid')::uuid;
    END IF;

    -- the change lock first (pull order = commit order, see the journal sync block), then the head's
    PERFORM pg_advisory_xact_lock(${changeLockKey});
    -- a push retried after a lost reply: the entry is there already, returned as it was stored
    IF uid IS NOT NULL THEN
      SELECT * INTO prior FROM ${s}.journal_entries x WHERE x.device_uid = uid;
      IF FOUND THEN
        IF prior.author <> session_user THEN
          RAISE EXCEPTION 'permission denied: entry % was written by someone else', uid USING ERRCODE = '42501';
        END IF;
        RETURN prior;
      END IF;
    END IF;

    -- the lock: a second writer to this client waits here until the first commits
    SELECT * INTO h FROM ${s}.journal_heads WHERE client_id = e.client_id FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO ${s}.journal_heads (client_id, seq, hash, recorded_at) VALUES (e.client_id, 0, repeat('0', 64), '')
        ON CONFLICT (client_id) DO NOTHING;
      SELECT * INTO h FROM ${s}.journal_heads WHERE client_id = e.client_id FOR UPDATE;
    END IF;
    -- the server's clock, read after the lock, never earlier than the chain's last entry
    recorded := ${s}.iso(clock_timestamp());
    IF recorded < h.recorded_at THEN recorded := h.recorded_at; END IF;

    INSERT INTO ${s}.journal_entries (client_id, seq, kind, channel, occurred_at, recorded_at, duration_minutes, summary, details,
        quotes, people, witnesses, severity, signs, amends_id, refers_to_id, case_id, is_sample, attachments,
        author, hash_version, device_recorded_at, device_uid, prev_hash, hash)
      VALUES (e.client_id, h.seq + 1, e.kind, e.channel, e.occurred_at, recorded, e.duration_minutes, e.summary, e.details,
        e.quotes, e.people, e.witnesses, e.severity, e.signs, e.amends_id, e.refers_to_id, e.case_id, e.is_sample, e.attachments,
        session_user, 2, e.device_recorded_at, uid, h.hash, '')
      RETURNING * INTO e;
    UPDATE ${s}.journal_heads SET seq = e.seq, hash = e.hash, recorded_at = e.recorded_at WHERE client_id = e.client_id;
    RETURN e;
  END $$;

-- what a person did with the data (exports, dossiers); written by the database with their role and the time
CREATE OR REPLACE FUNCTION ${s}.log_access(action text, client_id bigint DEFAULT NULL, detail text DEFAULT '') RETURNS bigint
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog
  AS $$ INSERT INTO ${s}.access_log (role_name, action, client_id, detail) VALUES (session_user, action, client_id, coalesce(detail, '')) RETURNING id $$;

-- ── journal sync: attachment blobs (see the journal sync block above) ─────────────────────────
CREATE OR REPLACE FUNCTION ${s}.may_write() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$ SELECT EXISTS (SELECT 1 FROM ${s}.people WHERE role_name = session_user AND role IN ('owner', 'staff')) $$;
-- Stores one file under its fingerprint, checked here; a file already there is left as it is.
CREATE OR REPLACE FUNCTION ${s}.put_blob(sha256 text, bytes bytea) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$
  BEGIN
    IF NOT ${s}.may_write() THEN
      RAISE EXCEPTION 'permission denied: % may not store attachments', session_user USING ERRCODE = '42501';
    END IF;
    IF put_blob.sha256 IS NULL OR put_blob.bytes IS NULL OR encode(pg_catalog.sha256(put_blob.bytes), 'hex') <> put_blob.sha256 THEN
      RAISE EXCEPTION 'the file does not match its fingerprint %', coalesce(put_blob.sha256, 'null') USING ERRCODE = '22023';
    END IF;
    INSERT INTO ${s}.attachment_blobs (sha256, bytes, size_bytes) VALUES (put_blob.sha256, put_blob.bytes, length(put_blob.bytes))
      ON CONFLICT ON CONSTRAINT attachment_blobs_pkey DO NOTHING;
    RETURN FOUND;
  END $$;
-- Of these fingerprints, the ones the server has no file for (what a push must upload first).
CREATE OR REPLACE FUNCTION ${s}.missing_blobs(shas text[]) RETURNS text[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM (SELECT DISTINCT x FROM unnest(shas) x) t
     WHERE ${s}.may_write() AND NOT EXISTS (SELECT 1 FROM ${s}.attachment_blobs b WHERE b.sha256 = t.x)
  $$;
-- A file, only when an entry this person may see names it (NULL otherwise, or when it is not there).
CREATE OR REPLACE FUNCTION ${s}.get_blob(sha256 text) RETURNS bytea
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT b.bytes FROM ${s}.attachment_blobs b
     WHERE b.sha256 = get_blob.sha256 AND ${s}.may_write()
       AND EXISTS (SELECT 1 FROM ${s}.journal_entries e
                    WHERE e.attachments @> jsonb_build_array(jsonb_build_object('sha256', get_blob.sha256))
                      AND ${s}.can_see_client(e.client_id))
  $$;
${appendOnly('attachment_blobs', 'UPDATE OR DELETE')}

-- ── triggers ───────────────────────────────────────────────────────────────────────────────────
DROP TRIGGER IF EXISTS stamp ON ${s}.people;
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON ${s}.people FOR EACH ROW EXECUTE FUNCTION ${s}.stamp();
DROP TRIGGER IF EXISTS stamp ON ${s}.clients;
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON ${s}.clients FOR EACH ROW EXECUTE FUNCTION ${s}.stamp();
DROP TRIGGER IF EXISTS head ON ${s}.clients;
CREATE TRIGGER head AFTER INSERT ON ${s}.clients FOR EACH ROW EXECUTE FUNCTION ${s}.new_client_head();
DROP TRIGGER IF EXISTS stamp ON ${s}.invoices;
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON ${s}.invoices FOR EACH ROW EXECUTE FUNCTION ${s}.stamp();
DROP TRIGGER IF EXISTS stamp ON ${s}.payments;
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON ${s}.payments FOR EACH ROW EXECUTE FUNCTION ${s}.stamp();

DROP TRIGGER IF EXISTS check_entry ON ${s}.journal_entries;
CREATE TRIGGER check_entry BEFORE INSERT ON ${s}.journal_entries FOR EACH ROW EXECUTE FUNCTION ${s}.check_entry();
${appendOnly('journal_entries', 'UPDATE OR DELETE')}

DROP TRIGGER IF EXISTS check_head ON ${s}.journal_heads;
CREATE TRIGGER check_head BEFORE INSERT OR UPDATE ON ${s}.journal_heads FOR EACH ROW EXECUTE FUNCTION ${s}.check_head();
${appendOnly('journal_heads', 'DELETE')}

${appendOnly('access_log', 'UPDATE OR DELETE')}

-- ── row-level security ─────────────────────────────────────────────────────────────────────────
ALTER TABLE ${s}.clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${s}.invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${s}.payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${s}.journal_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${s}.journal_heads ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS visible ON ${s}.clients;
CREATE POLICY visible ON ${s}.clients USING (${s}.can_see(id, restricted)) WITH CHECK (${s}.can_see(id, restricted));
DROP POLICY IF EXISTS visible ON ${s}.invoices;
CREATE POLICY visible ON ${s}.invoices USING (${s}.can_see_client(client_id)) WITH CHECK (${s}.can_see_client(client_id));
DROP POLICY IF EXISTS visible ON ${s}.payments;
CREATE POLICY visible ON ${s}.payments USING (${s}.can_see_invoice(invoice_id)) WITH CHECK (${s}.can_see_invoice(invoice_id));
DROP POLICY IF EXISTS visible ON ${s}.journal_entries;
CREATE POLICY visible ON ${s}.journal_entries FOR SELECT USING (${s}.can_see_client(client_id));
DROP POLICY IF EXISTS visible ON ${s}.journal_heads;
CREATE POLICY visible ON ${s}.journal_heads FOR SELECT USING (${s}.can_see_client(client_id));

-- ── grants: nobody may UPDATE or DELETE journal rows; writing goes through append_entry ─────────
REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM PUBLIC, ${owner}, ${staff}, ${accountant};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM PUBLIC, ${owner}, ${staff}, ${accountant};
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${s} FROM PUBLIC, ${owner}, ${staff}, ${accountant};
GRANT USAGE ON SCHEMA ${s} TO ${owner}, ${staff}, ${accountant};
GRANT SELECT ON ${s}.meta, ${s}.people TO ${owner}, ${staff}, ${accountant};
GRANT SELECT ON ${s}.clients, ${s}.invoices, ${s}.payments TO ${owner}, ${staff}, ${accountant};
GRANT INSERT (${clientColumns.join(', ')}, restricted), UPDATE (${clientColumns.join(', ')}, restricted) ON ${s}.clients TO ${owner};
GRANT INSERT (${clientColumns.join(', ')}), UPDATE (${clientColumns.join(', ')}) ON ${s}.clients TO ${staff};
GRANT INSERT (${invoiceColumns.join(', ')}), UPDATE (${invoiceColumns.join(', ')}) ON ${s}.invoices TO ${owner}, ${staff};
GRANT INSERT (${paymentColumns.join(', ')}), UPDATE (${paymentColumns.join(', ')}) ON ${s}.payments TO ${owner}, ${staff};
GRANT SELECT ON ${s}.journal_entries, ${s}.journal_heads TO ${owner}, ${staff};
GRANT SELECT, INSERT, UPDATE, DELETE ON ${s}.client_access TO ${owner};
GRANT SELECT ON ${s}.access_log TO ${owner};
GRANT EXECUTE ON FUNCTION ${s}.jstr(text), ${s}.jnum(bigint), ${s}.jstrs(text[]), ${s}.jattachments(jsonb),
  ${s}.canonical_v2(${s}.journal_entries), ${s}.entry_hash(text, ${s}.journal_entries), ${s}.iso(timestamptz),
  ${s}.can_see(bigint, boolean), ${s}.can_see_client(bigint), ${s}.can_see_invoice(bigint),
  ${s}.log_access(text, bigint, text) TO ${owner}, ${staff}, ${accountant};
GRANT EXECUTE ON FUNCTION ${s}.append_entry(jsonb) TO ${owner}, ${staff};
-- journal sync: blobs through their functions only (no grant on the table; accountants none)
GRANT EXECUTE ON FUNCTION ${s}.may_write(), ${s}.put_blob(text, bytea), ${s}.missing_blobs(text[]), ${s}.get_blob(text)
  TO ${owner}, ${staff};

-- ── for the owner (issue 18.5): a cost rate per person, set by an owner ─────────────────────────
-- A person's cost rate is the owner's business: staff and accountants read the people's names and
-- roles (to name the authors of entries) but not their rates.
REVOKE SELECT ON ${s}.people FROM ${staff}, ${accountant};
GRANT SELECT (id, role_name, name, role, created_at, change_seq) ON ${s}.people TO ${staff}, ${accountant};
-- Sets (or, with NULL, clears) one person's cost rate in minor units an hour; only an owner, or
-- whoever administers the team database (a member of ${keeperRole}), may.
CREATE OR REPLACE FUNCTION ${s}.set_cost_rate(person text, rate bigint) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
  DECLARE n bigint;
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM ${s}.people WHERE role_name = session_user AND role = 'owner')
       AND NOT pg_has_role(session_user, '${keeperRole}', 'USAGE') THEN
      RAISE EXCEPTION 'permission denied: only an owner sets cost rates' USING ERRCODE = '42501';
    END IF;
    IF rate < 0 THEN RAISE EXCEPTION 'a cost rate is not negative' USING ERRCODE = '22023'; END IF;
    UPDATE ${s}.people SET cost_rate_minor = rate WHERE role_name = person RETURNING id INTO n;
    IF n IS NULL THEN RAISE EXCEPTION 'no person %', person USING ERRCODE = 'P0002'; END IF;
    RETURN n;
  END $$;
REVOKE ALL ON FUNCTION ${s}.set_cost_rate(text, bigint) FROM PUBLIC, ${staff}, ${accountant};
GRANT EXECUTE ON FUNCTION ${s}.set_cost_rate(text, bigint) TO ${owner};
-- the access log (table and log_access above): everyone writes it through log_access, only owners
-- read it (GRANT SELECT above), nobody changes it (the append_only triggers)

${recordsSql}
INSERT INTO ${s}.meta (key, value) VALUES ('schemaVersion', '${teamSchemaVersion}')
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;
INSERT INTO ${s}.meta (key, value) VALUES ('createdAt', ${s}.iso(now())) ON CONFLICT (key) DO NOTHING;
`;
