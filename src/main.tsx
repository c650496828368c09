// Start-up: URL state and saved datasets, then the app inside the error boundary and drop zone.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startPersistence } from './store/persistence';
import { startUrlSync } from './store/url-sync';
import { ErrorBoundary } from './ui/error-boundary';
import { ImportDropZone } from './ui/import/drop-zone';
import './ui/app.css';

startUrlSync();
// Imported datasets come back from IndexedDB; a link to one waits for them (url-sync).
void startPersistence();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <ImportDropZone>
        <App />
      </ImportDropZone>
    </ErrorBoundary>
  </StrictMode>,
);
