import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { EDITOR_NODES } from '@shared/editor-nodes';
import type { LexicalStateJson, Story } from '@shared/model';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { editorTheme } from './theme/editorTheme';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { isSafeUrl } from './utils/url';
import './story-editor.css';

/** Lexical refuses to load an empty root; such a body starts as one empty paragraph instead. */
function initialState(body: LexicalStateJson): string | undefined {
  return body.root.children.length > 0 ? JSON.stringify(body) : undefined;
}

/**
 * The body of one story. The caller keys it by story id, so opening another story creates a new
 * editor: its undo history cannot reach back into the previous story.
 */
export function StoryEditor({
  story,
  onBodyChange,
}: {
  story: Story;
  onBodyChange: (read: () => LexicalStateJson) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const reportError = useReportError();
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'edition-story',
    nodes: EDITOR_NODES,
    theme: editorTheme,
    editorState: initialState(story.body),
    onError: (error) => reportError(error),
  }));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="story-editor">
        <ToolbarPlugin />
        <div className="story-editor__surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="story-editor__input"
                data-testid="editor"
                aria-label={t('story.bodyLabel')}
                aria-placeholder={t('story.bodyPlaceholder')}
                placeholder={
                  <div className="story-editor__placeholder">{t('story.bodyPlaceholder')}</div>
                }
                spellCheck
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <AutosavePlugin onChange={onBodyChange} />
      </div>
    </LexicalComposer>
  );
}
