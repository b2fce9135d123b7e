import { useEffect, useState } from 'react';
import { collectDropped, takeDropped } from './folderEntries';
import type { Collected } from './importItems';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files and folders dropped anywhere on the window are imported (folders with everything inside,
 * hidden files left out). Also stops the default of a drop, which would navigate the window to
 * the file (and away from the editor).
 */
export function useFileDrop(onDrop: (collected: Promise<Collected>) => void): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed: count them. Capture phase, so
    // that a drop on the editor imports too instead of being taken by the contenteditable.
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDropEvent = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer) return;
      // The entries must be taken now: the drop's items are emptied once this handler returns.
      const dropped = takeDropped(event.dataTransfer);
      if (dropped.entries.length === 0 && dropped.files.length === 0) return;
      onDrop(collectDropped(dropped));
    };
    window.addEventListener('dragenter', onEnter, true);
    window.addEventListener('dragover', onOver, true);
    window.addEventListener('dragleave', onLeave, true);
    window.addEventListener('drop', onDropEvent, true);
    return () => {
      window.removeEventListener('dragenter', onEnter, true);
      window.removeEventListener('dragover', onOver, true);
      window.removeEventListener('dragleave', onLeave, true);
      window.removeEventListener('drop', onDropEvent, true);
    };
  }, [onDrop]);

  return dragging;
}
