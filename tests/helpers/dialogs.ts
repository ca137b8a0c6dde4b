import type { Dialogs } from '../../src/main/services/dialogs';

/** A stand-in for the native pickers: answers with whatever the test set (null = cancelled). */
export function fakeDialogs(initial: { folder?: string | null; file?: string | null } = {}) {
  const state = { folder: initial.folder ?? null, file: initial.file ?? null, asked: [] as string[] };
  const dialogs: Dialogs = {
    chooseFolder: async (purpose) => (state.asked.push(`folder:${purpose}`), state.folder),
    chooseFile: async (purpose) => (state.asked.push(`file:${purpose}`), state.file),
  };
  return { dialogs, state };
}
