import { useApiQuery } from '../../lib/api';

/** The owner's per-person counts (the journal's authors, the valuation's difficult clients). */
export const usePeopleCounts = () => useApiQuery('getPeopleCounts');
