import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/security/csp';

/** The built page carries its CSP as a meta tag (dev keeps Vite's inline HMR preamble working). */
function cspMetaTag(): Plugin {
  return {
    name: 'fieldbook-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    // kysely is ESM-only: bundle it rather than lean on require(esm) inside Electron.
    build: { externalizeDeps: { exclude: ['kysely'] } },
  },
  preload: {
    // A sandboxed preload can't require packages: bundle everything it uses (the contract's zod schemas).
    build: {
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), cspMetaTag()],
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
