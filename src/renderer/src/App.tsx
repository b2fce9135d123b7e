import { Activity, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from './app/routing/useRoute';
import { navigate } from './app/routing/route';
import { AppHeader } from './app/header/AppHeader';
import { PaneErrorBoundary } from './app/errors/PaneErrorBoundary';
import { InboxPane } from './features/inbox/InboxPane';
import { DropOverlay } from './features/import/DropOverlay';
import { useImport } from './features/import/useImport';
import { useFileDrop } from './features/import/useFileDrop';
import { usePasteImport } from './features/import/usePasteImport';
import { useArrivals } from './features/import/useArrivals';
import { useReloadAfterRestore } from './features/backups/useReloadAfterRestore';
import { usePreparedDateFormats } from './features/stories/usePreparedDateFormats';
import { usePreparedEditor } from './editor/prepare/usePreparedEditor';
import { EditorPane } from './features/editor/EditorPane';
import { DigestProvider } from './features/digest/DigestProvider';
import { DigestPane } from './features/digest/DigestPane';
import { EditionWorkspace } from './features/edition/EditionWorkspace';
import { DrawerContext } from './app/drawer/DrawerContext';
import { useDrawerState } from './app/drawer/useDrawerState';
import { SideDrawer } from './app/drawer/SideDrawer';
import { CommandsProvider } from './app/commands/CommandsProvider';
import { AppCommands } from './app/commands/AppCommands';
import { ArrivalToast } from './features/notices/ArrivalToast';
import { useWireUpdates } from './features/editor/useWireUpdates';
import { WatchFailureToast } from './features/notices/WatchFailureToast';
import { SkipLink } from './app/SkipLink';
import './App.css';

function openStory(id: number): void {
  navigate({ storyId: id, view: undefined });
}

export function App(): React.JSX.Element {
  const { t } = useTranslation();
  const route = useRoute();
  // Bumped whenever stories may have changed (import, save): lists that show them reload.
  const [storiesVersion, setStoriesVersion] = useState(0);
  const storiesChanged = useCallback(() => setStoriesVersion((version) => version + 1), []);
  // Bumped when stories arrived from outside (import, feed): their wire flags may have changed.
  const [importsVersion, setImportsVersion] = useState(0);
  const storiesImported = useCallback(() => {
    setStoriesVersion((version) => version + 1);
    setImportsVersion((version) => version + 1);
  }, []);
  const importer = useImport(storiesImported, openStory);
  const wireUpdates = useWireUpdates(importer.outcome?.report.updated);
  const dragging = useFileDrop(importer.importCollected);
  usePasteImport(importer);
  useArrivals(storiesImported);
  useReloadAfterRestore();
  usePreparedDateFormats();
  usePreparedEditor();
  const drawer = useDrawerState(route.storyId !== null);

  return (
    <CommandsProvider>
      <DigestProvider
        digestId={route.digestId}
        storiesVersion={storiesVersion}
        flagsVersion={importsVersion}
      >
        <AppCommands />
        <DrawerContext value={drawer}>
          <div className="app">
            {/* The board has no story pane to skip to: its own first stops are the edition's. */}
            {route.view !== 'board' && <SkipLink />}
            <AppHeader importer={importer} onStoriesChanged={storiesImported} onOpen={openStory} />
            {/* Hidden, not unmounted, under the edition board: the open story keeps its state. */}
            <div className="panes" hidden={route.view === 'board'}>
              <nav className="pane pane--inbox" aria-label={t('inbox.title')}>
                <PaneErrorBoundary>
                  <InboxPane
                    selectedId={route.storyId}
                    version={storiesVersion}
                    importer={importer}
                    onOpen={openStory}
                  />
                </PaneErrorBoundary>
              </nav>
              <main
                className="pane pane--editor"
                id="story-pane"
                tabIndex={-1}
                aria-label={t('story.paneLabel')}
              >
                <PaneErrorBoundary>
                  <EditorPane
                    storyId={route.storyId}
                    wireUpdated={wireUpdates}
                    onSaved={storiesChanged}
                  />
                </PaneErrorBoundary>
              </main>
              <aside className="pane pane--digest" aria-label={t('drawer.label')}>
                <SideDrawer
                  storyOpen={route.storyId !== null}
                  digest={
                    <PaneErrorBoundary>
                      {/* Under the board, the edition's changes wait until the browser is idle
                          (the board shows them; every move re-rendered this list meanwhile). */}
                      <Activity mode={route.view === 'board' ? 'hidden' : 'visible'}>
                        <DigestPane openStoryId={route.storyId} />
                      </Activity>
                    </PaneErrorBoundary>
                  }
                />
              </aside>
            </div>
            {route.view === 'board' && (
              <PaneErrorBoundary>
                <EditionWorkspace storiesVersion={storiesVersion} />
              </PaneErrorBoundary>
            )}
            {dragging && <DropOverlay />}
            <div className="notice-stack">
              <WatchFailureToast />
              <ArrivalToast />
            </div>
          </div>
        </DrawerContext>
      </DigestProvider>
    </CommandsProvider>
  );
}
