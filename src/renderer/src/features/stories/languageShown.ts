/**
 * A language tag as a reader names it, in the interface's language, with the tag beside it for
 * the exact value ("български (bg)", "Bulgarian (bg)"); the tag alone where the browser has no
 * name for it.
 */
export function languageShown(tag: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
