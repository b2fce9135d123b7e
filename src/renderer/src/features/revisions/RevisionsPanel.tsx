import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '@shared/api';
import type { Story } from '@shared/model';
import { REVISION_FOLD_MINUTES } from '@shared/revision-folding';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import type { StorySaver } from '@renderer/features/editor/storySaver';
import { useRevisionList } from './useRevisionList';
import { RevisionRow } from './RevisionRow';
import { RevisionCompareDialog } from './RevisionCompareDialog';
import { chosenInList, toggleChosen } from './chosen';
import { markRestored, takeRestored } from './restoredFocus';
import './revisions.css';

/**
 * The story's revisions: choose two to compare side by side, or restore one. Restoring saves
 * what is pending first, makes the old text current as a new revision, and reopens the story
 * in a fresh editor (its undo history starts again there).
 */
export function RevisionsPanel({
  story,
  saver,
  savedVersion,
  visible,
  onRestored,
}: {
  story: Story;
  saver: StorySaver;
  savedVersion: number;
  visible: boolean;
  onRestored: (answer: ResponseOf<'stories.restoreRevision'>) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const reportError = useReportError();
  const revisions = useRevisionList(story.id, savedVersion, visible);
  const title = useRef<HTMLHeadingElement>(null);
  // Opened again by a restore made here: the keyboard goes on from this panel.
  useEffect(() => {
    if (visible && takeRestored(story.id)) title.current?.focus();
  }, [visible, story.id]);
  const [chosenAsPicked, setChosen] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const listed = Array.isArray(revisions) ? revisions.map((revision) => revision.number) : [];
  const chosen = chosenInList(chosenAsPicked, listed);

  const choose = (number: number, on: boolean): void => setChosen(toggleChosen(chosen, number, on));

  // The newest revision stands for the text as it is: what is pending is saved first, and if
  // that save folded into the newest revision, the comparison takes the number it now has.
  const compare = async (older: number, newer: number): Promise<void> => {
    const newest = listed[0];
    await saver.flush();
    setComparing([older, newer === newest ? Math.max(newer, saver.revision) : newer]);
  };

  const restore = async (number: number): Promise<void> => {
    try {
      await saver.flush();
      // Typing held back by a change made elsewhere (a wire update, another window) is saved
      // over it first, as closing the story would: the restore was refused as stale, and the
      // typing would have had no revision to come back from.
      if (saver.getState().kind === 'conflict') await saver.keepMine();
      const answer = await call('stories.restoreRevision', {
        id: story.id,
        number,
        baseRevision: saver.revision,
        ...(saver.sessionId && { session: saver.sessionId }),
      });
      markRestored(story.id);
      onRestored(answer);
    } catch (error) {
      reportError(error);
    }
  };

  let body: React.JSX.Element;
  if (revisions === null) body = <p className="muted pane__note">{t('common.loading')}</p>;
  else if (revisions === 'failed') body = <p className="pane__note">{t('revisions.failed')}</p>;
  else if (revisions.length === 0) body = <p className="muted pane__note">{t('revisions.none')}</p>;
  else {
    const newest = revisions[0]!.number;
    const pair = [...chosen].sort((a, b) => a - b);
    // Numbers go on rising as an editor saves, while one revision stands for each few minutes
    // of saves: the list says why some are missing, when some are.
    const skips = revisions.some(
      (revision, index) => index > 0 && revisions[index - 1]!.number - revision.number > 1,
    );
    body = (
      <>
        <div className="revisions-panel__compare">
          <p className="revisions-panel__hint">
            {pair.length === 2
              ? t('revisions.compareReady', { older: pair[0], newer: pair[1] })
              : t('revisions.compareHint')}
          </p>
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="revision-compare"
            disabled={pair.length !== 2}
            onClick={() => void compare(pair[0]!, pair[1]!)}
          >
            {t('revisions.compare')}
          </button>
        </div>
        <ol className="revision-list" aria-label={t('revisions.label')}>
          {revisions.map((revision) => (
            <RevisionRow
              key={revision.number}
              revision={revision}
              current={revision.current ?? revision.number === newest}
              chosen={chosen.includes(revision.number)}
              onChoose={(on) => choose(revision.number, on)}
              onRestore={() => restore(revision.number)}
            />
          ))}
        </ol>
        {skips && (
          <p className="muted pane__note" data-testid="revisions-folded">
            {t('revisions.folded', { minutes: REVISION_FOLD_MINUTES })}
          </p>
        )}
      </>
    );
  }

  return (
    <section
      className="revisions-panel"
      data-testid="revisions-panel"
      aria-labelledby="revisions-title"
    >
      <div className="pane__head">
        <h2 className="pane__title" id="revisions-title" tabIndex={-1} ref={title}>
          {t('revisions.label')}
        </h2>
        {Array.isArray(revisions) && (
          <span className="pane__count">{t('revisions.count', { count: revisions.length })}</span>
        )}
      </div>
      {body}
      {comparing && (
        <RevisionCompareDialog
          storyId={story.id}
          older={comparing[0]}
          newer={comparing[1]}
          onClose={() => setComparing(null)}
        />
      )}
    </section>
  );
}
