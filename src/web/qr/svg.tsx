// A QR code as inline SVG (one path, a four-module quiet zone, crisp edges), drawn on the server.
import { encodeQr } from './matrix.js';

const QUIET = 4;

/** The SVG path of the dark modules, one unit square each (rows merged into runs). */
export function qrPath(text: string): { path: string; size: number } | undefined {
  const qr = encodeQr(text);
  if (!qr) return undefined;
  const parts: string[] = [];
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; ) {
      if (!qr.dark[y * qr.size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < qr.size && qr.dark[y * qr.size + x + run]) run++;
      parts.push(`M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`);
      x += run;
    }
  }
  return { path: parts.join(''), size: qr.size + 2 * QUIET };
}

export function QrSvg({ text, label, id }: { text: string; label: string; id: string }) {
  const qr = qrPath(text);
  if (!qr) return null;
  return (
    <svg class="qr" id={id} viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
