// Builds the TypeScript benchmark (scripts/bench/${process.env.BENCH_ENTRY ?? 'run'}.ts) with Vite into .bench/ and runs it
// on the project's Node. Dependencies stay external, so better-sqlite3 and kysely are the
// same modules the app uses.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.bench');
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: resolve(root, `scripts/bench/${process.env.BENCH_ENTRY ?? 'run'}.ts`),
    outDir,
    emptyOutDir: true,
    target: 'node24',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'run.mjs' } },
  },
});
await import(pathToFileURL(resolve(outDir, 'run.mjs')).href);
