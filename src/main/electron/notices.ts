import { BrowserWindow, Notification } from 'electron';
import type { ArrivalNotice } from '../../shared/events';
import type { HandlerContext } from '../handlers/context';
import { mainStrings } from './menu-strings';

/**
 * The desktop notification for arrivals (the window shows its own toast too): useful when
 * Edition is behind other windows. A click brings up the window open at that moment.
 */
export function showArrivalNotice(
  ctx: HandlerContext,
  notice: ArrivalNotice,
  window: () => BrowserWindow | null,
): void {
  if (!Notification.isSupported()) return;
  const text = mainStrings(ctx);
  const title =
    notice.urgent > 0
      ? text.urgentArrival
      : notice.count === 1
        ? text.oneArrival
        : text.arrivals.replace('{count}', String(notice.count));
  const notification = new Notification({
    title,
    body: notice.headline,
    silent: notice.urgent === 0,
  });
  notification.on('click', () => {
    const target = window();
    if (!target || target.isDestroyed()) return;
    if (target.isMinimized()) target.restore();
    target.focus();
  });
  notification.show();
}
