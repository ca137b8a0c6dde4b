// One round of team sync: push what was written here, then pull what others wrote. Records come
// before the journal both ways: an entry's client must exist on the server before the entry is
// pushed, and here before a pulled entry is stored.
import type pg from 'pg';
import type { ServiceContext } from '../../core/context';
import { pullJournal, pushQueue } from './journal';
import { pullRecords, pushRecords } from './records';
import { pullPeople } from './people';
import { sendAccessLog } from '../access-log';

export interface SyncRound {
  /** records created or changed here that the server now has */
  recordsPushed: number;
  /** queued entries the server numbered in this round */
  entriesPushed: number;
  recordsPulled: number;
  entriesPulled: number;
  /** new conflicts found in this round */
  conflicts: number;
}

/** Pushes and pulls until nothing is left to pull (at most a few rounds: an entry can name a client pulled after it). */
export async function syncOnce(ctx: ServiceContext, c: pg.ClientBase): Promise<SyncRound> {
  const total: SyncRound = { recordsPushed: 0, entriesPushed: 0, recordsPulled: 0, entriesPulled: 0, conflicts: 0 };
  const pushedRecords = await pushRecords(ctx, c);
  total.recordsPushed += pushedRecords.pushed;
  total.conflicts += pushedRecords.conflicts;
  total.entriesPushed += (await pushQueue(ctx, c)).pushed;
  await sendAccessLog(ctx, c);
  await pullPeople(ctx, c);
  for (let round = 0; round < 3; round++) {
    const records = await pullRecords(ctx, c);
    total.recordsPulled += records.pulled;
    total.conflicts += records.conflicts;
    const journal = await pullJournal(ctx, c);
    total.entriesPulled += journal.pulled;
    if (!journal.waitingForRecords) break;
  }
  return total;
}
