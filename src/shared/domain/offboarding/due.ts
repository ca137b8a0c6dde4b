import type { CaseStatus, OffboardingPath, StepValues } from './types';

/** A date the owner promised to act on: a payment promised after a reminder, a follow-up, a last day. */
export interface DueItem {
  caseId: number;
  clientId: number;
  clientName: string;
  path: OffboardingPath;
  kind: 'pay_by' | 'follow_up' | 'last_day';
  date: string;
}

interface CaseLike {
  id: number;
  clientId: number;
  clientName: string;
  path: OffboardingPath;
  status: CaseStatus;
  outcome: string | null;
  values: StepValues;
}

/** Every due date of the cases, earliest first. A kept reset-terms agreement keeps its follow-up until it has passed. */
export function dueItems(cases: readonly CaseLike[], today: string): DueItem[] {
  const out: DueItem[] = [];
  for (const c of cases) {
    const base = { caseId: c.id, clientId: c.clientId, clientName: c.clientName, path: c.path };
    const payBy = c.values['reminder']?.['payBy'];
    if (c.status === 'open' && c.path === 'collect_payment' && typeof payBy === 'string')
      out.push({ ...base, kind: 'pay_by', date: payBy });
    const followUp = c.values['new_terms']?.['followUpOn'];
    const isFollowUpLive =
      c.status === 'open' ||
      (c.status === 'completed' && c.outcome === 'agreed' && typeof followUp === 'string' && followUp >= today);
    if (c.path === 'reset_terms' && typeof followUp === 'string' && isFollowUpLive)
      out.push({ ...base, kind: 'follow_up', date: followUp });
    // the silent client's reply-by date, while the case waits for their answer
    const replyBy = c.values['letter']?.['replyBy'];
    if (c.status === 'open' && c.path === 'silence_delays' && typeof replyBy === 'string')
      out.push({ ...base, kind: 'follow_up', date: replyBy });
    const checkIn = c.values['outcome']?.['checkInOn'];
    if (
      c.path === 'win_back' &&
      c.status === 'completed' &&
      c.outcome === 'staying_in_touch' &&
      typeof checkIn === 'string' &&
      checkIn >= today
    )
      out.push({ ...base, kind: 'follow_up', date: checkIn });
    const lastDay = c.values['talking_points']?.['lastDay'];
    if (c.status === 'open' && c.path === 'part_ways' && typeof lastDay === 'string')
      out.push({ ...base, kind: 'last_day', date: lastDay });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.caseId - b.caseId);
}
