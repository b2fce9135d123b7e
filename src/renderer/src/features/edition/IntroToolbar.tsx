import { FormatButtons } from '@renderer/editor/plugins/ToolbarPlugin/FormatButtons';
import { LinkControl } from '@renderer/editor/plugins/ToolbarPlugin/LinkControl';
import { useToolbarState } from '@renderer/editor/plugins/ToolbarPlugin/useToolbarState';
import '@renderer/editor/plugins/ToolbarPlugin/toolbar.css';

/** The intro's own few tools: bold, italic and a link (an intro is a few sentences). */
export function IntroToolbar({ label }: { label: string }): React.JSX.Element {
  const state = useToolbarState();
  return (
    <div className="toolbar intro-editor__toolbar" role="toolbar" aria-label={label}>
      <FormatButtons state={state} />
      <LinkControl inLink={state.link} />
    </div>
  );
}
