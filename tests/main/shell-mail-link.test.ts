// The shell's half of "Send by e-mail": the Electron dialogs hand only a mailto: link to the
// system (shell.openExternal), never a web page or a file, with a stand-in electron module.
import { describe, expect, it, vi } from 'vitest';
import { mailtoUrl } from '../../src/shared/domain/letters/mailto';

const fake = vi.hoisted(() => {
  const opened: string[] = [];
  const electron = {
    app: {},
    BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
    dialog: {},
    shell: { openExternal: (u: string) => (opened.push(u), Promise.resolve()), openPath: () => Promise.resolve('') },
  };
  return { opened, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('opening a mail link', () => {
  it('passes a mailto: link to the system and refuses anything else', async () => {
    const { electronDialogs } = await import('../../src/main/dialogs');
    const dialogs = electronDialogs();
    const url = mailtoUrl({ to: 'leyla@example.az', subject: 'Xatırlatma', body: 'Hörmətli Leyla,\n\nƏlavə' });
    await dialogs.openMailLink!(url);
    expect(fake.opened).toEqual([url]);
    for (const bad of ['https://example.org', 'file:///etc/passwd', 'javascript:alert(1)', ' mailto:x@y.z'])
      await expect(dialogs.openMailLink!(bad)).rejects.toThrow(/mailto/);
    expect(fake.opened).toEqual([url]);
  });
});
