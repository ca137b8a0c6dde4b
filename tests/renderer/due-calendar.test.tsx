import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { OffboardingPage } from '../../src/renderer/src/features/offboarding/offboarding-page';
import { seedDifficultClient } from '../helpers/offboarding-fixtures';
import type { TempApp } from '../helpers/temp-db';
import { renderWithApp } from './render';

let app: TempApp | undefined;
afterEach(() => app?.close());

describe('the Due list', () => {
  it('goes into the owner’s calendar as an .ics file from the Offboarding page', async () => {
    let path = '';
    ({ app } = renderWithApp(<OffboardingPage />, {
      setup: (a) => {
        const { client } = seedDifficultClient(a);
        const c = a.services.offboarding.start(client.id, 'collect_payment');
        a.services.offboarding.save(c.id, 'invoices', {}, false);
        a.services.offboarding.save(c.id, 'reminder', { sentOn: '2026-11-23', payBy: '2026-11-30', letter: 'Reminder' }, false);
        path = join(a.dir, 'due.ics');
        a.dialogs.queue.save.push(path);
      },
    }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add to my calendar (.ics)' }));
    await waitFor(() => expect(existsSync(path)).toBe(true));
    expect(readFileSync(path, 'utf8')).toContain('SUMMARY;LANGUAGE=en:Payment promised by: Mehmet Kaya');
  });
});
