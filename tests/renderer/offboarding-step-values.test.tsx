import { describe, expect, it } from 'vitest';
import { stepValuesSchema } from '../../src/shared/contract/offboarding-values';
import { pathSpecs } from '../../src/shared/domain/offboarding/paths';
import { offboardingPaths } from '../../src/shared/domain/offboarding/types';
import { toForm, toInput } from '../../src/renderer/src/features/offboarding/step-values';

// Saved answers → the form → back: the wizard shows exactly what was saved, in the contract's terms.
const saved: Record<string, Record<string, unknown>> = {
  'reset_terms.new_terms': {
    price: 912_550,
    scope: 'Updates',
    responseTime: '1 day',
    paymentDay: '1st',
    followUpOn: '2027-01-15',
  },
  'refer_elsewhere.ask': { askedOn: '2026-11-23', wantsReferral: false, note: '' },
  'part_ways.handover': {
    checklist: {
      account_access: { done: true, doneOn: '2026-11-25', note: 'x' },
      credentials: { done: false, doneOn: null, note: '' },
      files: { done: false, doneOn: null, note: '' },
      domains: { done: false, doneOn: null, note: '' },
      assets: { done: false, doneOn: null, note: '' },
    },
    clientConfirmed: null,
    confirmedOn: null,
  },
  'part_ways.final_report': { achievementEntries: [3, 5], achievements: '', deliverables: 'Site', openItems: '' },
};

describe('wizard form values', () => {
  it.each(Object.keys(saved))('%s round-trips through the form unchanged', (key) => {
    const [path, step] = key.split('.') as [keyof typeof pathSpecs, string];
    const fields = pathSpecs[path].steps.find((s) => s.id === step)!.fields;
    const input = toInput(fields, toForm(fields, saved[key], '2026-11-23', 'TRY'), 'TRY');
    expect(input).toEqual(saved[key]);
    expect(stepValuesSchema(path, step)!.parse(input)).toEqual(saved[key]);
  });

  it('an untouched step suggests today for dates that are usually today, and a week for a pay-by date', () => {
    const fields = pathSpecs.collect_payment.steps.find((s) => s.id === 'reminder')!.fields;
    expect(toForm(fields, undefined, '2026-11-23', 'TRY')).toEqual({ sentOn: '2026-11-23', payBy: '2026-11-30', letter: '' });
  });

  it('an empty required answer stays empty so the schema names it', () => {
    for (const path of offboardingPaths) {
      for (const step of pathSpecs[path].steps) {
        const input = toInput(step.fields, toForm(step.fields, undefined, '2026-11-23', 'TRY'), 'TRY');
        const required = step.fields.filter((f) => 'required' in f && f.required && f.type !== 'date').map((f) => f.name);
        const result = stepValuesSchema(path, step.id)!.safeParse(input);
        if (required.length === 0) continue;
        expect(result.success, `${path}.${step.id}`).toBe(false);
        if (!result.success) for (const r of required) expect(result.error.issues.map((i) => i.path[0])).toContain(r);
      }
    }
  });
});
