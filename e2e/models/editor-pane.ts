import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class EditorPane {
  readonly body: Locator;
  readonly headline: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.body = page.getByTestId('editor');
    this.headline = page.getByTestId('headline-input');
    this.saveStatus = page.getByTestId('save-status');
  }

  /** Puts the caret at the end of the paragraph holding `text` (its last line) and types. */
  async typeAfter(text: string, typed: string): Promise<void> {
    const paragraph = this.body.locator('p', { hasText: text }).first();
    const box = await paragraph.boundingBox();
    if (!box) throw new Error(`paragraph "${text}" is not on screen`);
    await paragraph.click({ position: { x: box.width - 2, y: box.height - 4 } });
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(typed);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^(Saved|Запазено)$/, { timeout: 10_000 });
  }

  toolbarButton(name: RegExp): Locator {
    return this.page.getByRole('toolbar').getByRole('button', { name });
  }
}
