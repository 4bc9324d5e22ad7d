import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The usual menus, so copy / paste, undo and window shortcuts work as on any desktop app.
 * A packaged build's View menu has no "Toggle Developer Tools" (docs/security.md, "DevTools").
 */
export function installMenu(isMac: boolean, isPackaged: boolean): void {
  const view: MenuItemConstructorOptions = isPackaged
    ? {
        label: 'View',
        submenu: [
          { role: 'reload' },
          { role: 'forceReload' },
          { type: 'separator' },
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      }
    : { role: 'viewMenu' };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
