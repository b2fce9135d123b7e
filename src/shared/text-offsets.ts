import {
  $createRangeSelection,
  $getNodeByKey,
  $isElementNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import type { TextLayout, TextSegment } from './text-layout';

/** A selection point (text or element) as an offset into the layout's plain text. */
export function $pointToOffset(layout: TextLayout, point: PointType): number {
  const span = layout.spans.get(point.key);
  if (!span) return 0;
  if (point.type === 'text') return span.start + point.offset;
  const element = $getNodeByKey(point.key);
  if (!$isElementNode(element)) return span.start;
  const child = element.getChildAtIndex(point.offset);
  if (child === null) return span.end;
  return layout.spans.get(child.getKey())?.start ?? span.start;
}

/** The selection's start and end in the plain text, start first whatever its direction. */
export function $selectionOffsets(
  layout: TextLayout,
  selection: RangeSelection,
): { start: number; end: number } {
  const anchor = $pointToOffset(layout, selection.anchor);
  const focus = $pointToOffset(layout, selection.focus);
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

/**
 * The text node and offset for a plain-text offset. At a boundary between two nodes a range's
 * start goes into the later node and its end into the earlier one, so that a range never takes
 * in a node it only touches; an offset in the gap between blocks moves to the nearest text.
 */
export function segmentAt(
  layout: TextLayout,
  offset: number,
  side: 'start' | 'end',
): { segment: TextSegment; offset: number } | null {
  const { segments } = layout;
  if (segments.length === 0) return null;
  if (side === 'start') {
    const segment = segments.find((candidate) => offset < candidate.end) ?? null;
    if (segment === null) return null;
    return { segment, offset: Math.max(0, offset - segment.start) };
  }
  let found: TextSegment | null = null;
  for (const candidate of segments) {
    if (candidate.start >= offset && found !== null) break;
    if (candidate.start < offset || (candidate.start === offset && found === null)) {
      found = candidate;
    }
  }
  if (found === null) return null;
  return { segment: found, offset: Math.min(found.end, offset) - found.start };
}

/**
 * A range selection over plain-text offsets [start, end), or null when no text lies there.
 * It is not made the editor's selection: the caller decides.
 */
export function $rangeFromOffsets(
  layout: TextLayout,
  start: number,
  end: number,
): RangeSelection | null {
  if (end < start) return null;
  const from =
    end === start
      ? (segmentAt(layout, start, 'start') ?? segmentAt(layout, start, 'end'))
      : segmentAt(layout, start, 'start');
  // A caret after the last character has no "start" side: it sits at the end of the text.
  const to =
    end === start
      ? (segmentAt(layout, end, 'start') ?? segmentAt(layout, end, 'end'))
      : segmentAt(layout, end, 'end');
  if (!from || !to) return null;
  if (from.segment.start > to.segment.start) return null;
  const range = $createRangeSelection();
  range.anchor.set(from.segment.key, from.offset, 'text');
  range.focus.set(to.segment.key, to.offset, 'text');
  return range;
}
