import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-500.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './styles/app.css';
import './styles/pages.css';
import './styles/data.css';
import './styles/catalogue.css';
import './styles/admin.css';
import './styles/provider.css';
import './styles/cards.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { i18n, initI18n } from './i18n/index.ts';
import { MunicipalityProvider } from './municipality.tsx';
import { SessionProvider } from './session.tsx';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MunicipalityProvider>
        <SessionProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </SessionProvider>
      </MunicipalityProvider>
    </I18nextProvider>
  </StrictMode>,
);
