// Settings is found, not scrolled through (issue 17 item 3, in part): a jump list names every
// section, finds one by what the owner types (in their words, accents or not), and a deep link
// such as /settings#backups lands on its section.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SettingsPage } from '../../src/renderer/src/features/settings/settings-page';
import { settingsSections } from '../../src/renderer/src/app/settings-sections';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => {
  app?.close();
  vi.restoreAllMocks();
});

describe('the Settings jump list', () => {
  it('names every section, finds one by a word, and scrolls to it', async () => {
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    } as never;
    ({ app } = renderWithApp(<SettingsPage sections={settingsSections} />, { route: '/settings#backups' }));
    const jump = await screen.findByTestId('settings-jump');
    const nav = within(jump).getByRole('navigation', { name: 'Settings sections' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Business profile',
      'Value calculator',
      'Sample data',
      'Backups and restore',
      'Journal receipts',
      'Export',
      'Import',
      'App lock',
    ]);
    // the deep link landed on its section
    await waitFor(() => expect(scrolled).toContain('settings-backups'));
    for (const id of ['profile', 'value', 'sample', 'backups', 'receipts', 'export', 'import', 'lock'])
      expect(document.getElementById(`settings-${id}`), id).not.toBeNull();
    fireEvent.change(within(jump).getByLabelText('Find a setting'), { target: { value: 'passphrase' } });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['App lock']);
    fireEvent.click(within(nav).getByRole('link', { name: 'App lock' }));
    expect(scrolled.at(-1)).toBe('settings-lock');
    fireEvent.change(within(jump).getByLabelText('Find a setting'), { target: { value: 'zzz' } });
    expect(within(jump).getByText('No section matches.')).toBeTruthy();
  });
});
