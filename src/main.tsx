// Start-up: render the app inside the error boundary.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startUrlSync } from './store/url-sync';
import { ErrorBoundary } from './ui/error-boundary';
import './ui/app.css';

startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
