// Electron fuses for the packaged Fieldbook, flipped in its binary right after packing
// (electron-builder's afterPack hook, before signing). Each one closes a way to run other code
// with the app's identity: docs/security.md, item 19.

/** @electron/fuses' FuseV1Options names → the value Fieldbook ships with. */
const FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 Fieldbook` would make the signed binary a plain Node.
  RunAsNode: false,
  // Cookies and other Chromium storage encrypted with the OS key store.
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload any script into main.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would open a debugger on main (and its signing key).
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash embedded at packing time.
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded: no loose app/ folder beside it can replace the code.
  OnlyLoadAppFromAsar: true,
  // file:// gets no more rights than a web page (Fieldbook serves itself on app://).
  GrantFileProtocolExtraPrivileges: false,
};

/** The @electron/fuses configuration for one packed app. */
async function fuseConfig(electronPlatformName) {
  const { FuseVersion, FuseV1Options } = await import('@electron/fuses');
  const config = {
    version: FuseVersion.V1,
    // Flipping fuses breaks macOS's ad-hoc signature; re-sign ad hoc so arm64 Macs still run it
    // (a real signature, when configured, is applied afterwards).
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' || electronPlatformName === 'mas',
  };
  for (const [name, value] of Object.entries(FUSES)) config[FuseV1Options[name]] = value;
  return config;
}

/** electron-builder afterPack hook: flips FUSES in the packed binary, found by electron-builder. */
async function afterPack(context) {
  await context.packager.addElectronFuses(context, await fuseConfig(context.electronPlatformName));
}

module.exports = { FUSES, fuseConfig, afterPack };
