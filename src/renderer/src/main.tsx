import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { loadIntlPolyfills } from '@shared/intl-polyfill';
import { App } from './app/app';

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Chromium has no Azerbaijani number/date data: the app's own is loaded (when needed) before
// the first screen, so no amount or date is ever shown in the wrong form.
loadIntlPolyfills().then(render, (e: unknown) => {
  console.warn('Intl polyfills did not load', e);
  render();
});
