import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

const ACCEPT = '.txt,.md,text/plain,text/markdown';

/** A visible button that opens the (hidden) file picker; the picker is the test hook. */
export function ImportButton({
  busy,
  onFiles,
}: {
  busy: boolean;
  onFiles: (files: File[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        data-testid="import-button"
        onClick={() => input.current?.click()}
        disabled={busy}
        title={t('import.buttonTitle')}
      >
        {busy ? t('import.importing') : t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-input"
        aria-label={t('import.inputLabel')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Clear it, so that choosing the same file again still fires a change.
          event.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
