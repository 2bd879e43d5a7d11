// A QR code's module matrix for a text, from the qrcode-generator package (zero dependencies):
// byte mode over the text's UTF-8 bytes, error correction level M, the smallest version that fits.
import qrcode from 'qrcode-generator';

export interface QrCode {
  /** Modules per side (17 + 4 × version). */
  size: number;
  /** Row-major, 1 = dark. */
  dark: Uint8Array;
}

/** Version 10 at level M holds 213 bytes; a webcal:// feed address is about 110. Longer texts
 * would make a code too dense to scan from a screen, so they get no code. */
export const MAX_BYTES = 213;

export function encodeQr(text: string): QrCode | undefined {
  const utf8 = new TextEncoder().encode(text);
  if (utf8.length === 0 || utf8.length > MAX_BYTES) return undefined;
  const qr = qrcode(0, 'M');
  // The package's byte mode takes one byte per char code, so hand it the UTF-8 bytes as such
  // (its default string conversion would truncate every non-Latin-1 character).
  qr.addData(String.fromCharCode(...utf8), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const dark = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) dark[y * size + x] = qr.isDark(y, x) ? 1 : 0;
  return { size, dark };
}
