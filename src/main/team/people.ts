// `team add-person`: one LOGIN role per person, a member of the group role for what they do, and
// their row in dossier.people. The password is generated here and shown once; the server is sent
// only its SCRAM-SHA-256 verifier, so the password itself appears in no server log.
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../../shared/errors';
import { parseMoneyInput } from '../../shared/domain/money-input';
import { personUrl, type TeamTarget } from './connect';
import { requireTeamSchema } from './init';
import { groupRoles, teamSchema } from './schema-sql';

export const personRoles = ['owner', 'staff', 'accountant'] as const;
export type PersonRole = (typeof personRoles)[number];

/** The verifier PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802/7677). */
export function scramVerifier(password: string, iterations = 4096, salt = randomBytes(16)): string {
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest('base64');
  const serverKey = createHmac('sha256', salted).update('Server Key').digest('base64');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey}:${serverKey}`;
}

/** A role name from a person's name: ASCII letters, digits and _ ("Ayşe Yılmaz" → "ayse_yilmaz"). */
export function loginFromName(name: string): string {
  const folded = name
    .replace(/[ıİ]/g, 'i')
    .replace(/[əƏ]/g, 'e')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return !folded || /^\d/.test(folded) || folded.startsWith('pg_') ? `p_${folded}`.replace(/_+$/, '') : folded;
}

export interface AddedPerson {
  name: string;
  role: PersonRole;
  login: string;
  password: string;
  url: string;
}

export async function addPerson(
  c: pg.Client,
  target: TeamTarget,
  o: { name: string; role: PersonRole; login?: string; costRateMinor?: number | null },
): Promise<AddedPerson> {
  const name = o.name.normalize('NFC').trim();
  if (name.length < 1 || name.length > 200) throw new AppError('VALIDATION', 'a name is 1–200 characters');
  if (!personRoles.includes(o.role)) throw new AppError('VALIDATION', `--role takes ${personRoles.join(', ')}`);
  if (o.login !== undefined && !/^[a-z][a-z0-9_]{0,39}$/.test(o.login))
    throw new AppError('VALIDATION', '--login takes lower-case letters, digits and _ (starting with a letter, at most 40)');
  if (o.costRateMinor != null && !(Number.isSafeInteger(o.costRateMinor) && o.costRateMinor >= 0))
    throw new AppError('VALIDATION', 'a cost rate is an amount an hour, not negative');
  await requireTeamSchema(c);
  const may = await c.query<{ ok: boolean }>('SELECT rolsuper OR rolcreaterole AS ok FROM pg_roles WHERE rolname = current_user');
  if (!may.rows[0]?.ok) throw new AppError('FORBIDDEN', 'adding a person needs a superuser or a role with CREATEROLE');
  const taken = async (login: string) => (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login])).rowCount !== 0;
  let login = o.login ?? loginFromName(name);
  if (o.login !== undefined) {
    if (await taken(login)) throw new AppError('CONFLICT', `a database role ${login} exists already`);
  } else {
    const base = login;
    for (let n = 2; await taken(login); n++) login = `${base}_${n}`;
  }
  const password = randomBytes(18).toString('base64url');
  await c.query('BEGIN');
  try {
    await c.query(
      `CREATE ROLE ${c.escapeIdentifier(login)} LOGIN PASSWORD ${c.escapeLiteral(scramVerifier(password))} IN ROLE ${groupRoles[o.role]}`,
    );
    await c.query(`INSERT INTO ${teamSchema}.people (role_name, name, role, cost_rate_minor) VALUES ($1, $2, $3, $4)`, [
      login,
      name,
      o.role,
      o.costRateMinor ?? null,
    ]);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  }
  return { name, role: o.role, login, password, url: personUrl(target, login, password) };
}

/** Who may see a client: 'deny' keeps a person away, 'allow' lets them see a restricted client, null clears. */
export async function setClientAccess(
  c: pg.Client,
  o: { clientId: number; login: string; access: 'allow' | 'deny' | null },
): Promise<void> {
  await requireTeamSchema(c);
  if (o.access === null) {
    await c.query(`DELETE FROM ${teamSchema}.client_access WHERE client_id = $1 AND role_name = $2`, [o.clientId, o.login]);
    return;
  }
  await c.query(
    `INSERT INTO ${teamSchema}.client_access (client_id, role_name, access) VALUES ($1, $2, $3)
       ON CONFLICT (client_id, role_name) DO UPDATE SET access = excluded.access`,
    [o.clientId, o.login, o.access],
  );
}

/** A cost rate typed on the command line ("450" or "450.50" an hour, the business currency's major units) in minor units. */
export function parseCostRate(text: string): number | null {
  const r = parseMoneyInput(text, 'TRY', 'en');
  return r.ok ? r.minor : null;
}

/**
 * Sets one person's cost rate (minor units an hour; null clears it) through dossier.set_cost_rate,
 * which refuses anyone but an owner or the team's administrator: PostgreSQL decides, not this app.
 */
export async function setCostRate(c: pg.ClientBase, o: { login: string; rateMinor: number | null }): Promise<void> {
  if (o.rateMinor !== null && !(Number.isSafeInteger(o.rateMinor) && o.rateMinor >= 0))
    throw new AppError('VALIDATION', 'a cost rate is an amount an hour, not negative');
  await requireTeamSchema(c);
  try {
    await c.query(`SELECT ${teamSchema}.set_cost_rate($1, $2)`, [o.login, o.rateMinor]);
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code === '42501') throw new AppError('FORBIDDEN', `only an owner may set cost rates: ${err.message}`);
    if (err.code === 'P0002') throw new AppError('NOT_FOUND', `the team has no person with the login ${o.login}`);
    throw e;
  }
}

export interface TeamPerson {
  roleName: string;
  name: string;
  role: PersonRole;
  /** minor units an hour; null when none is set, or when this role may not read rates (staff, accountants) */
  costRateMinor: number | null;
  changeSeq: number;
}

/** The team's people as this connection may read them: rates only for owners (a column grant). */
export async function readPeople(c: pg.ClientBase): Promise<TeamPerson[]> {
  const mayReadRates = await c.query<{ ok: boolean }>(
    `SELECT has_column_privilege('${teamSchema}.people', 'cost_rate_minor', 'SELECT') AS ok`,
  );
  const rate = mayReadRates.rows[0]?.ok ? 'cost_rate_minor' : 'NULL::bigint';
  const r = await c.query<{ role_name: string; name: string; role: PersonRole; rate: string | null; change_seq: string }>(
    `SELECT role_name, name, role, ${rate} AS rate, change_seq FROM ${teamSchema}.people ORDER BY id`,
  );
  return r.rows.map((p) => ({
    roleName: p.role_name,
    name: p.name,
    role: p.role,
    costRateMinor: p.rate === null ? null : Number(p.rate),
    changeSeq: Number(p.change_seq),
  }));
}
