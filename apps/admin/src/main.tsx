import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '@motcua/ui';
import { App } from './App';
import { adminEn, adminVi } from './i18n/strings';

// Before the first render, so the first paint is already in the visitor's language.
setupI18n({ vi: adminVi, en: adminEn });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
