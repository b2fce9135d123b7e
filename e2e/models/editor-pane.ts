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

  /** Selects the first `text` in the body as a mouse would: a DOM range across its text nodes. */
  async select(text: string): Promise<void> {
    await this.body.click();
    // A string, as the other page scripts here: this project's Node types have no DOM.
    const found: boolean = await this.page.evaluate(`((needle) => {
      const root = document.querySelector('[data-testid="editor"]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let full = '';
      while (walker.nextNode()) {
        nodes.push({ node: walker.currentNode, at: full.length });
        full += walker.currentNode.data;
      }
      const start = full.indexOf(needle);
      if (start < 0) return false;
      const point = (offset, isEnd) => {
        const hit = nodes.find(({ node, at }) =>
          offset >= at && (isEnd ? offset <= at + node.data.length : offset < at + node.data.length));
        return [hit.node, offset - hit.at];
      };
      const range = document.createRange();
      range.setStart(...point(start, false));
      range.setEnd(...point(start + needle.length, true));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return true;
    })(${JSON.stringify(text)})`);
    if (!found) throw new Error(`"${text}" is not in the story`);
  }

  /** Marks the selection as an annotation of the type, from the keyboard shortcut's menu. */
  async markSelection(type: 'quote' | 'claim' | 'note'): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+M');
    await this.page.getByTestId(`mark-as-${type}`).click();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^(Saved|Запазено)$/, { timeout: 10_000 });
  }

  toolbarButton(name: RegExp): Locator {
    return this.page.getByRole('toolbar').getByRole('button', { name });
  }
}
