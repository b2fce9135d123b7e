/**
 * What typing costs in this browser without Edition: a bare contenteditable holding the same
 * 10,000 words, typed into at the same pace and measured the same way. The editor's figures
 * are read against it: what the baseline spends is the browser's and the machine's (a software
 * compositor without a GPU here), what the editor spends beyond it is Edition's. Not the same
 * page in every respect: no marks, no toolbar, the document scrolls rather than a pane.
 */
import type { Browser } from '@playwright/test';
import { PARAGRAPHS, paragraphEnd, paragraphWords } from './long-story';
import { typeKeys, typeTraced, type TracedTyping } from './typing';

export async function baselineTyping(browser: Browser, tracePath: string): Promise<TracedTyping> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const paragraphs = Array.from(
      { length: PARAGRAPHS },
      (_, p) => `<p>${paragraphWords(p).join(' ')} ${paragraphEnd(p)}</p>`,
    ).join('');
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><div contenteditable="true" style="max-width: 44rem; margin: auto; font: 1.1rem/1.6 serif">${paragraphs}</div>`,
    );
    await page
      .locator('p')
      .nth(PARAGRAPHS / 2)
      .click();
    // Typed into once untraced first, as the editor is before its traced run.
    await typeKeys(page, 'human');
    return await typeTraced(browser, page, 'human', tracePath);
  } finally {
    await page.close();
  }
}
