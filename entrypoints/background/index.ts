import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { requestPersistentStorage } from '@/utils/db/persistence';
import { APPOINTMENT_ALARM, runAppointmentReminders } from './appointment-reminders';
import { syncSnippetShortcuts } from '@/utils/db/snippets-repo';
import { APPOINTMENTS_REVISION_KEY, TIMER_REVISION_KEY } from '@/utils/messaging/revisions';
import { createRouter } from '@/utils/messaging/router';
import {
  BACKUP_ALARM,
  configureBackupAlarm,
  onBackupAlarm,
  onBackupNotificationClicked,
} from './backup-reminder';
import { configurePanelBehavior, openSidePanel } from '@/utils/panel';
import { clientHandlers } from './handlers/clients';
import { emailActivityHandlers } from './handlers/email-activity';
import { gmailHandlers } from './handlers/gmail';
import { panelHandlers } from './handlers/panel';
import { snippetHandlers } from './handlers/snippets';
import { createMenus, OPEN_PANEL_COMMAND, OPEN_PANEL_MENU_ID, TOGGLE_TIMER_COMMAND } from './menus';
import {
  BADGE_ALARM,
  configureTimerAlarms,
  END_OF_DAY_ALARM,
  onEndOfDay,
  onIdleState,
  onNotificationButton,
  onReminderAlarm,
  refreshBadge,
  REMINDER_ALARM,
  toggleTimer,
} from './timer';

/** Background work never throws into the void: failures are logged with what was being done. */
function logged(what: string, work: Promise<unknown>): Promise<unknown> {
  return work.catch((error: unknown) => console.error(`[va-desk] ${what}`, error));
}

// The service worker can be stopped at any moment: everything here is wiring, no state is kept in
// module variables. Listeners are registered synchronously so a wake-up event is never missed.
export default defineBackground(() => {
  const route = createRouter(
    {
      ...clientHandlers,
      ...gmailHandlers,
      ...panelHandlers,
      ...emailActivityHandlers,
      ...snippetHandlers,
    },
    browser.runtime.id,
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.runtime.onInstalled.addListener(() => {
    void createMenus().catch((error) => console.error('[va-desk] menus', error));
    void configurePanelBehavior().catch((error) => console.error('[va-desk] panel', error));
    // After an update (schema v3 keeps shortcuts in lower case), Gmail's expansion reads them again.
    void logged('shortcuts', syncSnippetShortcuts());
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== OPEN_PANEL_MENU_ID) return;
    openSidePanel(tab?.windowId).catch((error) => console.error('[va-desk] open panel', error));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND)
      openSidePanel(tab?.windowId).catch((error) => console.error('[va-desk] open panel', error));
    else if (command === TOGGLE_TIMER_COMMAND) void logged('toggle timer', toggleTimer(tab));
  });

  // The timer: the badge follows every write to the time entries (pages write the database
  // directly), alarms keep it current and drive reminders.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (TIMER_REVISION_KEY in changes) void logged('badge', refreshBadge());
    if ('settings' in changes) void logged('alarms', configureTimerAlarms());
    // Appointment writes and the reminder setting: the next reminder is set again from the database.
    if (APPOINTMENTS_REVISION_KEY in changes || 'settings' in changes)
      void logged('appointment reminders', runAppointmentReminders());
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void logged('badge', refreshBadge());
    else if (alarm.name === REMINDER_ALARM) void logged('reminder', onReminderAlarm());
    else if (alarm.name === END_OF_DAY_ALARM) void logged('end of day', onEndOfDay());
    else if (alarm.name === BACKUP_ALARM) void logged('backup reminder', onBackupAlarm());
    else if (alarm.name === APPOINTMENT_ALARM)
      void logged('appointment reminders', runAppointmentReminders());
  });
  browser.idle.onStateChanged.addListener((state) => void logged('idle', onIdleState(state)));
  browser.notifications.onButtonClicked.addListener(
    (id, index) => void logged('notification', onNotificationButton(id, index)),
  );
  browser.notifications.onClicked.addListener(
    (id) => void logged('notification', onBackupNotificationClicked(id)),
  );
  browser.runtime.onStartup.addListener(() => void logged('startup', configureTimerAlarms()));
  // Every wake-up (browser start, update, a stopped worker) redraws the badge from the database
  // and re-applies the idle threshold (the browser does not keep it for a restarted worker).
  void logged('badge', refreshBadge());
  void logged('alarms', configureTimerAlarms());
  void logged('backup alarm', configureBackupAlarm());
  void logged('appointment reminders', runAppointmentReminders());

  void requestPersistentStorage();
});
