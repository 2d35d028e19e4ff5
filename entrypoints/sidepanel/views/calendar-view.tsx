import { useState } from 'preact/hooks';
import '@/components/calendar.css';
import { SectionNav } from '@/components/section-nav';
import { Loading } from '@/components/status';
import type { Settings } from '@/utils/model/settings';
import { t } from '@/utils/i18n/messages';
import type { Client } from '@/utils/model/types';
import type { TabContext } from '@/utils/pages/tab-context';
import { PageReady, Ready } from '@/utils/ui/gate';
import { useCalendarPage } from '@/utils/ui/use-calendar-page';
import { useAllClients } from '@/utils/ui/use-clients';
import { AppointmentsView } from './appointments-view';
import { BookingPanel, type BookingPrefill } from './booking-panel';
import { OpenEvent } from './calendar/open-event';
import { WeekLog } from './calendar/week-log';

type CalendarTab = 'event' | 'book' | 'appointments';

/**
 * The Calendar section: the open Calendar event (its card and this week's events to log), booking
 * an appointment, and the appointments list.
 */
export function CalendarView({
  context,
  settings,
}: {
  context: TabContext | null;
  settings: Settings;
}) {
  const [tab, setTab] = useState<CalendarTab>('event');
  const [prefill, setPrefill] = useState<BookingPrefill>({});
  const clients = useAllClients();
  return (
    <Ready state={clients}>
      {(all) => (
        <div class="calendar-section">
          <SectionNav<CalendarTab>
            label={t('calendarViewsLabel')}
            sections={[
              { key: 'event', label: t('calendarViewEvent') },
              { key: 'book', label: t('calendarViewBook') },
              { key: 'appointments', label: t('calendarViewAppointments') },
            ]}
            current={tab}
            onSelect={(next) => {
              if (next === 'book') setPrefill({});
              setTab(next);
            }}
          />
          <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="subpanel">
            {tab === 'event' && (
              <OpenCalendar
                context={context}
                clients={all}
                settings={settings}
                onBook={(p) => {
                  setPrefill(p);
                  setTab('book');
                }}
              />
            )}
            {tab === 'book' && (
              <BookingPanel
                key={JSON.stringify(prefill)}
                clients={all}
                settings={settings}
                prefill={prefill}
                account={context?.site === 'calendar' ? context.account : 0}
              />
            )}
            {tab === 'appointments' && <AppointmentsView clients={all} settings={settings} />}
          </div>
        </div>
      )}
    </Ready>
  );
}

function OpenCalendar({
  context,
  clients,
  settings,
  onBook,
}: {
  context: TabContext | null;
  clients: Client[];
  settings: Settings;
  onBook(prefill: BookingPrefill): void;
}) {
  const panel = useCalendarPage(context?.site === 'calendar' ? context.tabId : null);
  if (!context) return <Loading />;
  if (context.site !== 'calendar') return <p class="empty">{t('calendarNotCalendar')}</p>;
  return (
    <PageReady
      panel={panel}
      loading={t('calendarLoading')}
      unavailable={t('calendarNoContentScript')}
    >
      {(page) => (
        <div class="calendar-view">
          {page.open ? (
            <OpenEvent
              key={page.open.eventId ?? 'unread'}
              event={page.open}
              timeZone={page.timeZone}
              clients={clients}
              onBook={onBook}
            />
          ) : (
            <p class="empty">{t('calendarNoEvent')}</p>
          )}
          <WeekLog page={page} clients={clients} settings={settings} />
        </div>
      )}
    </PageReady>
  );
}
