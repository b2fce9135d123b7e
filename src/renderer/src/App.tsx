import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from './app/routing/useRoute';
import { navigate } from './app/routing/route';
import { AppHeader } from './app/header/AppHeader';
import { PaneErrorBoundary } from './app/errors/PaneErrorBoundary';
import { InboxPane } from './features/inbox/InboxPane';
import { DropOverlay } from './features/inbox/DropOverlay';
import { useImport } from './features/inbox/useImport';
import { useFileDrop } from './features/inbox/useFileDrop';
import { EditorPane } from './features/editor/EditorPane';
import { DigestProvider } from './features/digest/DigestProvider';
import { DigestPane } from './features/digest/DigestPane';
import './App.css';

function openStory(id: number): void {
  navigate({ storyId: id });
}

export function App(): React.JSX.Element {
  const { t } = useTranslation();
  const route = useRoute();
  // Bumped whenever stories may have changed (import, save): lists that show them reload.
  const [storiesVersion, setStoriesVersion] = useState(0);
  const storiesChanged = useCallback(() => setStoriesVersion((version) => version + 1), []);
  const importer = useImport(storiesChanged);
  const dragging = useFileDrop(importer.run);

  return (
    <DigestProvider digestId={route.digestId} storiesVersion={storiesVersion}>
      <div className="app">
        <AppHeader importing={importer.importing} onImport={importer.run} />
        <div className="panes">
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
          <main className="pane pane--editor" aria-label={t('story.paneLabel')}>
            <PaneErrorBoundary>
              <EditorPane storyId={route.storyId} onSaved={storiesChanged} />
            </PaneErrorBoundary>
          </main>
          <aside className="pane pane--digest" aria-label={t('digest.title')}>
            <PaneErrorBoundary>
              <DigestPane openStoryId={route.storyId} />
            </PaneErrorBoundary>
          </aside>
        </div>
        {dragging && <DropOverlay />}
      </div>
    </DigestProvider>
  );
}
