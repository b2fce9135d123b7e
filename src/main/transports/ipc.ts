import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { REQUEST_NAMES, ipcChannel, type RequestName } from '../../shared/api';
import { fail } from '../../shared/errors';
import type { HandlerContext } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';

/**
 * The desktop door: one ipcMain.handle per request. Each checks that the sender is our own
 * window's top frame before validating the payload (Electron security checklist, item 17).
 */
export function registerIpc(
  ctx: HandlerContext,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  /** Told after each answered request (the menu rebuilds when editions or settings change). */
  onAnswered: (name: RequestName) => void = () => {},
): void {
  for (const name of REQUEST_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown) => {
      if (!isTrustedSender(event))
        return fail('invalid_request', `Refused ${name} from an untrusted frame.`);
      const result = await dispatch(ctx, name, payload);
      onAnswered(name);
      return result;
    });
  }
}
