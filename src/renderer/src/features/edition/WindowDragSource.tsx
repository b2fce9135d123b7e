import { useEffect, useState } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { WindowStory } from '@shared/model';
import { WINDOW_DRAG_ID } from './dnd';

/** What the window's rows call on pointer down to start dragging their story. */
export type StartWindowDrag = (event: React.PointerEvent<HTMLElement>, story: WindowStory) => void;

/**
 * The window list's one drag source. dnd-kit re-renders every draggable whenever a drag starts,
 * moves or ends; with one per row, a window of 120 stories made each pickup on the board cost
 * three frames. Here a row hands over its story and element on pointer down, and this component
 * (which renders nothing) is the only one of the window that dnd-kit re-renders. The parent gets
 * the function for its rows from `onReady`; which story is being dragged the board knows (its
 * drag start and end), and tells the window.
 */
export function WindowDragSource({ onReady }: { onReady: (start: StartWindowDrag) => void }): null {
  const [picked, setPicked] = useState<WindowStory | null>(null);
  // The story reaches the board as the drag's data: the pointer must move 5 px before a drag
  // starts, and by then the pointer down's render has put the picked story here.
  const { setNodeRef, listeners } = useDraggable({
    id: WINDOW_DRAG_ID,
    data: { type: 'story', story: picked },
  });

  useEffect(() => {
    onReady((event, story) => {
      setPicked(story);
      // The row is what dnd-kit measures and the overlay starts from.
      setNodeRef(event.currentTarget);
      (listeners?.onPointerDown as ((event: React.PointerEvent) => void) | undefined)?.(event);
    });
  }, [onReady, setNodeRef, listeners]);

  return null;
}
