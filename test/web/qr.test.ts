// QR codes of feed links read back by an independent decoder (jsQR): every size from a few bytes
// to the limit, Chinese text in UTF-8, and the SVG drawing's quiet zone.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { encodeQr, MAX_BYTES, type QrCode } from '../../src/web/qr/matrix.js';
import { qrPath } from '../../src/web/qr/svg.js';

/** Draws the code as RGBA pixels (scale px per module, 4-module quiet zone) and decodes it. */
function decode(qr: QrCode, scale = 3): Uint8Array | undefined {
  const side = (qr.size + 8) * scale;
  const px = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (!qr.dark[y * qr.size + x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          px[i] = px[i + 1] = px[i + 2] = 0;
        }
      }
    }
  }
  const found = jsQR(px, side, side, { inversionAttempts: 'dontInvert' });
  return found ? Uint8Array.from(found.binaryData) : undefined;
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('QR codes', () => {
  it('reads back a webcal feed address', () => {
    const text = 'webcal://127.0.0.1:8787/feeds/zf_AbCdEfGhIjKlMnOp_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG.ics';
    expect(decode(encodeQr(text)!)).toEqual(bytes(text));
  });

  it('reads back texts of every size up to the limit, with Chinese text in UTF-8', () => {
    const sizes = new Set<number>();
    for (const n of [1, 14, 26, 42, 62, 84, 106, 122, 152, 180, MAX_BYTES]) {
      // "值班" is 6 bytes in UTF-8; pad with ASCII to exactly n bytes where n allows it.
      const text = n >= 6 ? `值班${'a'.repeat(n - 6)}` : 'a'.repeat(n);
      const b = bytes(text);
      expect(b.length).toBe(n);
      const qr = encodeQr(text)!;
      sizes.add(qr.size);
      expect((qr.size - 17) % 4, 'size is 17 + 4 × version').toBe(0);
      expect(decode(qr), `${n} bytes, ${qr.size} modules`).toEqual(b);
    }
    // The version grows with the text: ten sizes from version 1 (21 modules) to 10 (57).
    expect(Math.min(...sizes)).toBe(21);
    expect(Math.max(...sizes)).toBe(57);
  });

  it('gives no code for an empty text or one past the limit', () => {
    expect(encodeQr('')).toBeUndefined();
    expect(encodeQr('x'.repeat(MAX_BYTES + 1))).toBeUndefined();
  });

  it('draws one SVG path with a quiet zone of four modules', () => {
    const { path, size } = qrPath('https://zhiban.example.cn/feeds/x.ics')!;
    expect(size).toBe(encodeQr('https://zhiban.example.cn/feeds/x.ics')!.size + 8);
    // The top-left finder's first row: seven dark modules starting at the quiet zone's edge.
    expect(path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });
});
