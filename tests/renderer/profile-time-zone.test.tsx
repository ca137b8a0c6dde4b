import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProfileForm } from '../../src/renderer/src/features/settings/profile-form';
import { systemTimeZone } from '../../src/shared/domain/local-time';
import { renderWithApp } from './render';

afterEach(() => cleanup());

describe("the owner's time zone (issue 14, defect 3)", () => {
  it("defaults to the computer's zone and saves the one the owner picks", async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<ProfileForm profile={null} submitLabel="Start" />, { profile: false });
    const zone = screen.getAllByLabelText('Time zone')[0]! as HTMLInputElement;
    expect(zone.value).toBe(systemTimeZone());

    await user.type(screen.getAllByLabelText(/Business name/)[0]!, 'Atölye');
    await user.type(screen.getAllByLabelText(/Owner's name/)[0]!, 'Ayşe');
    await user.type(screen.getAllByLabelText(/Monthly cost of people/)[0]!, '120000');
    await user.clear(zone);
    await user.type(zone, 'Istanbul');
    await user.click(await screen.findByRole('option', { name: 'Europe/Istanbul' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(app.services.settings.profile()?.timeZone).toBe('Europe/Istanbul'));
  });
});
