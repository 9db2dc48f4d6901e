/** Date handling: ISO strings in storage, UK formats on screen. */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The parts of a date as typed into a GOV.UK date input. */
export interface DateParts {
	day: string;
	month: string;
	year: string;
}

/**
 * Turns day, month and year as typed into an ISO date (yyyy-mm-dd), or
 * explains in plain words what is wrong. Months may be typed as numbers or
 * names ("3", "Mar", "March").
 */
export function parseDateParts(parts: DateParts): { ok: true; iso: string } | { ok: false; message: string } {
	const day = parts.day.trim();
	const monthText = parts.month.trim();
	const year = parts.year.trim();
	const missing = [!day && 'day', !monthText && 'month', !year && 'year'].filter(Boolean);
	if (missing.length === 3) return { ok: false, message: 'Enter the date' };
	if (missing.length > 0) return { ok: false, message: `The date must include a ${missing.join(' and ')}` };
	const month = parseMonth(monthText);
	if (!/^\d{1,2}$/.test(day) || month === undefined || !/^\d{4}$/.test(year)) {
		return { ok: false, message: 'The date must be a real date, for example 25 3 2026' };
	}
	const d = Number(day);
	const y = Number(year);
	if (y < 2000 || y > 2100) return { ok: false, message: 'The year must be between 2000 and 2100' };
	const date = new Date(Date.UTC(y, month - 1, d));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) {
		return { ok: false, message: 'The date must be a real date, for example 25 3 2026' };
	}
	return { ok: true, iso: `${year}-${pad(month)}-${pad(d)}` };
}

/** Splits an ISO date back into the parts shown in a date input. */
export function isoToDateParts(iso: string): DateParts {
	const [year = '', month = '', day = ''] = iso.split('-');
	return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
}

function parseMonth(text: string): number | undefined {
	if (/^\d{1,2}$/.test(text)) {
		const n = Number(text);
		return n >= 1 && n <= 12 ? n : undefined;
	}
	const lower = text.toLowerCase();
	const index = MONTHS.findIndex((m) => lower.length >= 3 && m.toLowerCase().startsWith(lower));
	return index === -1 ? undefined : index + 1;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** True when `iso` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(iso: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "25 March 2021" from "2021-03-25". */
export function formatLongDate(iso: string): string {
	if (!isIsoDate(iso)) return iso;
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "14:02" in UK local time from an ISO timestamp. */
export function formatTime(isoTimestamp: string, timeZone = 'Europe/London'): string {
	return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(
		new Date(isoTimestamp)
	);
}

/** "25 March 2021 at 14:02" in UK local time from an ISO timestamp. */
export function formatDateTime(isoTimestamp: string, timeZone = 'Europe/London'): string {
	const date = new Date(isoTimestamp);
	const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
	return `${day} at ${formatTime(isoTimestamp, timeZone)}`;
}

/** "March 2027" from "2027-03" (a month written yyyy-mm); anything else comes back as it is. */
export function formatMonthYear(yearMonth: string): string {
	const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
	const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
	return match && month ? `${month} ${match[1]}` : yearMonth;
}

/** "25/03/2021" from "2021-03-25": the short UK date of tables and spreadsheets. */
export function formatShortDate(iso: string): string {
	if (!isIsoDate(iso)) return iso;
	const [y, m, d] = iso.split('-');
	return `${d}/${m}/${y}`;
}
