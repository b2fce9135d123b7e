import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class DigestPane {
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByTestId('digest-item');
  }

  async create(date: string, title: string): Promise<void> {
    await this.page.getByTestId('digest-date').fill(date);
    await this.page.getByTestId('digest-title').fill(title);
    await this.page.getByTestId('create-digest').click();
    await expect(this.page.getByTestId('digest-select')).toContainText(title);
  }

  async addOpenStory(): Promise<void> {
    const before = await this.items.count();
    await this.page.getByTestId('add-to-digest').click();
    await expect(this.items).toHaveCount(before + 1);
  }

  async exportHtml(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-html').click();
    return download;
  }
}
