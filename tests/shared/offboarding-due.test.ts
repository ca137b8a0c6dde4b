import { describe, expect, it } from 'vitest';
import { dueItems } from '../../src/shared/domain/offboarding/due';
import type { CaseStatus, OffboardingPath, StepValues } from '../../src/shared/domain/offboarding/types';

const base = { clientId: 1, clientName: 'Mehmet Kaya', outcome: null as string | null };
type Case = typeof base & { id: number; path: OffboardingPath; status: CaseStatus; values: StepValues };

describe('due list', () => {
  it('lists open promises earliest first, and a kept agreement’s follow-up until it has passed', () => {
    const cases: Case[] = [
      {
        ...base,
        id: 1,
        path: 'collect_payment',
        status: 'open',
        values: { reminder: { payBy: '2026-12-05' } },
      },
      {
        ...base,
        id: 2,
        path: 'part_ways',
        status: 'open',
        values: { talking_points: { lastDay: '2026-12-31' } },
      },
      {
        ...base,
        id: 3,
        path: 'reset_terms',
        status: 'completed',
        outcome: 'agreed',
        values: { new_terms: { followUpOn: '2026-12-01' } },
      },
      {
        ...base,
        id: 4,
        path: 'reset_terms',
        status: 'completed',
        outcome: 'agreed',
        values: { new_terms: { followUpOn: '2026-11-01' } },
      },
      {
        ...base,
        id: 5,
        path: 'collect_payment',
        status: 'completed',
        values: { reminder: { payBy: '2026-11-30' } },
      },
      {
        ...base,
        id: 6,
        path: 'reset_terms',
        status: 'abandoned',
        values: { new_terms: { followUpOn: '2026-12-02' } },
      },
    ];
    expect(dueItems(cases, '2026-11-23').map((d) => [d.caseId, d.kind, d.date])).toEqual([
      [3, 'follow_up', '2026-12-01'],
      [1, 'pay_by', '2026-12-05'],
      [2, 'last_day', '2026-12-31'],
    ]);
  });
});

describe('staying in touch after a win-back attempt (issue 16 item 8)', () => {
  it('puts the check-in date on the Due list until it has passed', () => {
    const won = (outcome: string, checkInOn: string | undefined, id = 9): Case => ({
      ...base,
      id,
      path: 'win_back',
      status: 'completed',
      outcome,
      values: { outcome: { outcome, ...(checkInOn ? { checkInOn } : {}) } },
    });
    expect(dueItems([won('staying_in_touch', '2027-01-15')], '2026-12-03')).toEqual([
      { caseId: 9, clientId: 1, clientName: 'Mehmet Kaya', path: 'win_back', kind: 'follow_up', date: '2027-01-15' },
    ]);
    expect(dueItems([won('staying_in_touch', '2026-11-01')], '2026-12-03')).toEqual([]);
    expect(dueItems([won('closed', '2027-01-15')], '2026-12-03')).toEqual([]);
    expect(dueItems([won('staying_in_touch', undefined)], '2026-12-03')).toEqual([]);
  });
});
