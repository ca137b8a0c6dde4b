import { useApiMutation, useApiQuery } from './api';

/** The owner's profile and settings: shared by every feature that formats or names things. */
export function useSettings() {
  return useApiQuery('getSettings');
}

export function useSaveProfile() {
  return useApiMutation('saveProfile');
}
