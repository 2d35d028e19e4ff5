import { getLocale } from './messages';

/** Digits after the decimal separator for a currency (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** `123450` EUR → `1.234,50 €` (it) or `€1,234.50` (en). */
export function formatMoney(minor: number, currency: string, locale = getLocale()): string {
  const digits = currencyDigits(currency);
  // Grouping always: Italian CLDR leaves 4-digit amounts ungrouped, VAs write `1.234,50 €`.
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    useGrouping: 'always',
  }).format(minor / 10 ** digits);
}

/** Minor units as a plain number for an input field: `3550` → `35,50` (it). */
export function formatMinorForInput(minor: number, currency: string, locale = getLocale()): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(minor / 10 ** digits);
}

/**
 * Reads a decimal number typed by a VA: `35,5`, `35.50`, `1.234,50`, `1,234.50`, `1.234.567`.
 * Thousands separators must stand every three digits, so typos like `10.00.00` are refused.
 * Returns null when the text is not a number.
 */
export function parseDecimal(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  const sign = s.startsWith('-') ? '-' : '';
  const body = sign ? s.slice(1) : s;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  let decimal: ',' | '.' | null;
  if (commas && dots) decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  else if (commas === 1)
    decimal = ','; // Italian decimal comma: `1,5`
  else if (dots === 1) decimal = '.';
  else decimal = null; // only grouping separators (`1.234.567`), or none
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : commas ? ',' : '.';
  const [intPart = '', fraction, extra] = decimal ? body.split(decimal) : [body];
  if (extra !== undefined || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  if (intPart.includes(group)) {
    const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`);
    if (!grouped.test(intPart)) return null;
  } else if (!/^\d+$/.test(intPart)) return null;
  const value = Number(
    `${sign}${intPart.split(group).join('')}${fraction !== undefined ? `.${fraction}` : ''}`,
  );
  return Number.isFinite(value) ? value : null;
}

/** Typed money → minor units; null when it is not a number or has too many decimals. */
export function parseMoneyToMinor(text: string, currency: string): number | null {
  const value = parseDecimal(text);
  if (value === null) return null;
  const digits = currencyDigits(currency);
  const minor = Math.round(value * 10 ** digits);
  if (Math.abs(minor - value * 10 ** digits) > 1e-6) return null;
  return minor;
}

/** `90` → `1 h 30 min`, `45` → `45 min`, `0` → `0 min` (unit words from `Intl`). */
export function formatMinutes(total: number, locale = getLocale()): string {
  const sign = total < 0 ? '-' : '';
  const abs = Math.abs(Math.round(total));
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  const unit = (value: number, unitName: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: unitName, unitDisplay: 'short' }).format(
      value,
    );
  if (hours === 0) return sign + unit(minutes, 'minute');
  if (minutes === 0) return sign + unit(hours, 'hour');
  return `${sign}${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}

export function formatNumber(value: number, locale = getLocale(), maxDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}

/** `mer 25 nov 2026` (it) / `Wed 25 Nov 2026` (en). */
export function formatDate(instant: number, locale = getLocale(), timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(instant);
}

/** `14:30` in both languages (24-hour clock for Italian and British English). */
export function formatTime(instant: number, locale = getLocale(), timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(
    instant,
  );
}
