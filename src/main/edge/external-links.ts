/** Only web pages and e-mail links are handed to the OS; everything else (file:, smb:, javascript:…) is refused. */
export function isSafeExternalUrl(target: string): boolean {
  try {
    const { protocol } = new URL(target);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
