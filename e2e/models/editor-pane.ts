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

  /** Puts the caret at the end of the paragraph holding `text` and types. */
  async typeAfter(text: string, typed: string): Promise<void> {
    await this.body.locator('p', { hasText: text }).first().click();
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
