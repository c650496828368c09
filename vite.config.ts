// Vite build and dev server; relative base so dist/ works from any static host (SPEC §2).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './vite-csp-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
