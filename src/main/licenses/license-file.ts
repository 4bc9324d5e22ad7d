import { LICENSE_ALG, LICENSE_BEGIN, LICENSE_END } from '../../shared/licenses/file-format';

/**
 * The license file (docs/license-format.md): six lines of UTF-8 text.
 *
 *   -----BEGIN FIELDBOOK LICENSE-----
 *   alg: Ed25519
 *   kid: <16 hex digits>
 *   payload: <base64 of the canonical JSON payload>
 *   signature: <base64 of the Ed25519 signature over exactly the payload bytes>
 *   -----END FIELDBOOK LICENSE-----
 */
export function encodeLicenseFile(kid: string, payload: Buffer, signature: Buffer): string {
  return [
    LICENSE_BEGIN,
    `alg: ${LICENSE_ALG}`,
    `kid: ${kid}`,
    `payload: ${payload.toString('base64')}`,
    `signature: ${signature.toString('base64')}`,
    LICENSE_END,
    '',
  ].join('\n');
}

export type ParsedLicenseFile =
  | { ok: true; kid: string; payload: Buffer; signature: Buffer }
  | { ok: false; reason: string };

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Standard base64 with padding, in its one canonical form. Node's decoder is lenient (it skips
 * stray characters and ignores the spare bits of the last character), so without the
 * round-trip check an edited file could decode to the very same bytes and still "verify".
 */
function strictBase64(text: string): Buffer | null {
  if (text.length === 0 || !STRICT_BASE64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

function field(line: string | undefined, name: string): string | null {
  const prefix = `${name}: `;
  return line !== undefined && line.startsWith(prefix) ? line.slice(prefix.length) : null;
}

/** Reads the frame strictly: any byte out of place makes the file unreadable, never "close enough". */
export function parseLicenseFile(text: string): ParsedLicenseFile {
  // Files that passed through Windows tools may have CRLF line ends; a lone CR is never valid.
  const normal = text.includes('\r\n') ? text.replaceAll('\r\n', '\n') : text;
  if (normal.includes('\r')) return { ok: false, reason: 'it contains a stray carriage return' };
  const lines = normal.endsWith('\n') ? normal.slice(0, -1).split('\n') : normal.split('\n');
  if (lines[0] !== LICENSE_BEGIN) return { ok: false, reason: `it does not start with "${LICENSE_BEGIN}"` };
  if (lines.length !== 6 || lines[5] !== LICENSE_END) {
    return { ok: false, reason: `it should be six lines ending with "${LICENSE_END}"` };
  }
  const alg = field(lines[1], 'alg');
  if (alg !== LICENSE_ALG) return { ok: false, reason: `its algorithm line should read "alg: ${LICENSE_ALG}"` };
  const kid = field(lines[2], 'kid');
  if (kid === null || !/^[0-9a-f]{16}$/.test(kid)) return { ok: false, reason: 'its key id line is not 16 hexadecimal digits' };
  const payloadText = field(lines[3], 'payload');
  const payload = payloadText === null ? null : strictBase64(payloadText);
  if (!payload) return { ok: false, reason: 'its payload line is not valid base64' };
  const signatureText = field(lines[4], 'signature');
  const signature = signatureText === null ? null : strictBase64(signatureText);
  if (!signature || signature.length !== 64) return { ok: false, reason: 'its signature line is not a 64-byte base64 signature' };
  return { ok: true, kid, payload, signature };
}
