#!/usr/bin/env node
// Renders resources/build/icon.svg to resources/build/icon.png (1024×1024, transparent outside
// the tile). electron-builder makes every platform's icon from that PNG (.icns, .ico, the Linux
// hicolor sizes), so only the SVG is edited by hand; run this after changing it and commit both.
// Uses Chromium through Playwright (already a dev dependency for the end-to-end tests): Debian's
// /usr/bin/chromium where present, else Playwright's own browser.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const SIZE = 1024;
const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'build');
const svg = readFileSync(join(folder, 'icon.svg'), 'utf8');
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

const browser = await chromium.launch({ executablePath });
try {
  const page = await browser.newPage({
    viewport: { width: SIZE, height: SIZE },
    deviceScaleFactor: 1,
  });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`,
  );
  await page.locator('svg').screenshot({
    path: join(folder, 'icon.png'),
    omitBackground: true,
  });
  console.log(`[render-icon] wrote ${join(folder, 'icon.png')}`);
} finally {
  await browser.close();
}
