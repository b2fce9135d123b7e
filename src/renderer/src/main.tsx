import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Settings } from '@shared/model';
import { call } from './api/client';
import { initI18n } from './i18n';
import { resolveInitialLanguage } from './i18n/language';
import { ErrorsProvider } from './app/errors/ErrorsProvider';
import { App } from './App';
import './styles/theme.css';
import './styles/base.css';

async function start(): Promise<void> {
  // The saved language decides the first paint; without it the app still starts, in the
  // browser's language, and says what went wrong.
  let settings: Settings | null = null;
  let startupError: unknown = undefined;
  try {
    settings = await call('settings.get', {});
  } catch (error) {
    startupError = error;
  }
  await initI18n(resolveInitialLanguage(settings, navigator.language));

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <ErrorsProvider initial={startupError}>
        <App />
      </ErrorsProvider>
    </StrictMode>,
  );
}

void start();
