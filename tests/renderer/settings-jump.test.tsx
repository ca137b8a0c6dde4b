// Settings is found, not scrolled through (issue 17 item 3): a list of sections on the left,
// each section its own view at /settings/<section>; the list finds a section by a word or a
// setting by its label and opens it; arrow keys move through the list; an old deep link such
// as /settings#backups lands on the Backups view, and /settings opens the business profile.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { SettingsPage } from '../../src/renderer/src/features/settings/settings-page';
import { settingsSections } from '../../src/renderer/src/app/settings-sections';
import { renderWithApp } from './render';
import type { TempApp } from '../helpers/temp-db';

let app: TempApp | undefined;
afterEach(() => app?.close());

function Where() {
  const { pathname, hash } = useLocation();
  return <output data-testid="where">{pathname + hash}</output>;
}

function renderSettings(route: string) {
  const page = <SettingsPage sections={settingsSections} />;
  ({ app } = renderWithApp(
    <>
      <Routes>
        <Route path="/settings" element={page} />
        <Route path="/settings/:section" element={page} />
      </Routes>
      <Where />
    </>,
    { route },
  ));
}

const nav = () => within(screen.getByTestId('settings-jump')).getByRole('navigation', { name: 'Settings sections' });
const names = () =>
  within(nav())
    .getAllByRole('link')
    .map((a) => a.textContent);
const where = () => screen.getByTestId('where').textContent;

describe('Settings as separate views', () => {
  it('lists every section, grouped, and an old #section deep link opens that view alone', async () => {
    renderSettings('/settings#backups');
    await screen.findByRole('heading', { name: 'Data safety' });
    expect(where()).toBe('/settings/backups');
    expect(names()).toEqual([
      'Business profile',
      'Value calculator',
      'Sample data',
      'Team',
      'Backups and restore',
      'Journal receipts',
      'Export',
      'Import',
      'App lock',
    ]);
    expect(within(nav()).getByText('Your business')).toBeTruthy();
    expect(within(nav()).getByText('Data safety')).toBeTruthy();
    expect(within(nav()).getByRole('link', { name: 'Backups and restore' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('region', { name: 'Backups and restore' })).toBeTruthy();
    // one view at a time: the profile, the lock and the receipts are not on this page
    expect(screen.queryAllByLabelText(/Business name/)).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'App lock' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Journal receipts' })).toBeNull();
    await screen.findByText('No backups yet. Make the first one now.');

    // a click on the list opens the view
    fireEvent.click(within(nav()).getByRole('link', { name: 'Journal receipts' }));
    await screen.findByRole('heading', { name: 'Journal receipts' });
    expect(where()).toBe('/settings/receipts');
    expect(screen.queryByRole('heading', { name: 'Data safety' })).toBeNull();
    expect(within(nav()).getByRole('link', { name: 'Journal receipts' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens the business profile at /settings', async () => {
    renderSettings('/settings');
    await screen.findByRole('heading', { name: 'Business and owner' }, { timeout: 5000 });
    expect(screen.getAllByLabelText(/Business name/).length).toBeGreaterThan(0);
    expect(where()).toBe('/settings/profile');
    expect(screen.getByRole('region', { name: 'Business profile' })).toBeTruthy();
  });

  it('an unknown section says so and keeps the list', async () => {
    renderSettings('/settings/nowhere');
    await screen.findByText('There is no such section. Choose one from the list.');
    expect(names()).toHaveLength(9);
  });

  it('finds a section by a word or a setting by its label, and Enter opens it', async () => {
    renderSettings('/settings/profile');
    const find = await screen.findByLabelText('Find a setting');
    fireEvent.change(find, { target: { value: 'passphrase' } });
    expect(names()).toEqual(['App lock']);
    fireEvent.keyDown(find, { key: 'Enter' });
    await screen.findByRole('heading', { name: 'App lock' });
    expect(where()).toBe('/settings/lock');
    expect(screen.queryAllByLabelText(/Business name/)).toHaveLength(0);

    // a setting's own label, not among the keywords: the section with the label beneath it
    fireEvent.change(find, { target: { value: 'From a FILE' } });
    expect(names()).toEqual(['Backups and restoreRestore from a file…']);
    fireEvent.click(within(nav()).getByRole('link', { name: /Backups and restore/ }));
    await screen.findByRole('heading', { name: 'Data safety' });
    expect(where()).toBe('/settings/backups');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Restore from a file…' })).toBeTruthy());

    fireEvent.change(find, { target: { value: 'zzz' } });
    expect(within(screen.getByTestId('settings-jump')).getByText('No section matches.')).toBeTruthy();
    expect(within(nav()).queryAllByRole('link')).toHaveLength(0);
  });

  it('moves through the list with the arrow keys', async () => {
    renderSettings('/settings/profile');
    const find = await screen.findByLabelText('Find a setting');
    fireEvent.keyDown(find, { key: 'ArrowDown' });
    const links = within(nav()).getAllByRole('link');
    expect(document.activeElement).toBe(links[0]);
    fireEvent.keyDown(links[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);
    fireEvent.keyDown(links[1]!, { key: 'ArrowDown' });
    fireEvent.keyDown(links[2]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(links[1]);
  });
});
