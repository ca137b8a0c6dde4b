import { AppError } from '../../shared/errors';

/**
 * File and folder pickers, injected so the API never imports electron: the app passes the
 * Electron dialogs (src/main/dialogs.ts), tests pass a stand-in that returns a temp path.
 * `null` means the owner cancelled.
 */
export interface Dialogs {
  chooseFolder(purpose: 'backup' | 'export'): Promise<string | null>;
  chooseFile(purpose: 'restore' | 'import'): Promise<string | null>;
}

const unavailable = async (): Promise<never> => {
  throw new AppError('INVALID_STATE', 'No file dialog is available here.');
};

export const noDialogs: Dialogs = { chooseFolder: unavailable, chooseFile: unavailable };
