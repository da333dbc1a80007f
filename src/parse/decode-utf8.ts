// Bytes → text. Tailscale's HuJSON parser rejects invalid UTF-8, so a bad sequence is a syntax
// error at its exact place rather than a silent U+FFFD.

import { LineIndex, type Position } from './line-index.ts';

export type Decoded = { ok: true; text: string } | { ok: false; message: string; position: Position };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    // Columns are counted without the BOM, as everywhere else.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const before = strict.decode(bytes.subarray(bom, Math.max(bom, bad)));
    const position = new LineIndex(before).position(before.length);
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, message: `Invalid UTF-8 (byte 0x${hex}); save the file as UTF-8`, position };
  }
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
