import { describe, expect, it } from 'vitest';
import { pathOptions } from '../../src/shared/domain/offboarding/availability';

const offered = (...args: Parameters<typeof pathOptions>) =>
  pathOptions(...args)
    .filter((o) => o.ok)
    .map((o) => o.path);

describe('the offboarding paths that fit a client', () => {
  it('an active client: every path but win back', () => {
    expect(offered('active', [])).toEqual([
      'reset_terms',
      'silence_delays',
      'impossible_demands',
      'refer_elsewhere',
      'collect_payment',
      'part_ways',
    ]);
    expect(pathOptions('active', []).find((o) => o.path === 'win_back')).toEqual({ path: 'win_back', ok: false, reason: 'not_former' });
  });

  it('a former client: win back, or collecting what is still owed', () => {
    expect(offered('former', [])).toEqual(['collect_payment', 'win_back']);
    expect(pathOptions('former', []).find((o) => o.path === 'part_ways')).toMatchObject({ ok: false, reason: 'former' });
  });

  it('a silent or controlling client is a current one: not a prospect, not one who has left', () => {
    for (const path of ['silence_delays', 'impossible_demands'] as const) {
      expect(pathOptions('at_risk', []).find((o) => o.path === path)).toEqual({ path, ok: true });
      expect(pathOptions('former', []).find((o) => o.path === path)).toEqual({ path, ok: false, reason: 'former' });
      expect(pathOptions('prospect', []).find((o) => o.path === path)).toEqual({ path, ok: false, reason: 'prospect' });
    }
  });

  it('a prospect: only referring elsewhere', () => {
    expect(offered('prospect', [])).toEqual(['refer_elsewhere']);
  });

  it('one open case at a time; collecting payment may run beside parting ways', () => {
    expect(offered('active', [{ id: 7, path: 'reset_terms' }])).toEqual([]);
    expect(pathOptions('active', [{ id: 7, path: 'reset_terms' }]).find((o) => o.path === 'part_ways')).toEqual({ path: 'part_ways', ok: false, reason: 'open_case', caseId: 7 });
    expect(offered('offboarding', [{ id: 9, path: 'part_ways' }])).toEqual(['collect_payment']);
    expect(offered('offboarding', [{ id: 9, path: 'part_ways' }, { id: 10, path: 'collect_payment' }])).toEqual([]);
  });
});
