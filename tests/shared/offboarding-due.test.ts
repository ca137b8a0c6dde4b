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
