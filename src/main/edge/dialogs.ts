import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../edge-ports/dialogs';

/** The OS dialogs, attached to the main window so they are modal to it. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const win = getWindow();
      const options = { title, defaultPath: defaultName, ...(filters ? { filters } : {}) };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const win = getWindow();
      const options = { title, properties: ['openFile' as const], ...(filters ? { filters } : {}) };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder({ title }) {
      const win = getWindow();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
