import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { EditorPane } from './editor-pane';
import { DigestPane } from './digest-pane';
import { REPO } from '../support/server';

export const METRO_SAMPLE = join(REPO, 'resources', 'samples', '2026-03-14-sofia-metro.txt');
export const METRO_HEADLINE = 'Третият лъч на метрото';

/** The window as an editor sees it: inbox, open story, digest. */
export class MainScreen {
  readonly inbox: Locator;

  constructor(readonly page: Page) {
    this.inbox = page.getByTestId('story-card');
  }

  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await expect(this.page.getByTestId('import-button')).toBeVisible();
    return this;
  }

  /** The first-run sample edition, loaded: its board shows with its ten stories. */
  async loadSampleEdition(): Promise<void> {
    await this.page.getByTestId('load-sample-edition').click();
    await expect(this.page.getByTestId('board-item')).toHaveCount(10);
  }

  /** Sources → the watched folder set to `folder`, watching, and the dialog closed again. */
  async watchFolder(folder: string): Promise<void> {
    await this.page.getByTestId('sources-button').click();
    await this.page.getByTestId('watch-folder').fill(folder);
    await this.page.getByTestId('watch-save').click();
    await expect(this.page.getByTestId('watch-status')).toContainText(folder);
    await this.page.getByTestId('sources-close').click();
  }

  async importFiles(paths: string[]): Promise<Locator> {
    await this.page.getByTestId('import-input').setInputFiles(paths);
    const report = this.page.getByTestId('import-report');
    await expect(report).toBeVisible();
    return report;
  }

  card(headline: string | RegExp): Locator {
    return this.inbox.filter({ hasText: headline });
  }

  /**
   * The project's metro sample (three quotes, one of them a suggestion with its speaker),
   * imported and open in the editor: where most of the editor's tests start.
   */
  async openMetroSample(): Promise<EditorPane> {
    await this.importFiles([METRO_SAMPLE]);
    return this.openStory(METRO_HEADLINE);
  }

  async openStory(headline: string | RegExp): Promise<EditorPane> {
    await this.card(headline).first().click();
    const editor = new EditorPane(this.page);
    await expect(editor.body).toBeVisible();
    return editor;
  }

  digest(): DigestPane {
    return new DigestPane(this.page);
  }
}
