import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canEnter, complete, goTo, resume, skip, stepIds } from '../../src/shared/domain/offboarding/machine';
import { pathSpecs } from '../../src/shared/domain/offboarding/paths';
import { offboardingPaths, type Facts, type StepValues } from '../../src/shared/domain/offboarding/types';

const calm: Facts = { today: '2026-11-23', unpaidCount: 0, hasOverride: false };
// values under which no path holds a step back
const smooth: StepValues = { ask: { wantsReferral: true }, reminder: { payBy: '2026-11-01' }, outcome: { outcome: 'x' } };

describe.each(offboardingPaths)('path %s', (path) => {
  const spec = pathSpecs[path];
  const ids = stepIds(spec);

  it('walks every step in order to the end', () => {
    let state = { step: ids[0]!, completed: [] as string[] };
    for (const [i, id] of ids.entries()) {
      const move = complete(spec, state, id, smooth, calm);
      expect(move.ok, id).toBe(true);
      if (!move.ok) return;
      expect(move.isFinished).toBe(i === ids.length - 1);
      state = { step: move.state.step, completed: [...move.state.completed] };
      if (i < ids.length - 1) expect(state.step).toBe(ids[i + 1]);
    }
    expect(state.completed).toEqual(ids);
  });

  it.each(ids.map((id, i) => [id, i] as const))('resumes at step %s with the earlier ones done', (id, i) => {
    const state = { step: id, completed: ids.slice(0, i) };
    expect(resume(spec, state)).toBe(id);
    for (const [j, other] of ids.entries()) {
      expect(canEnter(spec, state.completed, other), `${id} → ${other}`).toBe(j <= i);
      expect(goTo(spec, state, other).ok).toBe(j <= i);
    }
    // a saved step that can no longer be opened falls back to the first step not done
    expect(resume(spec, { step: ids[ids.length - 1]!, completed: ids.slice(0, i) })).toBe(id);
  });

  it('refuses any jump past the first step not done, and unknown steps', () => {
    fc.assert(
      fc.property(fc.nat(ids.length - 1), fc.nat(ids.length - 1), (done, target) => {
        const state = { step: ids[done]!, completed: ids.slice(0, done) };
        const move = complete(spec, state, ids[target]!, smooth, calm);
        if (target > done) expect(move).toEqual({ ok: false, reason: 'jump_ahead' });
        else expect(move.ok).toBe(true);
      }),
    );
    expect(complete(spec, { step: ids[0]!, completed: [] }, 'nope', smooth, calm)).toEqual({ ok: false, reason: 'unknown_step' });
    expect(goTo(spec, { step: ids[0]!, completed: [] }, 'nope')).toEqual({ ok: false, reason: 'unknown_step' });
  });

  it('going back to an earlier step and saving it again returns to where the owner was', () => {
    if (ids.length < 3) return;
    const state = { step: ids[2]!, completed: ids.slice(0, 2) };
    const move = complete(spec, { ...state, step: ids[0]! }, ids[0]!, smooth, calm);
    expect(move.ok && move.state.step).toBe(ids[2]);
  });

  it('never lets the last step be skipped', () => {
    const state = { step: ids.at(-1)!, completed: ids.slice(0, -1) };
    expect(skip(spec, state, ids.at(-1)!, smooth, { ...calm, unpaidCount: 0 })).toEqual({ ok: false, reason: 'not_skippable' });
  });
});

describe('part ways: handover waits for payment', () => {
  const spec = pathSpecs.part_ways;
  const ids = stepIds(spec);
  const atHandover = { step: 'handover', completed: ids.slice(0, ids.indexOf('handover')) };

  it('is held while invoices are unpaid', () => {
    expect(complete(spec, atHandover, 'handover', {}, { ...calm, unpaidCount: 1 })).toEqual({
      ok: false,
      reason: 'held',
      hold: { code: 'unpaid_invoices', overridable: true },
    });
  });
  it('is released by payment or by an override with a reason', () => {
    expect(complete(spec, atHandover, 'handover', {}, calm).ok).toBe(true);
    expect(complete(spec, atHandover, 'handover', {}, { ...calm, unpaidCount: 2, hasOverride: true }).ok).toBe(true);
  });
  it('the earlier steps stay open to review while it waits', () => {
    expect(goTo(spec, atHandover, 'finances').ok).toBe(true);
    expect(goTo(spec, atHandover, 'final_report')).toEqual({ ok: false, reason: 'jump_ahead' });
  });
});

describe('collect payment', () => {
  const spec = pathSpecs.collect_payment;
  const atStop = { step: 'stop_work', completed: ['invoices', 'reminder'] };
  const values: StepValues = { reminder: { payBy: '2026-11-30' } };

  it('sends the stop-work notice only after the reminder date has passed', () => {
    expect(complete(spec, atStop, 'stop_work', values, { ...calm, unpaidCount: 1, today: '2026-11-30' })).toMatchObject({
      ok: false,
      hold: { code: 'reminder_not_due' },
    });
    expect(complete(spec, atStop, 'stop_work', values, { ...calm, unpaidCount: 1, today: '2026-12-01' }).ok).toBe(true);
  });
  it('skips the stop-work notice once paid, and only then', () => {
    expect(skip(spec, atStop, 'stop_work', values, { ...calm, unpaidCount: 1 })).toEqual({ ok: false, reason: 'not_skippable' });
    const move = skip(spec, atStop, 'stop_work', values, calm);
    expect(move.ok && move.state.step).toBe('outcome');
  });
  it('records "paid" only when nothing is unpaid', () => {
    const at = { step: 'outcome', completed: ['invoices', 'reminder', 'stop_work'] };
    const paid = { ...values, outcome: { outcome: 'paid' } };
    expect(complete(spec, at, 'outcome', paid, { ...calm, unpaidCount: 1 })).toMatchObject({ hold: { code: 'still_unpaid' } });
    expect(complete(spec, at, 'outcome', paid, calm)).toMatchObject({ ok: true, isFinished: true });
    expect(spec.outcomeOf(paid)).toBe('paid');
  });
});

describe('refer elsewhere: ask first', () => {
  const spec = pathSpecs.refer_elsewhere;
  const atLetter = { step: 'letter', completed: ['fit', 'ask'] };
  it('writes no referral letter to a client who declined, and lets that step be skipped', () => {
    const declined: StepValues = { ask: { wantsReferral: false } };
    expect(complete(spec, atLetter, 'letter', declined, calm)).toMatchObject({ hold: { code: 'referral_not_wanted' } });
    expect(skip(spec, atLetter, 'letter', declined, calm).ok).toBe(true);
    expect(skip(spec, atLetter, 'letter', { ask: { wantsReferral: true } }, calm).ok).toBe(false);
  });
});
