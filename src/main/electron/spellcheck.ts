import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The languages Edition's copy comes in; Chromium checks each word against all of them. */
const SPELLCHECK_LANGUAGES = ['bg', 'ru', 'en-US'];

/**
 * Spellchecking in the desktop app: Bulgarian, Russian and English dictionaries at once
 * (a Bulgarian story quoting TASS in Russian is common), and a context menu with suggestions.
 * On macOS the OS spellchecker decides the languages and setSpellCheckerLanguages is a no-op.
 */
export function enableSpellcheck(window: BrowserWindow): void {
  const session = window.webContents.session;
  if (process.platform !== 'darwin') {
    const available = new Set(session.availableSpellCheckerLanguages);
    session.setSpellCheckerLanguages(
      SPELLCHECK_LANGUAGES.filter((language) => available.has(language)),
    );
  }
  window.webContents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = params.dictionarySuggestions.map((suggestion) => ({
      label: suggestion,
      click: () => window.webContents.replaceMisspelling(suggestion),
    }));
    if (params.misspelledWord) {
      items.push(
        { type: 'separator' },
        {
          label: 'Add to dictionary',
          click: () => session.addWordToSpellCheckerDictionary(params.misspelledWord),
        },
        { type: 'separator' },
      );
    }
    if (params.isEditable)
      items.push({ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
    else if (params.selectionText) items.push({ role: 'copy' });
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window });
  });
}
