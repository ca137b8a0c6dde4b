// Journal sync of a team replica (the `sync` branch builds this): the outbox pushed in order
// through append_entry, and the server's numbered entries pulled into journal_entries.
import type pg from 'pg';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../../core/context';

export async function pushQueue(_ctx: ServiceContext, _c: pg.ClientBase): Promise<{ pushed: number }> {
  throw new AppError('INVALID_STATE', 'team journal sync is not built yet');
}

export async function pullJournal(
  _ctx: ServiceContext,
  _c: pg.ClientBase,
): Promise<{ pulled: number; waitingForRecords: boolean }> {
  throw new AppError('INVALID_STATE', 'team journal sync is not built yet');
}
