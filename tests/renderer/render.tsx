import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { methodNames, type Api } from '../../src/shared/contract';
import { Providers, createQueryClient } from '../../src/renderer/src/app/app';
import { bridgeHandler } from '../helpers/bridge';
import { createTempApp, sampleProfile, type TempApp } from '../helpers/temp-db';

/**
 * Renders a screen with `window.api` wired to the real API on a temp SQLite file (through the
 * same dispatch as IPC) — components are tested against real data, never a mocked database.
 */
export function renderWithApp(
  ui: ReactElement,
  opts: { route?: string; profile?: boolean; setup?: (app: TempApp) => void; app?: Parameters<typeof createTempApp>[0] } = {},
) {
  const app: TempApp = createTempApp(opts.app);
  if (opts.profile !== false) app.services.settings.saveProfile(sampleProfile);
  opts.setup?.(app);
  const handle = bridgeHandler(app.api);
  const api = Object.fromEntries(methodNames.map((n) => [n, (input?: unknown) => handle(n, input ?? null)])) as unknown as Api;
  Object.defineProperty(window, 'api', { value: api, configurable: true });
  const view = render(
    <Providers queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[opts.route ?? '/']}>{ui}</MemoryRouter>
    </Providers>,
  );
  return { ...view, app };
}
