// The one stylesheet and the small progressive-enhancement script, served from memory with a
// content hash in the URL so browsers cache them for good (no build step, no CDN).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context } from 'hono';

interface Asset {
  body: string;
  type: string;
  hash: string;
}

const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

function load(name: string): Asset {
  const body = readFileSync(new URL(`./static/${name}`, import.meta.url), 'utf8');
  const ext = name.split('.').pop() ?? '';
  return { body, type: TYPES[ext] ?? 'application/octet-stream', hash: createHash('sha256').update(body).digest('hex').slice(0, 10) };
}

const ASSETS: Record<string, Asset> = { 'style.css': load('style.css'), 'app.js': load('app.js') };

export type AssetName = 'style.css' | 'app.js';

export function assetUrl(name: AssetName): string {
  return `/static/${name}?v=${ASSETS[name]!.hash}`;
}

export function serveAsset(c: Context): Response {
  const asset = ASSETS[c.req.param('name') ?? ''];
  if (!asset) return c.text('not found', 404);
  return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' });
}
