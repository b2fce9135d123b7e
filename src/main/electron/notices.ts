import { BrowserWindow, Notification } from 'electron';
import type { ArrivalNotice } from '../../shared/events';
import type { HandlerContext } from '../handlers/context';

/**
 * The desktop notification for arrivals (the window shows its own toast too): useful when
 * Edition is behind other windows. Main has no i18n, so the two UI languages are spelled here.
 */
export function showArrivalNotice(
  ctx: HandlerContext,
  notice: ArrivalNotice,
  window: BrowserWindow | null,
): void {
  if (!Notification.isSupported()) return;
  const bg = ctx.settings.read<string | null>('language', null) === 'bg';
  const title =
    notice.urgent > 0
      ? bg
        ? 'Спешно от агенциите'
        : 'Urgent from the wire'
      : bg
        ? `Нови материали: ${notice.count}`
        : `${notice.count} new ${notice.count === 1 ? 'story' : 'stories'}`;
  const notification = new Notification({
    title,
    body: notice.headline,
    silent: notice.urgent === 0,
  });
  notification.on('click', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  notification.show();
}
