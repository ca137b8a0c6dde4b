import type { ApiImpl } from '../../shared/contract';
import { DROPPED_EVIDENCE_MAX_BYTES, type journalContract } from '../../shared/contract/journal';
import type { Services } from '../core/services';

export function journalHandlers(s: Services) {
  const j = s.journal;
  return {
    addJournalEntry: (input) => j.add(input),
    addJournalEntries: ({ entries }) => j.addMany(entries),
    amendJournalEntry: (input) => j.amend(input),
    getJournalEntry: ({ id }) => j.detail(id),
    listJournal: ({ filter, cursor, limit }) => j.list(filter, cursor, limit),
    searchJournal: ({ query, filter, cursor, limit }) => j.search(query, filter, cursor, limit),
    chooseAttachments: () => j.chooseAttachments(),
    openAttachment: ({ sha256 }) => j.openAttachment(sha256),
    proposeEvidence: () => j.evidence.fromDialog(),
    proposeDroppedEvidence: ({ name, base64 }) => j.evidence.fromBytes(name, base64, DROPPED_EVIDENCE_MAX_BYTES),
    rereadChatEvidence: ({ attachment, dateOrder }) => j.evidence.rereadChat(attachment, dateOrder),
    startJournalVerification: ({ clientId }) => j.verification.start(clientId),
    getJournalVerification: ({ jobId }) => j.verification.status(jobId),
  } satisfies Pick<ApiImpl, keyof typeof journalContract>;
}
