// What every browser test shares: Debian's Chromium (Playwright's own download does not work on
// these machines), launched headless with a fresh profile, and full-page screenshots into
// test/e2e/screenshots/ (git-ignored) for review.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const SHOTS = join(import.meta.dirname, 'screenshots');
// launch() gives every run a fresh temporary profile (its own --user-data-dir).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The page's full width in CSS pixels (no sideways scrolling when ≤ the viewport). */
export const pageWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');
