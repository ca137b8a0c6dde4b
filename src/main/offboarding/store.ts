// Where offboarding cases live: one row each in offboarding_cases, the wizard's answers and
// progress in its `data` JSON. Several cases per client over time are kept as history.
import type { OffboardingCase, ValuationSnapshot } from '../../shared/contract/offboarding';
import type { ClientStatus } from '../../shared/domain/client-status';
import type { CaseStatus, OffboardingPath, StepValues } from '../../shared/domain/offboarding/types';
import { AppError } from '../../shared/errors';
import { nowIso, type ServiceContext } from '../core/context';
import { newRecordId } from '../team/sync/local-ids';

/** What a case keeps in its `data` column. */
export interface CaseData {
  values: StepValues;
  completed: string[];
  skipped: string[];
  override: { reason: string; at: string } | null;
  valuation: ValuationSnapshot | null;
  /** the client's status before this case moved it (restored if the case is abandoned) */
  statusBefore: ClientStatus | null;
  escalatedToCaseId: number | null;
}

export interface CaseRow {
  id: number;
  client_id: number;
  client_name: string;
  path: string;
  step: string;
  status: string;
  data: string;
  outcome: string | null;
  started_at: string;
  completed_at: string | null;
}

export const emptyData = (): CaseData => ({
  values: {},
  completed: [],
  skipped: [],
  override: null,
  valuation: null,
  statusBefore: null,
  escalatedToCaseId: null,
});

const SELECT = `SELECT c.id, c.client_id, cl.name AS client_name, c.path, c.step, c.status, c.data, c.outcome, c.started_at, c.completed_at
  FROM offboarding_cases c JOIN clients cl ON cl.id = c.client_id`;

export function toCase(r: CaseRow): OffboardingCase {
  const d = { ...emptyData(), ...(JSON.parse(r.data) as Partial<CaseData>) };
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    path: r.path as OffboardingPath,
    step: r.step,
    status: r.status as CaseStatus,
    outcome: r.outcome,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    completed: d.completed,
    skipped: d.skipped,
    values: d.values,
    override: d.override,
    valuation: d.valuation,
    escalatedToCaseId: d.escalatedToCaseId,
  };
}

export function createCaseStore(ctx: ServiceContext) {
  const s = ctx.sqlite;
  const byId = s.prepare<[number], CaseRow>(`${SELECT} WHERE c.id = ?`);

  function load(caseId: number): { row: CaseRow; data: CaseData } {
    const row = byId.get(caseId);
    if (!row) throw new AppError('NOT_FOUND', `No offboarding case ${caseId}`, { details: { caseId } });
    return { row, data: { ...emptyData(), ...(JSON.parse(row.data) as Partial<CaseData>) } };
  }

  function write(
    caseId: number,
    set: { step?: string; status?: CaseStatus; outcome?: string; completedAt?: string },
    data: CaseData,
  ) {
    const cur = load(caseId).row;
    s.prepare(
      'UPDATE offboarding_cases SET step = ?, status = ?, outcome = ?, completed_at = ?, data = ?, updated_at = ? WHERE id = ?',
    ).run(
      set.step ?? cur.step,
      set.status ?? cur.status,
      set.outcome ?? cur.outcome,
      set.completedAt ?? cur.completed_at,
      JSON.stringify(data),
      nowIso(ctx),
      caseId,
    );
  }

  function openCaseOf(clientId: number, path: OffboardingPath): number | null {
    const row = s
      .prepare<[number, string], { id: number }>(
        `SELECT id FROM offboarding_cases WHERE client_id = ? AND path = ? AND status = 'open'`,
      )
      .get(clientId, path);
    return row?.id ?? null;
  }

  function insert(clientId: number, path: OffboardingPath, step: string, data: CaseData, at: string): number {
    const info = s
      .prepare(
        `INSERT INTO offboarding_cases (id, client_id, path, step, status, data, started_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
      )
      .run(newRecordId(s, 'offboarding_cases'), clientId, path, step, JSON.stringify(data), at, at, at);
    return Number(info.lastInsertRowid);
  }

  function list(q: { clientId: number | null; openOnly: boolean }): OffboardingCase[] {
    const where: string[] = [];
    const args: (number | string)[] = [];
    if (q.clientId !== null) {
      where.push('c.client_id = ?');
      args.push(q.clientId);
    }
    if (q.openOnly) where.push(`c.status = 'open'`);
    const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.started_at DESC, c.id DESC`;
    return s
      .prepare<(number | string)[], CaseRow>(sql)
      .all(...args)
      .map(toCase);
  }

  return { load, write, openCaseOf, insert, list };
}
export type CaseStore = ReturnType<typeof createCaseStore>;
