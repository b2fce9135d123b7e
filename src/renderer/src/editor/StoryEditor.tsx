import { useState, type ReactNode } from 'react';
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
import { BlockFormatPlugin } from './plugins/BlockFormatPlugin';
import { ClearFormattingPlugin } from './plugins/ClearFormattingPlugin';
import { PasteCleanupPlugin } from './plugins/PasteCleanupPlugin';
import { TypographyPlugin } from './plugins/TypographyPlugin';
import { AnnotationMarksPlugin } from './plugins/AnnotationMarksPlugin';
import { ReanchorPlugin } from './plugins/ReanchorPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { StoryKeysPlugin } from './plugins/StoryKeysPlugin';
import { isSafeUrl } from './utils/url';
import './story-editor.css';

/** Lexical refuses to load an empty root; such a body starts as one empty paragraph instead. */
function initialState(body: LexicalStateJson): string | undefined {
  return body.root.children.length > 0 ? JSON.stringify(body) : undefined;
}

/**
 * The body of one story. The caller keys it by story id and revision, so opening another story
 * (or restoring a revision) creates a new editor: its undo history cannot reach back past the
 * state it was opened in, which is loaded as the initial state and so is not in the history.
 * `children` render inside the editor's context: the story's panels, which act on its text.
 */
export function StoryEditor({
  story,
  onBodyChange,
  children,
}: {
  story: Story;
  onBodyChange: (read: () => LexicalStateJson) => void;
  children?: ReactNode;
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
        <WordCountPlugin />
        <HistoryPlugin />
        <StoryKeysPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <BlockFormatPlugin />
        <ClearFormattingPlugin />
        <PasteCleanupPlugin />
        <TypographyPlugin language={story.language} />
        <AnnotationMarksPlugin />
        <ReanchorPlugin />
        <AutosavePlugin onChange={onBodyChange} />
      </div>
      {children}
    </LexicalComposer>
  );
}
