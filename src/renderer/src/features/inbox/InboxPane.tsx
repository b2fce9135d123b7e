import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Importer } from '@renderer/features/import/useImport';
import { ImportProgressBar } from '@renderer/features/import/ImportProgressBar';
import { ImportReportNotice } from '@renderer/features/import/ImportReportNotice';
import { ImportNoticeBox } from '@renderer/features/import/ImportNoticeBox';
import { useStoryPages } from './useStoryPages';
import { SearchInput } from './SearchInput';
import { StoryList } from './StoryList';
import { storyCount } from './storyCount';
import './inbox.css';

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
  // No debounce: the store answers a search in milliseconds, and a stale answer is dropped.
  const pages = useStoryPages(search, version);
  const { stories } = pages;

  return (
    <div className="inbox">
      <div className="pane__head">
        <h2 className="pane__title" id="inbox-title">
          {t('inbox.title')}
        </h2>
        {stories !== null && stories.length > 0 && (
          <span className="pane__count">
            {t(pages.complete ? 'inbox.count' : 'inbox.countCapped', {
              count: storyCount(stories, search.trim() !== ''),
            })}
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
      <StoryList pages={pages} selectedId={selectedId} version={version} onOpen={onOpen} />
    </div>
  );
}
