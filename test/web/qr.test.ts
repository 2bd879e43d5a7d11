// The QR encoder against the standard's worked example (Reed–Solomon) and read back by an
// independent decoder (jsQR) for every mask, every version 1–10 and texts up to the limit.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { reedSolomon, versionFor } from '../../src/web/qr/encode.js';
import { encodeQr, type QrCode } from '../../src/web/qr/matrix.js';
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

describe('QR encoder', () => {
  it('computes the error correction of ISO/IEC 18004 Annex I (01234567, 1-M)', () => {
    const data = [0x10, 0x20, 0x0c, 0x56, 0x61, 0x80, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11];
    expect(reedSolomon(data, 10)).toEqual([0xa5, 0x24, 0xd4, 0xc1, 0xed, 0x36, 0xc7, 0x87, 0x2c, 0x55]);
  });

  it('picks the smallest version for the length and refuses past version 10', () => {
    expect(versionFor(14)).toBe(1);
    expect(versionFor(15)).toBe(2);
    expect(versionFor(122)).toBe(7);
    expect(versionFor(213)).toBe(10);
    expect(versionFor(214)).toBeUndefined();
    expect(encodeQr('x'.repeat(214))).toBeUndefined();
  });

  it('is read back under each of the eight masks', () => {
    const text = 'webcal://127.0.0.1:8787/feeds/zf_AbCdEfGhIjKlMnOp_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG.ics';
    for (let mask = 0; mask < 8; mask++) expect(decode(encodeQr(text, mask)!), `mask ${mask}`).toEqual(bytes(text));
  });

  it('is read back at every version 1–10, with Chinese text in UTF-8', () => {
    const lengths = [1, 14, 26, 42, 62, 84, 106, 122, 152, 180, 213];
    const seen = new Set<number>();
    for (const n of lengths) {
      const text = `值班${'a1'.repeat(n)}`.slice(0, Math.max(1, n - 4));
      const b = bytes(text);
      const qr = encodeQr(text)!;
      seen.add(qr.version);
      expect(qr.size).toBe(17 + 4 * qr.version);
      expect(decode(qr), `${b.length} bytes, version ${qr.version}`).toEqual(b);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('draws one SVG path with a quiet zone of four modules', () => {
    const { path, size } = qrPath('https://zhiban.example.cn/feeds/x.ics')!;
    expect(size).toBe(encodeQr('https://zhiban.example.cn/feeds/x.ics')!.size + 8);
    // The top-left finder's first row: seven dark modules starting at the quiet zone's edge.
    expect(path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });
});
