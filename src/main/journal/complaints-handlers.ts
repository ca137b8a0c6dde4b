import type { ApiImpl } from '../../shared/contract';
import type { complaintsContract } from '../../shared/contract/complaints';
import type { Services } from '../core/services';

export function complaintsHandlers(s: Services) {
  return {
    listComplaints: ({ clientId, status, limit }) => s.complaints.list(clientId, status, limit, { withQueued: true }),
    getToday: () => s.complaints.today(),
    addComplaintUpdate: ({ complaintId, letter, channel }) => s.complaintUpdates.send({ complaintId, letter, channel }),
    getComplaintPattern: ({ category, clientId }) => s.complaints.pattern(category, clientId),
  } satisfies Pick<ApiImpl, keyof typeof complaintsContract>;
}
