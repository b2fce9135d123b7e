import type { Page } from '@playwright/test';

/** A paste into the focused editor of what a clipboard holds, by type ("text/plain" …). */
export async function pasteInto(page: Page, data: Record<string, string>): Promise<void> {
  // A string, as the other page scripts here: this project's Node types have no DOM.
  await page.evaluate(`((data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    document.activeElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  })(${JSON.stringify(data)})`);
}
