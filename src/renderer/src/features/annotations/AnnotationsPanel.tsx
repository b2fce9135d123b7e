import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetectedQuote } from '@shared/model';
import { useAnnotations } from './AnnotationsContext';
import { AnnotationFilters } from './AnnotationFilters';
import { AnnotationItem } from './AnnotationItem';
import { OrphanedItem } from './OrphanedItem';
import { SuggestionItem } from './SuggestionItem';
import { DismissedNotice } from './DismissedNotice';
import { AuthorNameHint } from './AuthorNameHint';
import { useAcceptSuggestion } from './useAcceptSuggestion';
import { useRequestedAnnotation } from './useRequestedAnnotation';
import { matchesFilter, NO_FILTER, splitByAnchoring, type AnnotationFilter } from './filters';
import { speakersOf } from './speakers';
import { shortcutText, SHORTCUTS } from '@renderer/editor/utils/shortcuts';
import './annotations.css';

/**
 * The open story's annotations: those in the text (in text order), those whose text was deleted
 * (orphaned), and quotes the detector suggests. Filters narrow the first two by status and speaker.
 */
export function AnnotationsPanel({ language }: { language: string | null }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const {
    annotations,
    anchoredIds,
    loadFailed,
    suggestions,
    activeId,
    caretIds,
    dismissSuggestion,
    undismissSuggestion,
  } = useAnnotations();
  const accept = useAcceptSuggestion();
  useRequestedAnnotation();
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  // The suggestion last dismissed, until taken back: a Dismiss clicked by mistake was final.
  const [dismissed, setDismissed] = useState<DetectedQuote | null>(null);

  if (annotations === null) {
    return (
      <p className="muted pane__note" data-testid="annotations-panel">
        {loadFailed ? t('annotations.loadFailed') : t('common.loading')}
      </p>
    );
  }
  const split = splitByAnchoring(annotations, anchoredIds);
  const shown = split.anchored.filter((annotation) => matchesFilter(annotation, filter));
  const orphans = split.orphaned.filter((annotation) => matchesFilter(annotation, filter));
  const filtered = filter.status !== 'all' || filter.speaker !== '';

  return (
    <section
      className="annotations-panel"
      data-testid="annotations-panel"
      aria-labelledby="annotations-title"
    >
      <div className="pane__head">
        <h2 className="pane__title" id="annotations-title" tabIndex={-1}>
          {t('annotations.title')}
        </h2>
        <span className="pane__count">
          {t('annotations.count', { count: split.anchored.length })}
        </span>
      </div>
      <AuthorNameHint />
      {annotations.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('annotations.emptyTitle')}</p>
          <p>
            {t('annotations.emptyHint', {
              shortcut: shortcutText(SHORTCUTS.markAnnotation),
            })}
          </p>
        </div>
      ) : (
        <AnnotationFilters
          filter={filter}
          speakers={speakersOf(annotations, language ?? i18n.language)}
          onChange={setFilter}
        />
      )}
      {shown.length > 0 && (
        <ul className="annotation-list" aria-label={t('annotations.listLabel')}>
          {shown.map((annotation) => (
            <AnnotationItem
              key={annotation.id}
              annotation={annotation}
              active={activeId === annotation.id}
              underCaret={caretIds.includes(annotation.id)}
            />
          ))}
        </ul>
      )}
      {filtered && shown.length === 0 && orphans.length === 0 && (
        <p className="muted pane__note">{t('annotations.noMatches')}</p>
      )}
      {orphans.length > 0 && (
        <section className="annotations-section" aria-labelledby="orphaned-title">
          <h3 className="annotations-section__title" id="orphaned-title">
            {t('annotations.orphanedTitle', { count: orphans.length })}
          </h3>
          <p className="annotations-section__explain">{t('annotations.orphanedExplain')}</p>
          <ul className="annotation-list">
            {orphans.map((annotation) => (
              <OrphanedItem key={annotation.id} annotation={annotation} />
            ))}
          </ul>
        </section>
      )}
      <section className="annotations-section" aria-labelledby="suggestions-title">
        <h3 className="annotations-section__title" id="suggestions-title" tabIndex={-1}>
          {t('suggestions.title', { count: suggestions?.length ?? 0 })}
        </h3>
        {dismissed && (
          <DismissedNotice
            onUndo={() => {
              setDismissed(null);
              void undismissSuggestion(dismissed);
            }}
          />
        )}
        {suggestions === null ? (
          <p className="muted pane__note">{t('common.loading')}</p>
        ) : suggestions.length === 0 ? (
          <p className="annotations-section__explain">{t('suggestions.none')}</p>
        ) : (
          <>
            <p className="annotations-section__explain">{t('suggestions.explain')}</p>
            <ul className="annotation-list">
              {suggestions.map((quote) => (
                <SuggestionItem
                  key={`${quote.start}:${quote.text}`}
                  quote={quote}
                  onAccept={() => accept(quote)}
                  onDismiss={async () => {
                    const done = await dismissSuggestion(quote);
                    if (done) setDismissed(quote);
                    return done;
                  }}
                />
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
