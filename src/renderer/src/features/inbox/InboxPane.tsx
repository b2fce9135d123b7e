import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@renderer/lib/useDebouncedValue';
import type { Importer } from './useImport';
import { useStories } from './useStories';
import { SearchInput } from './SearchInput';
import { StoryList } from './StoryList';
import { ImportReportNotice } from './ImportReportNotice';
import './inbox.css';

const SEARCH_DEBOUNCE_MS = 250;

export function InboxPane({
  selectedId,
  version,
  importer,
  onOpen,
}: {
  selectedId: number | null;
  /** Changes when stories may have changed elsewhere (import, save). */
  version: number;
  importer: Importer;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settledSearch = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const stories = useStories(settledSearch, version);

  return (
    <>
      <div className="pane__head">
        <h2 className="pane__title" id="inbox-title">
          {t('inbox.title')}
        </h2>
        {stories !== null && stories.length > 0 && (
          <span className="pane__count">{t('inbox.count', { count: stories.length })}</span>
        )}
      </div>
      <SearchInput value={search} onChange={setSearch} />
      {importer.importing && <p className="pane__note muted">{t('import.importing')}</p>}
      {importer.report && (
        <ImportReportNotice report={importer.report} onDismiss={importer.dismissReport} />
      )}
      <StoryList stories={stories} search={settledSearch} selectedId={selectedId} onOpen={onOpen} />
    </>
  );
}
