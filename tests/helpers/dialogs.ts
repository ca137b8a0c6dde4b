import type { Dialogs } from '../../src/main/dialogs-port';

/** The person at the dialogs, scripted: answers with the next queued path (null = cancel). */
export function scriptedDialogs() {
  const saves: (string | null)[] = [];
  const opens: (string | null)[] = [];
  const asked: { kind: 'save' | 'open'; defaultName?: string }[] = [];
  const dialogs: Dialogs = {
    chooseSavePath: (req) => {
      asked.push({ kind: 'save', defaultName: req.defaultName });
      return Promise.resolve(saves.shift() ?? null);
    },
    chooseOpenPath: () => {
      asked.push({ kind: 'open' });
      return Promise.resolve(opens.shift() ?? null);
    },
  };
  return { dialogs, saves, opens, asked };
}
