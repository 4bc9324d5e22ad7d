/**
 * A CRM export's bytes as text. Excel and CRMs write UTF-8 with or without a BOM, UTF-16
 * ("Unicode text", little- or big-endian, usually with a BOM) and Windows-1252 (Excel's
 * "CSV" on Western Windows). A BOM decides; without one, NUL bytes in every other position mean
 * UTF-16, and bytes that are not valid UTF-8 mean Windows-1252 (every byte is a character there).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'be'), encoding: 'utf-16be' };
  const nulAt = nulPositions(bytes.subarray(0, 4096));
  if (nulAt === 'odd') return { text: utf16(bytes, 'le'), encoding: 'utf-16le' };
  if (nulAt === 'even') return { text: utf16(bytes, 'be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

function utf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (order === 'le') return new TextDecoder('utf-16le').decode(even);
  const swapped = Buffer.from(even);
  swapped.swap16();
  return new TextDecoder('utf-16le').decode(swapped);
}

/** Where NUL bytes sit in a sample: all at odd offsets (UTF-16LE ASCII), all at even ones (BE), or neither. */
function nulPositions(sample: Uint8Array): 'odd' | 'even' | null {
  let odd = 0;
  let even = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  if (sample.length < 2 || odd + even < sample.length / 4) return null;
  if (odd > 0 && even === 0) return 'odd';
  if (even > 0 && odd === 0) return 'even';
  return null;
}

/** 0x80–0x9F in Windows-1252 (€, smart quotes, dashes…); the rest is Latin-1. Node's TextDecoder reads this label as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}
