import { useEffect, useRef, useState, type RefObject } from 'react';
import {
  $createParagraphNode,
  $getRoot,
  CLEAR_HISTORY_COMMAND,
  createEditor,
  HISTORY_MERGE_TAG,
  type EditorState,
} from 'lexical';
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
 * Shows the stored intro when it changes (another window, an undo) — unless the intro holds
 * typing not yet saved, which stays and is what is saved. Not heard as typing (the history-merge
 * tag keeps OnChangePlugin quiet), so nothing is sent back; the undo history starts again, since
 * undoing into another window's text would be a change of its own.
 */
function FollowStoredPlugin({
  stored,
  unsaved,
  onProblem,
}: {
  stored: { intro: LexicalStateJson | null; fallback: LexicalStateJson | null };
  unsaved: boolean;
  onProblem: (error: Error) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  const shown = useRef(stored);
  useEffect(() => {
    if (shown.current === stored) return;
    shown.current = stored;
    if (unsaved) return;
    const next = loadable([stored.intro, stored.fallback]);
    next.problems.forEach(onProblem);
    const state = next.state ?? null;
    const now = editor.getEditorState();
    // Already what is stored (this window's own save, answered): left as it is, caret and all.
    if (state ? sameContent(state, now) : introOf(now) === null) return;
    if (state) editor.setEditorState(state, { tag: HISTORY_MERGE_TAG });
    else
      editor.update(() => $getRoot().clear().append($createParagraphNode()), {
        tag: HISTORY_MERGE_TAG,
      });
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  }, [editor, stored, unsaved, onProblem]);
  return null;
}

function sameContent(a: EditorState, b: EditorState): boolean {
  return JSON.stringify(a.toJSON()) === JSON.stringify(b.toJSON());
}

/**
 * The first of `intros` Lexical can load, read (`state`, which the editor opens with as it is:
 * read once, not checked here and read again by LexicalComposer) and as JSON, and why the others
 * before it could not be: LexicalComposer reads while rendering, where a stored intro it cannot
 * read would take the whole board down.
 */
export function loadable(intros: (LexicalStateJson | null)[]): {
  json: string | undefined;
  state: EditorState | undefined;
  problems: Error[];
} {
  const problems: Error[] = [];
  for (const intro of intros) {
    // Lexical refuses to load an empty root.
    if (!intro || intro.root.children.length === 0) continue;
    const json = JSON.stringify(intro);
    try {
      // An editor state holds no reference to the editor that read it: another one with the
      // same nodes takes it as it is (setEditorState).
      const state = createEditor({
        nodes: EDITOR_NODES,
        onError: (error) => {
          throw error;
        },
      }).parseEditorState(json);
      return { json, state, problems };
    } catch (error) {
      problems.push(error as Error);
    }
  }
  return { json: undefined, state: undefined, problems };
}

/** The stored intro and its fallback as one value, new only when either is. */
function useStoredPair(
  intro: LexicalStateJson | null,
  fallback: LexicalStateJson | null,
): { intro: LexicalStateJson | null; fallback: LexicalStateJson | null } {
  const [pair, setPair] = useState({ intro, fallback });
  if (pair.intro !== intro || pair.fallback !== fallback) setPair({ intro, fallback });
  return pair;
}

/** What the edition stores: the intro as Lexical saves it, or null when nothing is written. */
function introOf(state: EditorState): LexicalStateJson | null {
  const empty = state.read(() => $getRoot().getTextContent().trim() === '');
  return empty ? null : (state.toJSON() as unknown as LexicalStateJson);
}

/**
 * The edition's intro, in Lexical like a story's body (paragraphs, bold, italic, links, lists), which
 * the exports render as they render bodies. Opened once per edition (the caller keys it by the
 * edition); a stored intro changed since (a new `intro`/`fallback`) is shown unless `unsaved`.
 */
export function IntroEditor({
  intro,
  fallback,
  unsaved,
  focusRef,
  labelId,
  hintId,
  toolbarLabel,
  onChange,
}: {
  intro: LexicalStateJson | null;
  /** What opens if `intro` cannot: the intro's plain text, as paragraphs. */
  fallback: LexicalStateJson | null;
  /** The intro holds typing not yet saved (waiting, on its way, failed): a stored one waits. */
  unsaved: boolean;
  /** Filled with what puts the caret back where it was in the intro (its name does, clicked). */
  focusRef: RefObject<(() => void) | null>;
  labelId: string;
  hintId: string;
  toolbarLabel: string;
  onChange: (intro: LexicalStateJson | null) => void;
}): React.JSX.Element {
  const reportError = useReportError();
  const stored = useStoredPair(intro, fallback);
  const [start] = useState(() => loadable([intro, fallback]));
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'edition-intro',
    nodes: EDITOR_NODES,
    theme: editorTheme,
    editorState: start.state,
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
        <FollowStoredPlugin stored={stored} unsaved={unsaved} onProblem={reportError} />
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
