/**
 * The OS file dialogs, as main's services see them. Electron's implementation lives at the
 * edge; the end-to-end fixture swaps in one that saves into `app.outputDir`, answers open
 * dialogs with `app.chooseFile()` and folder dialogs with `app.outputDir`. Paths are chosen
 * here, never by the page.
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
  /** Asks for a folder (to write several files into); `null` when the user cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
}
