import { describe, expect, it } from 'vitest';
import { methodNames } from '../../src/shared/contract';
import { dataAreas, methodEffects, writeAffects } from '../../src/shared/contract/effects';

describe('the contract says what each method reads or writes', () => {
  it('names every method once, and nothing else', () => {
    expect(Object.keys(methodEffects).sort()).toEqual([...methodNames].sort());
  });

  it('every read depends on some data; every area named exists', () => {
    for (const [name, e] of Object.entries(methodEffects)) {
      if (e.kind === 'read') expect(e.data.length, name).toBeGreaterThan(0);
      for (const d of e.data) expect(d === '*' || (dataAreas as readonly string[]).includes(d), `${name}: ${d}`).toBe(true);
    }
  });

  it('a journal write refreshes valuations, the dashboard, complaints and Today; not the backups list', () => {
    for (const reader of ['clientValuation', 'portfolio', 'listJournal', 'listComplaints', 'getToday'] as const)
      expect(writeAffects('addJournalEntry', reader), reader).toBe(true);
    expect(writeAffects('amendJournalEntry', 'clientValuation')).toBe(true);
    expect(writeAffects('addJournalEntry', 'listBackups')).toBe(false);
  });

  it('money and settings writes refresh the valuation; a restore refreshes everything; reads refresh nothing', () => {
    expect(writeAffects('addPayment', 'clientValuation')).toBe(true);
    expect(writeAffects('saveValuationSettings', 'portfolio')).toBe(true);
    expect(writeAffects('saveProfile', 'getLedger')).toBe(true);
    for (const reader of methodNames.filter((n) => methodEffects[n].kind === 'read'))
      expect(writeAffects('restoreBackup', reader), reader).toBe(true);
    expect(writeAffects('listJournal', 'listJournal')).toBe(false);
    expect(writeAffects('openAttachment', 'listJournal')).toBe(false);
  });
});
