import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProfileForm } from '../../src/renderer/src/features/settings/profile-form';
import { setLanguage } from '../../src/renderer/src/lib/i18n';
import { renderWithApp } from './render';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

describe('first run', () => {
  it('proposes the currency of the chosen language (TRY for Türkçe, AZN for Azərbaycanca)', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProfileForm profile={null} submitLabel="Start" />, { profile: false });
    expect(screen.getAllByLabelText('Currency')[0]!).toHaveProperty('value', 'EUR');

    await user.click(screen.getAllByLabelText('Language')[0]!);
    await user.click(await screen.findByRole('option', { name: 'Türkçe' }));
    await waitFor(() => expect(screen.getAllByLabelText('Para birimi')[0]!).toHaveProperty('value', 'TRY'));

    await user.click(screen.getAllByLabelText('Dil')[0]!);
    await user.click(await screen.findByRole('option', { name: 'Azərbaycanca' }));
    await waitFor(() => expect(screen.getAllByLabelText('Valyuta')[0]!).toHaveProperty('value', 'AZN'));
  });
});
