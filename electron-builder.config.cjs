// Installers for Fieldbook: `npm run dist` (electron-vite build, then electron-builder) on a
// machine that can download Electron. Output goes to release/.
const { afterPack } = require('./packaging/fuses.cjs');

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.fieldbook.app',
  productName: 'Fieldbook',
  directories: { output: 'release', buildResources: 'resources' },
  // Only the built app and package.json (electron-builder adds the production node_modules).
  // The negations also apply inside node_modules: no tests, source maps, docs or env files ship.
  files: [
    'out/**/*',
    'package.json',
    '!**/*.map',
    '!**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts}',
    '!**/{test,tests,__tests__,spec,docs,doc,example,examples}/**',
    '!**/*.{md,markdown}',
    '!**/.env',
    '!**/.env.*',
    '!**/*.{ts,mts,cts,tsx}',
    // better-sqlite3's SQLite and C++ sources (the prebuilt binaries are what load).
    '!**/node_modules/better-sqlite3/{deps,src}/**',
  ],
  // The window icon, read from process.resourcesPath by src/main/index.ts.
  extraResources: [{ from: 'resources/icon.png', to: 'icon.png' }],
  asar: true,
  // better-sqlite3 ships Node-API prebuilds that load in Electron as they are: nothing to rebuild.
  npmRebuild: false,
  // better-sqlite3's native binding can't be loaded from inside the archive.
  asarUnpack: ['**/*.node'],
  afterPack,
  mac: { target: 'dmg', icon: 'resources/icon.icns', category: 'public.app-category.business' },
  win: { target: 'nsis', icon: 'resources/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  linux: { target: ['AppImage', 'deb'], icon: 'resources/icons', category: 'Office', maintainer: 'Fieldbook' },
};
