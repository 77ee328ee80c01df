/** Bytes to text without ever replacing what is not UTF-8 silently. A body that is valid UTF-8 is
 * decoded as is; in one that is not, each byte that starts no valid sequence becomes the lone
 * surrogate U+DC80–U+DCFF (the "surrogate escape" of Python and others), so the JSON still parses
 * and the validation that follows finds the very field that carried the bytes and refuses it (400
 * naming the field), instead of storing U+FFFD. Pure: no AWS, no Node-only API. */

const fatal = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The length of the valid UTF-8 sequence starting at `i` (Unicode 15, table 3-7), or 0. */
const sequenceLength = (b: Uint8Array, i: number): number => {
  const b0 = b[i];
  const cont = (j: number, lo = 0x80, hi = 0xbf) => i + j < b.length && b[i + j] >= lo && b[i + j] <= hi;
  if (b0 <= 0x7f) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
};

/** The first code unit of an escaped byte. */
export const ESCAPED_BYTE_BASE = 0xdc00;
/** A lone surrogate that stands for a byte that was not UTF-8. */
export const ESCAPED_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

export const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** `bytes` as text, and whether any byte had to be escaped. */
export const decodeUtf8 = (bytes: Uint8Array): { text: string; invalid: boolean } => {
  try {
    return { text: fatal.decode(bytes), invalid: false };
  } catch {
    // fall through: escape the bytes that start no valid sequence
  }
  let text = '';
  let run = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    text += fatal.decode(bytes.subarray(run, i)) + String.fromCharCode(ESCAPED_BYTE_BASE + bytes[i]);
    i += 1;
    run = i;
  }
  return { text: text + fatal.decode(bytes.subarray(run)), invalid: true };
};
