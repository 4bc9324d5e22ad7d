/**
 * Whether an IPC message comes from the app's own page. Compares protocol and host with
 * `new URL()`: for a custom scheme `URL.origin` is the string "null", so an origin comparison
 * would accept or reject everyone.
 */
export function createSenderCheck(appUrls: readonly string[]): (senderUrl: string | null | undefined) => boolean {
  const trusted = appUrls.map((u) => new URL(u));
  return (senderUrl) => {
    if (!senderUrl) return false;
    let url: URL;
    try {
      url = new URL(senderUrl);
    } catch {
      return false;
    }
    return trusted.some((t) => t.protocol === url.protocol && t.host === url.host && url.username === '' && url.password === '');
  };
}
