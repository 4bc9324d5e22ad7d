import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { startRuntime, type Runtime, type RuntimeOptions } from '../../src/main/runtime';
import { checkIntegrityOffThread } from '../../src/main/db/integrity-check';
import type { Dialogs } from '../../src/main/edge-ports/dialogs';
import { preloadInitScript, INVOKE_BINDING, DELIVER_EVENT } from './preload-shim';
import { serveRenderer } from './static-server';
import { memoryKeyStore } from '../support/memory-key-store';
import { freezeDatabase, LIFECYCLE_PREFIX, LIFECYCLE_PROBE } from './hard-crash';

const ROOT = resolve(__dirname, '../..');

/** Stands in for the OS key store (licenses): one per worker, so it outlives `app.restart()`. */
const keyStore = memoryKeyStore();

export interface FieldbookApp {
  /** The data folder the app's database lives in. */
  dataDir: string;
  /** Every save dialog writes here, under the file name the app proposes. */
  outputDir: string;
  /** The answer of the next open dialog. Folder dialogs (`chooseFolder`) answer `outputDir`. */
  chooseFile(path: string): void;
  /**
   * Keeps the next folder dialog (`chooseFolder`) open until the returned function is called,
   * as a user would while picking a folder: meanwhile the page shows what it shows during the
   * operation that asked (e.g. an export's progress), so a test can look at it.
   */
  holdNextFolderDialog(): () => void;
  /**
   * Holds the launch check of the next `restart()` (the book opens readable, a change waits for
   * the check's verdict) until the returned function is called; the real check then runs, as it
   * would on a large book that takes seconds to check.
   */
  holdNextLaunchCheck(): () => void;
  /**
   * Shuts the app down as quitting would (page unloaded, handlers finished, database closed),
   * runs `whileClosed` (e.g. to tamper with files), starts it again on the same data folder and
   * returns the page to use from then on.
   */
  restart(whileClosed?: () => void | Promise<void>): Promise<Page>;
  /**
   * A hard crash, as a power cut or a killed process: main dies first (from then on no call is
   * answered, and the data files stay exactly as they are: only committed writes count, no
   * shutdown hook runs, the database is never closed cleanly), then the page is crashed through
   * CDP `Page.crash` (no beforeunload, pagehide, unload or visibilitychange handler runs; the
   * fixture fails if one does). Main and the page then start again on the same data folder;
   * returns the page to use from then on, like `restart()`.
   */
  crash(): Promise<Page>;
  /** Requests that tried to leave the app's own origin (all were aborted). */
  readonly foreignRequests: readonly string[];
  /** The page currently showing the app. */
  readonly page: Page;
}

interface WorkerFixtures {
  rendererUrl: string;
}

/** Runtime options a later capability may need to extend (e.g. a test key store). */
export function runtimeOptions(app: {
  dataDir: string;
  dialogs: Dialogs;
  checkIntegrity?: RuntimeOptions['checkIntegrity'];
  rendererUrl: string;
  emit?: RuntimeOptions['emit'];
}): RuntimeOptions {
  return {
    ...(app.emit ? { emit: app.emit } : {}),
    ...(app.checkIntegrity ? { checkIntegrity: app.checkIntegrity } : {}),
    dataDir: app.dataDir,
    dialogs: app.dialogs,
    reveal: () => {},
    appUrls: [app.rendererUrl],
    validateOutput: true,
    log: (message, error) => console.error(`[main] ${message}`, error),
    keyStore,
  };
}

export const test = base.extend<{ app: FieldbookApp }, WorkerFixtures>({
  rendererUrl: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer(join(ROOT, 'out/renderer'));
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ browser, rendererUrl }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fieldbook-e2e-data-'));
    const outputDir = mkdtempSync(join(tmpdir(), 'fieldbook-e2e-out-'));
    const openAnswers: string[] = [];
    const foreignRequests: string[] = [];
    let folderHold: Promise<void> | null = null;
    let launchCheckHold: Promise<void> | null = null;
    // The next start's check, held when a test asked: the real worker-thread check once released.
    const nextLaunchCheck = (): RuntimeOptions['checkIntegrity'] => {
      const held = launchCheckHold;
      launchCheckHold = null;
      if (!held) return undefined;
      return async (file, options) => {
        await held;
        return checkIntegrityOffThread(file, options);
      };
    };
    const dialogs: Dialogs = {
      chooseSavePath: async ({ defaultName }) => join(outputDir, basename(defaultName)),
      chooseOpenPath: async () => openAnswers.shift() ?? null,
      chooseFolder: async () => {
        const held = folderHold;
        folderHold = null;
        if (held) await held;
        return outputDir;
      },
    };
    const initScript = preloadInitScript(ROOT);
    const appOrigin = new URL(rendererUrl).origin;

    // False between a hard crash and the restart: a dead main answers nothing.
    let mainAlive = true;
    const pageLifecycle: string[] = [];
    let context: BrowserContext;
    let page: Page | undefined;
    // Events main emits reach the page as Electron's webContents.send would bring them: into the
    // listeners the real preload registered (see preload-shim.ts).
    const emit = (channel: string, payload: unknown) => {
      if (!page || page.isClosed()) return;
      void page
        .evaluate(([fn, c, p]) => (window as unknown as Record<string, (c: string, p: unknown) => void>)[fn]!(c, p), [DELIVER_EVENT, channel, payload] as const)
        .catch(() => {});
    };
    let runtime: Runtime = startRuntime(runtimeOptions({ dataDir, dialogs, rendererUrl, emit }));

    const launch = async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === appOrigin) return route.continue();
        foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      await context.exposeBinding(INVOKE_BINDING, (source, channel: string, wrapped: { input: unknown } | null) =>
        mainAlive ? runtime.invoke(channel, source.frame.url(), wrapped === null ? undefined : wrapped.input) : new Promise<never>(() => {}),
      );
      await context.addInitScript({ content: LIFECYCLE_PROBE });
      await context.addInitScript({ content: initScript });
      const opened = await context.newPage();
      page = opened;
      opened.on('pageerror', (error) => console.error('[renderer]', error));
      opened.on('console', (message) => {
        if (message.text().startsWith(LIFECYCLE_PREFIX)) pageLifecycle.push(message.text().slice(LIFECYCLE_PREFIX.length));
      });
      await opened.goto(rendererUrl);
      return opened;
    };

    const shutDown = async () => {
      if (page && !page.isClosed()) await page.close({ runBeforeUnload: true }).catch(() => {});
      if (page && !page.isClosed()) await page.waitForEvent('close', { timeout: 5_000 }).catch(() => {});
      await context.close();
      await runtime.close();
    };

    await launch();
    const app: FieldbookApp = {
      dataDir,
      outputDir,
      chooseFile: (path) => openAnswers.push(path),
      holdNextLaunchCheck: () => {
        let release = () => {};
        launchCheckHold = new Promise<void>((resolve) => (release = resolve));
        return () => release();
      },
      holdNextFolderDialog: () => {
        let release = () => {};
        folderHold = new Promise<void>((resolve) => (release = resolve));
        return () => release();
      },
      restart: async (whileClosed) => {
        await shutDown();
        await whileClosed?.();
        runtime = startRuntime(runtimeOptions({ dataDir, dialogs, rendererUrl, emit, checkIntegrity: nextLaunchCheck() }));
        return launch();
      },
      crash: async () => {
        if (!page) throw new Error('The app has no page yet.');
        const crashing = page;
        mainAlive = false;
        const thaw = freezeDatabase(dataDir);
        const seen = pageLifecycle.length;
        const crashed = crashing.waitForEvent('crash');
        const cdp = await context.newCDPSession(crashing);
        void cdp.send('Page.crash').catch(() => {}); // never answered: the renderer is gone
        await crashed;
        const ran = pageLifecycle.slice(seen);
        // The dead process's handle goes without a clean close; thaw() undoes the checkpoint
        // closing it wrote, so the next start recovers from the log as after a real crash.
        runtime.store?.sqlite.close();
        thaw();
        await context.close();
        if (ran.length > 0) throw new Error(`app.crash(): the page ran ${ran.join(', ')}, but a crash runs no handler`);
        runtime = startRuntime(runtimeOptions({ dataDir, dialogs, rendererUrl, emit }));
        mainAlive = true;
        return launch();
      },
      foreignRequests,
      get page() {
        if (!page) throw new Error('The app has no page yet.');
        return page;
      },
    };
    await use(app);
    await shutDown();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outputDir, { recursive: true, force: true });
  },

  page: async ({ app }, use) => {
    await use(app.page);
  },
});

export { expect };
