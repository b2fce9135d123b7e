import { useTranslation } from 'react-i18next';
import { LoadSampleButton } from '@renderer/features/samples/LoadSampleButton';
import { formatDay } from '@renderer/features/stories/dates';
import { useDigests } from './DigestContext';
import { CreateDigestForm } from './CreateDigestForm';
import { DigestSelect } from './DigestSelect';
import { DigestItems } from './DigestItems';
import { ExportHtmlButton } from './ExportHtmlButton';
import { OpenBoardButton } from './OpenBoardButton';
import { useFollowEdition } from './useFollowEdition';
import './digest.css';

export function DigestPane({ openStoryId }: { openStoryId: number | null }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { summaries, current, currentId } = useDigests();
  // Another window's (or tab's) changes to the edition show here within a moment too. Under the
  // board (hidden, its effects put away) the board follows them instead.
  useFollowEdition();

  let body: React.JSX.Element;
  if (summaries === null) {
    body = <p className="muted pane__note">{t('common.loading')}</p>;
  } else if (summaries.length === 0) {
    body = (
      <div className="empty-state">
        <p className="empty-state__title">{t('digest.emptyTitle')}</p>
        <p>{t('digest.emptyHint')}</p>
        <p>{t('samples.hint')}</p>
        <LoadSampleButton />
      </div>
    );
  } else if (current !== null) {
    body = (
      <section className="digest-view" aria-labelledby="digest-current-title">
        <div className="digest-view__head">
          <div className="digest-view__heading">
            <h3 className="digest-view__title" id="digest-current-title">
              {current.title || t('digest.untitled')}
            </h3>
            <time className="digest-view__date" dateTime={current.date}>
              {formatDay(current.date, i18n.language)}
            </time>
          </div>
          <ExportHtmlButton />
        </div>
        <DigestItems digest={current} openStoryId={openStoryId} />
      </section>
    );
  } else if (currentId !== null) {
    body = <p className="muted pane__note">{t('common.loading')}</p>;
  } else {
    body = <p className="empty-state">{t('digest.chooseHint')}</p>;
  }

  return (
    <>
      <div className="pane__head">
        <h2 className="pane__title" id="digest-title">
          {t('digest.title')}
        </h2>
      </div>
      <CreateDigestForm />
      <div className="digest-choose">
        <DigestSelect />
      </div>
      <OpenBoardButton />
      {body}
    </>
  );
}
