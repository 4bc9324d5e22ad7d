/**
 * The OS file dialogs, as main's services see them. Electron's implementation lives at the
 * edge; the end-to-end fixture swaps in one that saves into `app.outputDir` and answers open
 * dialogs with `app.chooseFile()`. Paths are chosen here, never by the page.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** Asks where to save; `null` when the user cancelled. */
  chooseSavePath(options: { title: string; defaultName: string; filters?: FileFilter[] }): Promise<string | null>;
  /** Asks for a file to open; `null` when the user cancelled. */
  chooseOpenPath(options: { title: string; filters?: FileFilter[] }): Promise<string | null>;
}
