// Start-up: URL state and saved datasets, then the app inside the error boundary and drop zone.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadFromUrl } from './store/load-from-url';
import { startUrlSync } from './store/url-sync';
import { ErrorBoundary } from './ui/error-boundary';
import { ImportDropZone } from './ui/import/drop-zone';
import './ui/app.css';

startUrlSync();
// Imported datasets come back from IndexedDB; a link to one waits for them (url-sync). Storage
// code loads in a chunk of its own, after the first paint's JavaScript.
void import('./store/persistence').then(({ startPersistence }) => startPersistence());
// `?data=<file>` opens a dataset file from this site (and the benchmark's generated graphs).
void loadFromUrl();

// Rendered at once, not in a task of its own: the page's first frame already shows the app.
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <ImportDropZone>
          <App />
        </ImportDropZone>
      </ErrorBoundary>
    </StrictMode>,
  ),
);
