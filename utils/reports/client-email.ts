// "Send to client": the week's summary as a plain-text email in the CLIENT's language, and the
// Gmail compose URL that opens it (Gmail's own full-page compose: no API, no OAuth). The VA reads
// and edits it before sending; nothing is sent by VA Desk.

import type { Language } from '@/utils/model/types';
import { formatDate, formatMinutes, formatMoney } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/messages';
import { formatDayRange, isoWeekOf } from './period';
import type { ClientReport, ReportQuery } from './types';

/** Notes longer than this are cut in the email (the report page has them whole). */
const NOTE_LIMIT = 80;

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > NOTE_LIMIT ? `${oneLine.slice(0, NOTE_LIMIT - 1)}…` : oneLine;
}

export interface ClientEmail {
  to: string;
  subject: string;
  body: string;
}

export function clientSummaryEmail(
  report: ClientReport,
  query: Pick<ReportQuery, 'from' | 'to'>,
  vaName: string,
): ClientEmail {
  const { client, totals } = report;
  const lang: Language = client.language;
  const locale = getLocale(lang);
  const week = isoWeekOf(query);
  const period = formatDayRange(query, lang);
  const periodText = week === null ? period : t('reportWeekLabel', [week, period], lang);
  const lines: string[] = [
    t('reportEmailGreeting', [client.name], lang),
    '',
    t('reportEmailIntro', [periodText], lang),
    '',
    t('reportEmailTime', [formatMinutes(totals.rawMinutes, locale)], lang),
    t('reportEmailBillable', [formatMinutes(totals.billableMinutes, locale)], lang),
  ];
  for (const task of report.tasks)
    lines.push(
      t(
        'reportEmailTask',
        [task.count, task.name, formatMoney(task.amountMinor, client.currency, locale)],
        lang,
      ),
    );
  const total = totals.amountMinor + totals.taskAmountMinor;
  if (total > 0)
    lines.push(t('reportEmailAmount', [formatMoney(total, client.currency, locale)], lang));
  const days = report.days.filter((d) => d.lines.length > 0);
  if (days.length) {
    lines.push('', t('reportEmailDays', [], lang));
    for (const day of days) {
      const notes = [
        ...new Set(day.lines.map((l) => short(l.entry.note || l.entry.task?.name || ''))),
      ]
        .filter(Boolean)
        .join('; ');
      const head = `- ${formatDate(day.dayStart, locale)}: ${formatMinutes(day.rawMinutes, locale)}`;
      lines.push(notes ? `${head} (${notes})` : head);
    }
  }
  if (report.appointments.length) {
    lines.push('', t('reportEmailAppointments', [], lang));
    for (const a of report.appointments)
      lines.push(
        `- ${formatDate(a.start, locale)} ${new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(a.start)}: ${short(a.title)}`,
      );
  }
  lines.push('', t('reportEmailClosing', [], lang));
  if (vaName.trim()) lines.push(vaName.trim());
  return {
    to: client.emails[0] ?? '',
    subject: t('reportEmailSubject', [periodText], lang),
    body: lines.join('\n'),
  };
}

/** Gmail's full-page compose, in the client's Gmail account when one is set for the client. */
export function gmailComposeUrl(email: ClientEmail, account: number = 0): string {
  const params = new URLSearchParams({
    view: 'cm',
    fs: '1',
    to: email.to,
    su: email.subject,
    body: email.body,
  });
  return `https://mail.google.com/mail/u/${account}/?${params.toString()}`;
}
