import { useApiMutation, useApiQuery } from './api';

export const settingsKey = ['settings'] as const;

export function useSettings() {
  return useApiQuery(settingsKey, 'getSettings');
}

export function useSaveProfile() {
  return useApiMutation('saveProfile', [settingsKey]);
}
