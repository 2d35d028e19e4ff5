// The timer's life outside the pages: the toolbar badge, idle questions, reminders and the end of
// the working day. Everything is read from the database and storage on each event: the service
// worker keeps nothing in memory between wake-ups.
import { browser } from 'wxt/browser';
import { getClient } from '@/utils/db/clients-repo';
import { getSettings } from '@/utils/db/settings';
import { getTaggedThread } from '@/utils/db/threads-repo';
import { idlePrompt, idleSince, lastReminderAt, resolveIdle } from '@/utils/db/timer-prompts';
import {
  getRunningEntry,
  listEntriesOverlapping,
  recentClientIds,
  startTimer,
  stopTimer,
} from '@/utils/db/time-entries-repo';
import { hasAppointmentInProgress } from '@/utils/db/appointments-repo';
import { formatMinutes, formatTime } from '@/utils/i18n/format';
import { resolveLanguage, setLanguage, t } from '@/utils/i18n/messages';
import { askPanelPort } from '@/utils/messaging/ask-port';
import { GMAIL_PANEL_PORT } from '@/utils/messaging/ports';
import {
  badgeText,
  idleStretch,
  nextWorkEnd,
  readableTextColor,
  shouldRemindNoTimer,
} from '@/utils/time/timer-rules';
import { DAY_MS, MINUTE_MS } from '@/utils/time/units';
import type { Settings } from '@/utils/model/settings';
import type { IdleChoice } from '@/utils/model/inputs';

export const BADGE_ALARM = 'va-desk-badge';
export const REMINDER_ALARM = 'va-desk-reminder';
export const END_OF_DAY_ALARM = 'va-desk-end-of-day';
const IDLE_NOTIFICATION = 'va-desk-idle';
const ICON = '/icon/128.png';
const END_OF_DAY_NOTIFICATION = 'va-desk-end-of-day';

async function settingsInLanguage(): Promise<Settings> {
  const settings = await getSettings();
  setLanguage(resolveLanguage(settings.language, browser.i18n.getUILanguage()));
  return settings;
}

/** Redraws the badge from the running entry (or clears it), and keeps a minute alarm while it runs. */
export async function refreshBadge(now: number = Date.now()): Promise<void> {
  await settingsInLanguage();
  const running = await getRunningEntry();
  const client = running ? await getClient(running.clientId) : undefined;
  if (!running || !client) {
    await browser.action.setBadgeText({ text: '' });
    await browser.action.setTitle({ title: t('extName') });
    await browser.alarms.clear(BADGE_ALARM);
    return;
  }
  const elapsed = now - running.start;
  await browser.action.setBadgeText({ text: badgeText(elapsed) });
  await browser.action.setBadgeBackgroundColor({ color: client.color });
  const action = browser.action as unknown as {
    setBadgeTextColor?(d: { color: string }): Promise<void>;
  };
  await action.setBadgeTextColor?.({ color: readableTextColor(client.color) });
  await browser.action.setTitle({
    title: t('badgeTitle', [client.name, formatMinutes(elapsed / MINUTE_MS)]),
  });
  if (!(await browser.alarms.get(BADGE_ALARM)))
    browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
}

/** Alarms and idle detection follow the settings. */
export async function configureTimerAlarms(now: number = Date.now()): Promise<void> {
  const settings = await getSettings();
  browser.idle.setDetectionInterval(Math.max(60, settings.idleMinutes * 60));
  if (settings.reminderMinutes > 0) {
    if (!(await browser.alarms.get(REMINDER_ALARM)))
      browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 5 });
  } else await browser.alarms.clear(REMINDER_ALARM);
  const end = nextWorkEnd(now, settings);
  if (end) browser.alarms.create(END_OF_DAY_ALARM, { when: end });
}

/** The client of the thread open in the active Gmail tab, if it is tagged. */
async function clientOfActiveThread(
  tabId: number | undefined,
): Promise<{ clientId: string; threadId: string } | null> {
  if (tabId === undefined) return null;
  const state = await askPanelPort(tabId, GMAIL_PANEL_PORT);
  if (!state?.thread) return null;
  const tagged = await getTaggedThread(state.thread.account, state.thread.threadId);
  return tagged ? { clientId: tagged.clientId, threadId: tagged.id } : null;
}

/** The keyboard command: stop the running timer, or start one for the open thread's client or the last client. */
export async function toggleTimer(tab: { id?: number } | undefined): Promise<void> {
  if (await getRunningEntry()) {
    await stopTimer();
    return;
  }
  const fromThread = await clientOfActiveThread(tab?.id);
  const clientId = fromThread?.clientId ?? (await recentClientIds(1))[0];
  if (!clientId) return;
  await startTimer({ clientId, threadId: fromThread?.threadId ?? null });
}

export async function onIdleState(state: string, now: number = Date.now()): Promise<void> {
  const settings = await settingsInLanguage();
  if (state !== 'active') {
    // 'idle' fires after the threshold without input: the VA left that long ago.
    if ((await idleSince.getValue()) === null)
      await idleSince.setValue(state === 'idle' ? now - settings.idleMinutes * MINUTE_MS : now);
    return;
  }
  const since = await idleSince.getValue();
  await idleSince.setValue(null);
  const running = (await getRunningEntry()) ?? null;
  const stretch = idleStretch(running, since, now, settings.idleMinutes);
  if (!running || !stretch || (await hasAppointmentInProgress(running.clientId, now))) return;
  const client = await getClient(running.clientId);
  await idlePrompt.setValue({ entryId: running.id, clientId: running.clientId, ...stretch });
  await browser.notifications.create(IDLE_NOTIFICATION, {
    type: 'basic',
    iconUrl: ICON,
    title: t('idleTitle', [formatMinutes((stretch.to - stretch.from) / MINUTE_MS)]),
    message: t('idleMessage', [client?.name ?? '']),
    buttons: [{ title: t('idleDiscard') }, { title: t('idleKeep') }],
    requireInteraction: true,
  });
}

export async function onReminderAlarm(now: number = Date.now()): Promise<void> {
  const settings = await settingsInLanguage();
  const running = await getRunningEntry();
  const today = await listEntriesOverlapping(now - DAY_MS, now);
  const lastEnd = today.reduce<number | null>((max, e) => Math.max(max ?? 0, e.end ?? now), null);
  const remind = shouldRemindNoTimer({
    now,
    working: settings,
    afterMinutes: settings.reminderMinutes,
    running: !!running,
    lastActivityEnd: lastEnd,
    lastReminderAt: await lastReminderAt.getValue(),
  });
  if (!remind) return;
  await lastReminderAt.setValue(now);
  await browser.notifications.create({
    type: 'basic',
    iconUrl: ICON,
    title: t('reminderTitle'),
    message: t('reminderMessage', [formatMinutes(settings.reminderMinutes)]),
  });
}

export async function onEndOfDay(now: number = Date.now()): Promise<void> {
  const settings = await settingsInLanguage();
  const running = await getRunningEntry();
  if (running) {
    const client = await getClient(running.clientId);
    if (settings.endOfDay === 'stop') {
      await stopTimer(now);
      await browser.notifications.create({
        type: 'basic',
        iconUrl: ICON,
        title: t('endOfDayTitle'),
        message: t('endOfDayStopped', [client?.name ?? '', formatTime(now)]),
      });
    } else {
      await browser.notifications.create(END_OF_DAY_NOTIFICATION, {
        type: 'basic',
        iconUrl: ICON,
        title: t('endOfDayTitle'),
        message: t('endOfDayAsk', [client?.name ?? '']),
        buttons: [{ title: t('stopTimer') }, { title: t('keepRunning') }],
        requireInteraction: true,
      });
    }
  }
  await configureTimerAlarms(now + MINUTE_MS);
}

export async function onNotificationButton(id: string, buttonIndex: number): Promise<void> {
  if (id === IDLE_NOTIFICATION) {
    const prompt = await idlePrompt.getValue();
    const choice: IdleChoice = buttonIndex === 0 ? 'discard' : 'keep';
    if (prompt) await resolveIdle(prompt, choice);
  } else if (id === END_OF_DAY_NOTIFICATION && buttonIndex === 0) await stopTimer();
  await browser.notifications.clear(id);
}
