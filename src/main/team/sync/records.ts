// Versioned records of a team replica (the `records` branch builds this): clients, invoices,
// payments, team-wide settings and offboarding cases, pushed and pulled with their version;
// a change on both sides becomes a team_conflicts row.
import type pg from 'pg';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../../core/context';

export async function pushRecords(_ctx: ServiceContext, _c: pg.ClientBase): Promise<{ pushed: number; conflicts: number }> {
  throw new AppError('INVALID_STATE', 'team record sync is not built yet');
}

export async function pullRecords(_ctx: ServiceContext, _c: pg.ClientBase): Promise<{ pulled: number; conflicts: number }> {
  throw new AppError('INVALID_STATE', 'team record sync is not built yet');
}

/** Settles one conflict: 'mine' pushes this app's values over the server's version; 'theirs' takes the server's. */
export async function resolveConflict(
  _ctx: ServiceContext,
  _c: pg.ClientBase,
  _id: number,
  _keep: 'mine' | 'theirs',
): Promise<void> {
  throw new AppError('INVALID_STATE', 'team record sync is not built yet');
}
