import type { Locator, Page } from '@playwright/test';
import type { AnnotationStatus } from '../../src/shared/model';

/** The open story's annotations tab: suggested quotes and the annotations themselves. */
export class AnnotationsPane {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.getByTestId('annotations-tab').click();
    return this;
  }

  suggestion(text: string): Locator {
    return this.page.getByTestId('suggestion-item').filter({ hasText: text });
  }

  item(text: string): Locator {
    return this.page.getByTestId('annotation-item').filter({ hasText: text });
  }

  /** Accepts the suggested quote holding `text` and gives the annotation it becomes a status. */
  async accept(text: string, status: AnnotationStatus): Promise<Locator> {
    await this.suggestion(text).getByTestId('suggestion-accept').click();
    const item = this.item(text);
    await item.getByTestId('annotation-status').selectOption(status);
    return item;
  }
}
