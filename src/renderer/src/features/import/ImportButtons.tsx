import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectFromDirectoryInput } from './folderEntries';
import { readClipboard } from './paste';
import type { Importer } from './useImport';
import { useCommand } from '@renderer/app/commands/CommandsContext';

/**
 * The ways in from the header: files, a whole folder, the clipboard. The visible buttons open
 * hidden pickers; the pickers are the test hooks. Any file type is accepted: wire copy comes as
 * .xml, .json, .nitf, .eml, .txt, .html, .rss, .atom, .md, or with no extension at all.
 */
export function ImportButtons({ importer }: { importer: Importer }): React.JSX.Element {
  const { t } = useTranslation();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const { importFiles, importCollected, importText, showNotice } = importer;

  // React has no typed prop for it; the DOM property is supported by every engine Edition runs in.
  useEffect(() => {
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);

  const group = t('commands.groups.import');
  useCommand({
    id: 'import.files',
    label: t('import.button'),
    group,
    run: () => filesInput.current?.click(),
  });
  useCommand({
    id: 'import.folder',
    label: t('import.folderButton'),
    group,
    run: () => folderInput.current?.click(),
  });
  useCommand({
    id: 'import.paste',
    label: t('import.pasteButton'),
    group,
    run: () => pasteFromClipboard(),
  });

  const pasteFromClipboard = (): void => {
    setReading(true);
    void readClipboard(navigator.clipboard)
      .then((answer) => {
        switch (answer.kind) {
          case 'content':
            importText(answer.content);
            break;
          case 'empty':
            showNotice('paste-empty');
            break;
          case 'denied':
            showNotice('paste-denied');
            break;
          case 'unsupported':
            showNotice('paste-unsupported');
            break;
        }
      })
      .finally(() => setReading(false));
  };

  return (
    <div className="import-buttons" role="group" aria-label={t('import.groupLabel')}>
      <button
        type="button"
        className="button button--primary"
        data-testid="import-button"
        onClick={() => filesInput.current?.click()}
        title={t('import.buttonTitle')}
      >
        {t('import.button')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="import-folder-button"
        onClick={() => folderInput.current?.click()}
        title={t('import.folderTitle')}
      >
        {t('import.folderButton')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="paste-button"
        onClick={pasteFromClipboard}
        disabled={reading}
        title={t('import.pasteTitle')}
      >
        {t('import.pasteButton')}
      </button>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        aria-label={t('import.inputLabel')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Clear it, so that choosing the same file again still fires a change.
          event.target.value = '';
          importFiles(files);
        }}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        aria-label={t('import.folderInputLabel')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          // An empty folder chosen gets the report that it held nothing, as a dropped one does.
          importCollected(collectFromDirectoryInput(files));
        }}
      />
    </div>
  );
}
