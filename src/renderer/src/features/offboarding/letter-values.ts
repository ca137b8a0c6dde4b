import type { OffboardingCaseView } from '@shared/contract/offboarding';
import type { Profile } from '@shared/contract/settings';
import type { MergeValues } from '@shared/domain/letters/kinds';
import type { StepValues } from '@shared/domain/offboarding/types';
import { formatLongDate, type Language } from '@shared/domain/format';

interface Fmt {
  lang: Language;
  money: (minor: number, currency: string) => string;
}

/**
 * Merge values for a letter: the case's saved answers plus what is on the screen now. A letter's
 * dates have the month written out ("3 Aralık 2026"); nothing owed leaves the balance out.
 */
export function letterValues(c: OffboardingCaseView, values: StepValues, profile: Profile | null, fmt: Fmt): MergeValues {
  const str = (step: string, field: string) => {
    const v = values[step]?.[field];
    return typeof v === 'string' ? v : undefined;
  };
  const date = (step: string, field: string) => {
    const v = str(step, field);
    return v ? formatLongDate(v, fmt.lang) : undefined;
  };
  const currency = c.facts.unpaid[0]?.currency ?? profile?.currency ?? 'TRY';
  const price = values['new_terms']?.['price'];
  return {
    clientName: c.clientName,
    ownerName: profile?.ownerName,
    ownerTitle: profile?.ownerTitle,
    businessName: profile?.businessName,
    date: formatLongDate(c.facts.today, fmt.lang),
    invoiceNumbers: c.facts.unpaid.map((i) => i.number).join(', ') || undefined,
    amountDue: c.facts.unpaidMinor > 0 ? fmt.money(c.facts.unpaidMinor, currency) : undefined,
    payBy: date('reminder', 'payBy'),
    referToName: str('fit', 'referToName'),
    referToContact: str('fit', 'referToContact'),
    whyBetterFit: str('fit', 'whyBetterFit'),
    lastDay: date('talking_points', 'lastDay'),
    transitionPlan: str('talking_points', 'transitionPlan'),
    whatWentWrong: str('review', 'whatWentWrong'),
    offer: str('apology', 'offer'),
    price: typeof price === 'number' ? fmt.money(price, profile?.currency ?? currency) : undefined,
    scope: str('new_terms', 'scope'),
    responseTime: str('new_terms', 'responseTime'),
    paymentDay: str('new_terms', 'paymentDay'),
    followUpOn: date('new_terms', 'followUpOn'),
    // the apology thanks for the call only when the owner reached them
    calledOn: values['call']?.['reached'] === true ? date('call', 'calledOn') : undefined,
    waitingFor: str('waiting', 'waitingFor'),
    askedOn: date('waiting', 'requestedOn'),
    blockedWork: str('waiting', 'blockedWork'),
    delayImpact: str('waiting', 'delayImpact'),
    replyBy: date('letter', 'replyBy'),
    demands: str('demands', 'demands'),
    whyImpossible: str('demands', 'whyImpossible'),
    contractName: str('contract', 'contractName'),
    contractDate: date('contract', 'contractDate'),
    contractTerms: str('contract', 'contractTerms'),
  };
}
