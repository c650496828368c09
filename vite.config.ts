// Vite build and dev server; relative base so dist/ works from any static host (docs/design.md §2).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './vite-csp-plugin.ts';
import { eagerCommonJs } from './vite-eager-commonjs-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), eagerCommonJs()],
  server: { port: 5173 },
  // Both workers are module workers; as ES modules their own dynamic imports (the .xlsx reader)
  // stay chunks of their own, fetched only when a workbook is opened.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Cytoscape and React in chunks of their own beside the app's: the browser parses the
        // three scripts on background threads at once, where one 760 kB script is parsed by one
        // (docs/design.md §10: the first painted graph came about 20 ms sooner over 40 interleaved loads).
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
