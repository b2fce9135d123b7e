import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Digest } from '@shared/model';
import { useOfferedCommand } from '@renderer/app/commands/CommandsContext';
import { useDrawer } from '@renderer/app/drawer/DrawerContext';
import { navigate } from '@renderer/app/routing/route';
import { requestAnnotation } from '@renderer/features/annotations/pendingAnnotation';
import { useDigests } from '@renderer/features/digest/DigestContext';
import type { FlagsById } from '@renderer/features/digest/storyFlags';
import { ChecksPanel } from './ChecksPanel';
import { EditionBoard } from './EditionBoard';
import type { CheckFinding } from './editionApi';
import { EditionsSelect } from './EditionsSelect';
import { FieldsPanel } from './FieldsPanel';
import { revealItem, revealSection } from './focus';
import { byTestId, refocusIfDropped } from '@renderer/lib/refocusIfDropped';
import { NewEditionForm } from './NewEditionForm';
import { PreviewDialog } from './PreviewDialog';
import { useEditionChanges } from './useEditionChanges';
import { fieldControl, findingField, findingSetting } from './findingField';
import { focusWhenShown } from '@renderer/lib/focusWhenShown';
import { EditionSaveStatus } from './EditionSaveStatus';
import { useFieldsSaver, type SaveState } from './useFieldsSaver';
import './edition.css';

function closeBoard(): void {
  const leaving = document.activeElement;
  navigate({ view: undefined });
  // The keyboard goes on from the button that opens the board again, not the page's top.
  refocusIfDropped(byTestId('open-edition-board'), leaving);
}

/** The top bar: back to the panes, the editions by date, a new one, the preview. */
function EditionBar({
  status,
  onPreview,
}: {
  status: SaveState | null;
  onPreview: (() => void) | null;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <div className="edition-bar">
      <button
        type="button"
        className="button button--small"
        data-testid="edition-close"
        onClick={closeBoard}
      >
        <span aria-hidden="true">←</span> {t('edition.close')}
      </button>
      <h2 className="edition-bar__title">{t('edition.title')}</h2>
      <EditionsSelect />
      <div className="edition-bar__new">
        <button
          type="button"
          className="button button--small"
          data-testid="new-edition"
          aria-expanded={creating}
          onClick={() => setCreating((open) => !open)}
        >
          {t('edition.new.open')}
        </button>
        {creating && <NewEditionForm onDone={() => setCreating(false)} />}
      </div>
      <div className="edition-bar__end">
        {status && <EditionSaveStatus state={status} />}
        {onPreview && (
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="preview-open-bar"
            onClick={onPreview}
          >
            {t('edition.preview.open')}
          </button>
        )}
      </div>
    </div>
  );
}

type SideTab = 'fields' | 'checks';

/**
 * The side tab each edition was left on, for this window's life: back from a finding's story
 * (the board closed for it), the fact-checker is on the checks again, not on the fields.
 */
const sideTabs = new Map<number, SideTab>();

function EditionBody({
  digest,
  flags,
  storiesVersion,
}: {
  digest: Digest;
  flags: FlagsById;
  storiesVersion: number;
}): React.JSX.Element {
  const { t } = useTranslation();
  const changes = useEditionChanges();
  const saver = useFieldsSaver(digest.id, changes);
  const [tab, setShownTab] = useState<SideTab>(() => sideTabs.get(digest.id) ?? 'fields');
  const setTab = useCallback(
    (next: SideTab) => {
      sideTabs.set(digest.id, next);
      setShownTab(next);
    },
    [digest.id],
  );
  const { setTab: setDrawerTab } = useDrawer();
  const [previewing, setPreviewing] = useState(false);
  const openPreview = useCallback(() => {
    saver.flush();
    setPreviewing(true);
  }, [saver]);

  const itemOf = (finding: CheckFinding): number | undefined => {
    if (finding.itemId !== undefined && digest.items.some((item) => item.id === finding.itemId))
      return finding.itemId;
    if (finding.storyId !== undefined)
      return digest.items.find((item) => item.storyId === finding.storyId)?.id;
    return undefined;
  };
  // The Settings button's command: the dialog opens as from the header.
  const openSettings = useOfferedCommand('open.settings');
  const canGoTo = (finding: CheckFinding): boolean =>
    itemOf(finding) !== undefined ||
    finding.storyId !== undefined ||
    finding.sectionId !== undefined ||
    findingField(finding) !== null ||
    (findingSetting(finding) !== null && openSettings !== undefined);
  const goTo = (finding: CheckFinding): void => {
    const setting = findingSetting(finding);
    if (setting !== null && openSettings) {
      openSettings.run();
      focusWhenShown(setting);
      return;
    }
    const field = findingField(finding);
    if (field !== null) {
      // On the Edition tab: shown first, then the field takes the keyboard.
      setTab('fields');
      requestAnimationFrame(() => fieldControl(field)?.focus());
      return;
    }
    // A quote or claim: its story opens on the annotations, the annotation selected there.
    if (finding.storyId !== undefined && isAboutAnnotations(finding)) {
      requestAnnotation(finding.storyId, finding.annotationId ?? null);
      setDrawerTab('annotations');
      navigate({ storyId: finding.storyId, view: undefined });
      return;
    }
    const itemId = itemOf(finding);
    if (itemId !== undefined && revealItem(itemId)) return;
    if (finding.storyId !== undefined) {
      // Not on the board (or no longer): open it in the editor instead.
      navigate({ storyId: finding.storyId, view: undefined });
      return;
    }
    if (finding.sectionId !== undefined) revealSection(finding.sectionId);
  };

  return (
    <>
      <EditionBar status={saver.state} onPreview={openPreview} />
      <div className="edition__columns">
        <EditionBoard
          digest={digest}
          flags={flags}
          storiesVersion={storiesVersion}
          changes={changes}
        />
        <aside className="edition__side" aria-label={t('edition.side.label')}>
          <div className="edition-tabs" role="tablist" aria-label={t('edition.side.label')}>
            {(['fields', 'checks'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`edition-tab-${name}`}
                className="edition-tabs__tab"
                data-testid={`edition-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`edition-panel-${name}`}
                tabIndex={tab === name ? 0 : -1}
                onClick={() => setTab(name)}
                onKeyDown={(event) => {
                  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
                  event.preventDefault();
                  const next = name === 'fields' ? 'checks' : 'fields';
                  setTab(next);
                  document.getElementById(`edition-tab-${next}`)?.focus();
                }}
              >
                {t(`edition.side.${name}`)}
              </button>
            ))}
          </div>
          <div
            className="edition-tabs__panel"
            role="tabpanel"
            id="edition-panel-fields"
            aria-labelledby="edition-tab-fields"
            hidden={tab !== 'fields'}
          >
            <FieldsPanel
              digest={digest}
              unsaved={saver.unsaved}
              onChange={saver.change}
              onLeave={saver.flush}
            />
          </div>
          <div
            className="edition-tabs__panel"
            role="tabpanel"
            id="edition-panel-checks"
            aria-labelledby="edition-tab-checks"
            hidden={tab !== 'checks'}
          >
            <ChecksPanel digest={digest} onGoTo={goTo} canGoTo={canGoTo} onPreview={openPreview} />
          </div>
        </aside>
      </div>
      {previewing && (
        <PreviewDialog
          digestId={digest.id}
          revision={digest.revision}
          onClose={() => setPreviewing(false)}
        />
      )}
    </>
  );
}

/**
 * The edition board: the window's stories, the board of lead and sections, the edition's
 * fields, checks and exports. It replaces the three panes while open (`#/…/view/board`).
 */
export function EditionWorkspace({
  storiesVersion,
}: {
  storiesVersion: number;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { summaries, current, currentId, flags } = useDigests();

  let body: React.JSX.Element;
  if (current !== null) {
    body = (
      <EditionBody
        key={current.id}
        digest={current}
        flags={flags}
        storiesVersion={storiesVersion}
      />
    );
  } else {
    let message: React.JSX.Element;
    if (summaries === null || currentId !== null)
      message = <p className="muted pane__note">{t('common.loading')}</p>;
    else
      message = (
        <div className="empty-state empty-state--centred">
          <p className="empty-state__title">
            {summaries.length === 0 ? t('edition.noneTitle') : t('edition.chooseTitle')}
          </p>
          <p>{summaries.length === 0 ? t('edition.noneHint') : t('edition.chooseHint')}</p>
        </div>
      );
    body = (
      <>
        <EditionBar status={null} onPreview={null} />
        {message}
      </>
    );
  }
  return (
    <div className="edition" data-testid="edition-board">
      {body}
    </div>
  );
}

/** Findings about a story's fact-checks: verdicts not given or not good, quotes not marked. */
function isAboutAnnotations(finding: CheckFinding): boolean {
  return finding.code.startsWith('annotation-') || finding.code === 'quotes-unmarked';
}
