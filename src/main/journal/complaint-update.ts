// A status update during a long complaint fix (DOMAIN.md §5: be transparent while fixing): the
// letter the owner sends, journaled as a follow-up that answers the complaint, so the complaint's
// last contact moves on and the Today panel stops asking for one until it is due again.
import type { JournalEntry } from '../../shared/contract/journal';
import type { Language } from '../../shared/domain/format';
import { interpolate } from '../../shared/domain/offboarding/journal-text';
import { AppError } from '../../shared/errors';
import { catalogues } from '../../shared/i18n';
import type { ComplaintsService } from './complaints';
import type { JournalService } from './service';

export interface ComplaintUpdateInput {
  complaintId: number;
  letter: string;
  /** how the letter goes out: email unless the owner posts or hands it over */
  channel: 'email' | 'letter';
}

export function createComplaintUpdates(deps: {
  journal: JournalService;
  complaints: ComplaintsService;
  language: () => Language;
}) {
  function send(input: ComplaintUpdateInput): JournalEntry {
    const complaint = deps.journal.get(input.complaintId);
    // a complaint still queued for the team server: the letter waits until it has the server's number
    if (complaint.teamPending)
      throw new AppError('INVALID_STATE', 'This complaint is not yet in the team journal.', {
        details: { reason: 'teamPending' },
      });
    const state = deps.complaints.list(complaint.clientId, 'all').find((c) => c.id === input.complaintId);
    if (!state)
      throw new AppError('VALIDATION', 'A status update answers a complaint.', {
        issues: [{ path: 'complaintId', message: 'validation.notAComplaint' }],
      });
    if (state.status !== 'open')
      throw new AppError('INVALID_STATE', 'This complaint is resolved: follow up instead.', { details: { reason: 'resolved' } });
    const m = catalogues[deps.language()].journal.statusUpdate;
    return deps.journal.add({
      clientId: complaint.clientId,
      kind: 'follow_up',
      channel: input.channel,
      summary: interpolate(m.recordSummary, { summary: state.entry.summary }).slice(0, 1000),
      details: input.letter,
      refersToId: input.complaintId,
    });
  }
  return { send };
}
export type ComplaintUpdates = ReturnType<typeof createComplaintUpdates>;
