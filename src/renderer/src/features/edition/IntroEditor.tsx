import { useEffect, useState, type RefObject } from 'react';
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
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { IntroToolbar } from './IntroToolbar';

/** Hands out the editor's own focus (the selection it had, not the start of the text). */
function FocusHandlePlugin({ focusRef }: { focusRef: RefObject<(() => void) | null> }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    focusRef.current = () => editor.focus();
    return () => {
      focusRef.current = null;
    };
  }, [editor, focusRef]);
  return null;
}

/**
 * The first of `intros` Lexical can load, as its initial state, and why the others before it
 * could not be: LexicalComposer parses while rendering, where a stored intro it cannot read would
 * take the whole board down.
 */
export function loadable(intros: (LexicalStateJson | null)[]): {
  json: string | undefined;
  problems: Error[];
} {
  const problems: Error[] = [];
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
      return { json, problems };
    } catch (error) {
      problems.push(error as Error);
    }
  }
  return { json: undefined, problems };
}

/** What the edition stores: the intro as Lexical saves it, or null when nothing is written. */
function introOf(state: EditorState): LexicalStateJson | null {
  const empty = state.read(() => $getRoot().getTextContent().trim() === '');
  return empty ? null : (state.toJSON() as unknown as LexicalStateJson);
}

/**
 * The edition's intro, in Lexical like a story's body (paragraphs, bold, italic, links, lists), which
 * the exports render as they render bodies. Opened once per edition: the caller keys it by the
 * edition, so the intro it starts from is the one loaded.
 */
export function IntroEditor({
  intro,
  fallback,
  focusRef,
  labelId,
  hintId,
  toolbarLabel,
  onChange,
}: {
  intro: LexicalStateJson | null;
  /** What opens if `intro` cannot: the intro's plain text, as paragraphs. */
  fallback: LexicalStateJson | null;
  /** Filled with what puts the caret back where it was in the intro (its name does, clicked). */
  focusRef: RefObject<(() => void) | null>;
  labelId: string;
  hintId: string;
  toolbarLabel: string;
  onChange: (intro: LexicalStateJson | null) => void;
}): React.JSX.Element {
  const reportError = useReportError();
  const [start] = useState(() => loadable([intro, fallback]));
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'edition-intro',
    nodes: EDITOR_NODES,
    theme: editorTheme,
    editorState: start.json,
    onError: (error) => reportError(error),
  }));
  // Said once the editor is on screen (reporting while rendering would update another component).
  useEffect(() => start.problems.forEach(reportError), [start, reportError]);
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="intro-editor">
        <IntroToolbar label={toolbarLabel} />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
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
        <FocusHandlePlugin focusRef={focusRef} />
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
