import { test as base, expect } from '@playwright/test';
import { serveEdition, type ServedEdition } from './server';

/**
 * Each test gets its own `edition serve` on a fresh database, and fails on any dialog the page
 * opens or any request that leaves this machine.
 */
const LOCAL = /^(http:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:|about:)/;

export const test = base.extend<{ edition: ServedEdition }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument
  edition: async ({}, use, testInfo) => {
    const edition = await serveEdition();
    await use(edition);
    await testInfo.attach('server-log', { body: edition.logs(), contentType: 'text/plain' });
    await edition.stop();
  },
  page: async ({ page }, use) => {
    const unexpected: string[] = [];
    page.on('dialog', (dialog) => {
      unexpected.push(`${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.route(
      (url) => !LOCAL.test(url.href),
      (route) => {
        unexpected.push(`request to ${route.request().url()}`);
        return route.abort();
      },
    );
    await use(page);
    expect(unexpected, 'the page opened dialogs or reached outside this machine').toEqual([]);
  },
});

export { expect };
