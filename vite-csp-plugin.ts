// The Content-Security-Policy of the built app (docs/design.md §11), as a <meta> added at build time only:
// Vite's dev server injects inline scripts (React refresh) and inline <style> (CSS hot reload).
import type { Plugin } from 'vite';

/**
 * Cytoscape adds one <style> to the page (`.__________cytoscape_container { position: relative; }`);
 * its hash allows exactly that text. Inline style *attributes* set through the CSSOM (React's
 * `style`, Cytoscape's canvases) are not governed by CSP, so `style-src-attr` stays closed.
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'actor-graph-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
