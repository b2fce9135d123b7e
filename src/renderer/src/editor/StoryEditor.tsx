import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin, createEmptyHistoryState } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { EDITOR_NODES } from '@shared/editor-nodes';
import type { LexicalStateJson, Story } from '@shared/model';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { editorTheme } from './theme/editorTheme';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { BlockFormatPlugin } from './plugins/BlockFormatPlugin';
import { ClearFormattingPlugin } from './plugins/ClearFormattingPlugin';
import { TypographyPlugin } from './plugins/TypographyPlugin';
import { AnnotationMarksPlugin } from './plugins/AnnotationMarksPlugin';
import { ReanchorPlugin } from './plugins/ReanchorPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { StoryKeysPlugin } from './plugins/StoryKeysPlugin';
import { TYPING_RUN_MS, TypingRunPlugin } from './plugins/TypingRunPlugin';
import { StoryBodyPlugin } from './plugins/StoryBodyPlugin';
import { isSafeUrl } from './utils/url';
import './story-editor.css';

/**
 * The body of one story. The caller keys it by story id and revision, so opening another story
 * (or restoring a revision) creates a new editor: its undo history cannot reach back past the
 * state it was opened in. The editor is created empty and StoryBodyPlugin loads the body, so that
 * opening a long story runs no transform over all of it (see opening/openStory.ts).
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
    // StoryBodyPlugin loads the body, once the transforms are registered.
    editorState: null,
    onError: (error) => reportError(error),
  }));
  const [history] = useState(createEmptyHistoryState);

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
          <StoryBodyPlugin body={story.body} history={history} onCleanedUp={onBodyChange} />
        </div>
        <WordCountPlugin />
        <HistoryPlugin externalHistoryState={history} delay={TYPING_RUN_MS} />
        <TypingRunPlugin history={history} />
        <StoryKeysPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <BlockFormatPlugin />
        <ClearFormattingPlugin />
        <TypographyPlugin language={story.language} />
        <AnnotationMarksPlugin />
        <ReanchorPlugin />
        <AutosavePlugin onChange={onBodyChange} />
      </div>
      {children}
    </LexicalComposer>
  );
}
