import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@renderer/lib/useDebouncedValue';
import type { Importer } from '@renderer/features/import/useImport';
import { ImportProgressBar } from '@renderer/features/import/ImportProgressBar';
import { ImportReportNotice } from '@renderer/features/import/ImportReportNotice';
import { ImportNoticeBox } from '@renderer/features/import/ImportNoticeBox';
import { LIST_LIMIT, useStories } from './useStories';
import { SearchInput } from './SearchInput';
import { StoryList } from './StoryList';
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
          <span className="pane__count">
            {stories.length >= LIST_LIMIT
              ? t('inbox.countCapped', { count: stories.length })
              : t('inbox.count', { count: stories.length })}
          </span>
        )}
      </div>
      <SearchInput value={search} onChange={setSearch} />
      {importer.notice && (
        <ImportNoticeBox notice={importer.notice} onDismiss={() => importer.showNotice(null)} />
      )}
      {importer.progress && (
        <ImportProgressBar progress={importer.progress} onCancel={importer.cancel} />
      )}
      {importer.outcome && (
        <ImportReportNotice shown={importer.outcome} onDismiss={importer.dismiss} onOpen={onOpen} />
      )}
      <StoryList
        stories={stories}
        search={settledSearch}
        selectedId={selectedId}
        version={version}
        onOpen={onOpen}
      />
    </>
  );
}
