import { useState } from 'react';
import { $getRoot, createEditor, type EditorState } from 'lexical';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { EDITOR_NODES } from '@shared/editor-nodes';
import type { LexicalStateJson } from '@shared/model';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { editorTheme } from '@renderer/editor/theme/editorTheme';
import { isSafeUrl } from '@renderer/editor/utils/url';
import { PasteCleanupPlugin } from '@renderer/editor/plugins/PasteCleanupPlugin';
import { IntroToolbar } from './IntroToolbar';

/**
 * The first of `intros` Lexical can load, as its initial state: LexicalComposer parses it while
 * rendering, where a stored intro it cannot read would take the whole board down.
 */
export function loadable(
  intros: (LexicalStateJson | null)[],
  onUnreadable: (error: Error) => void,
): string | undefined {
  for (const intro of intros) {
    // Lexical refuses to load an empty root.
    if (!intro || intro.root.children.length === 0) continue;
    const json = JSON.stringify(intro);
    try {
      createEditor({
        nodes: EDITOR_NODES,
        onError: (error) => {
          throw error;
        },
      }).parseEditorState(json);
      return json;
    } catch (error) {
      onUnreadable(error as Error);
    }
  }
  return undefined;
}

/** What the edition stores: the intro as Lexical saves it, or null when nothing is written. */
function introOf(state: EditorState): LexicalStateJson | null {
  const empty = state.read(() => $getRoot().getTextContent().trim() === '');
  return empty ? null : (state.toJSON() as unknown as LexicalStateJson);
}

/**
 * The edition's intro, in Lexical like a story's body (paragraphs, bold, italic, links), which
 * the exports render as they render bodies. Opened once per edition: the caller keys it by the
 * edition, so the intro it starts from is the one loaded.
 */
export function IntroEditor({
  intro,
  fallback,
  inputId,
  labelId,
  hintId,
  toolbarLabel,
  onChange,
}: {
  intro: LexicalStateJson | null;
  /** What opens if `intro` cannot: the intro's plain text, as paragraphs. */
  fallback: LexicalStateJson | null;
  /** The editable text's id (its label focuses it). */
  inputId: string;
  labelId: string;
  hintId: string;
  toolbarLabel: string;
  onChange: (intro: LexicalStateJson | null) => void;
}): React.JSX.Element {
  const reportError = useReportError();
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'edition-intro',
    nodes: EDITOR_NODES,
    theme: editorTheme,
    editorState: loadable([intro, fallback], reportError),
    onError: (error) => reportError(error),
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="intro-editor">
        <IntroToolbar label={toolbarLabel} />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              id={inputId}
              className="intro-editor__input"
              data-testid="edition-intro"
              aria-multiline
              aria-labelledby={labelId}
              aria-describedby={hintId}
              spellCheck
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        {/* A list pasted in (the exports render lists as a body's) behaves as a list. */}
        <ListPlugin />
        <PasteCleanupPlugin />
        <OnChangePlugin ignoreSelectionChange onChange={(state) => onChange(introOf(state))} />
      </div>
    </LexicalComposer>
  );
}
