import type { Handlers } from '@/utils/messaging/router';
import { asObject, optionalInteger } from '@/utils/messaging/validate';
import { openSidePanel } from '@/utils/panel';

export const panelHandlers: Handlers = {
  openSidePanel: {
    parse(input) {
      return { windowId: optionalInteger(asObject(input ?? {}), 'windowId') };
    },
    async handle(input, context) {
      return { opened: await openSidePanel(input.windowId ?? context.windowId) };
    },
  },
};
