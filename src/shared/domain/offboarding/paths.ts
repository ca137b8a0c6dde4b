import { collectPayment } from './collect-payment';
import { impossibleDemands } from './impossible-demands';
import { partWays } from './part-ways';
import { referElsewhere } from './refer-elsewhere';
import { resetTerms } from './reset-terms';
import { silenceDelays } from './silence-delays';
import type { OffboardingPath, PathSpec, StepSpec } from './types';
import { winBack } from './win-back';

export const pathSpecs: Record<OffboardingPath, PathSpec> = {
  reset_terms: resetTerms,
  silence_delays: silenceDelays,
  impossible_demands: impossibleDemands,
  refer_elsewhere: referElsewhere,
  collect_payment: collectPayment,
  part_ways: partWays,
  win_back: winBack,
};

export function stepSpec(path: OffboardingPath, step: string): StepSpec | undefined {
  return pathSpecs[path].steps.find((s) => s.id === step);
}
