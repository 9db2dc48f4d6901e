import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLongDate, formatTime, isIsoDate, parseDateParts } from '../../../src/lib/domain/dates.ts';

describe('dates typed into a date input', () => {
	it('accepts real dates, with the month as a number or a name', () => {
		expect(parseDateParts({ day: '25', month: '3', year: '2026' })).toEqual({ ok: true, iso: '2026-03-25' });
		expect(parseDateParts({ day: ' 5 ', month: 'Mar', year: '2026' })).toEqual({ ok: true, iso: '2026-03-05' });
		expect(parseDateParts({ day: '5', month: 'september', year: '2026' })).toEqual({ ok: true, iso: '2026-09-05' });
		expect(parseDateParts({ day: '29', month: '2', year: '2028' })).toEqual({ ok: true, iso: '2028-02-29' });
	});

	it('explains what is wrong in plain words', () => {
		expect(parseDateParts({ day: '', month: '', year: '' })).toEqual({ ok: false, message: 'Enter the date' });
		expect(parseDateParts({ day: '25', month: '', year: '' })).toEqual({ ok: false, message: 'The date must include a month and year' });
		expect(parseDateParts({ day: '29', month: '2', year: '2026' })).toMatchObject({ ok: false, message: 'The date must be a real date, for example 25 3 2026' });
		expect(parseDateParts({ day: '1', month: '13', year: '2026' })).toMatchObject({ ok: false });
		expect(parseDateParts({ day: 'x', month: '3', year: '2026' })).toMatchObject({ ok: false });
		expect(parseDateParts({ day: '1', month: '3', year: '26' })).toMatchObject({ ok: false });
		expect(parseDateParts({ day: '1', month: '3', year: '1999' })).toEqual({ ok: false, message: 'The year must be between 2000 and 2100' });
	});

	it('recognises ISO dates', () => {
		expect(isIsoDate('2026-03-25')).toBe(true);
		expect(isIsoDate('2026-02-30')).toBe(false);
		expect(isIsoDate('25/03/2026')).toBe(false);
	});
});

describe('dates shown to people', () => {
	it('uses the UK long form', () => {
		expect(formatLongDate('2021-03-25')).toBe('25 March 2021');
	});

	it('shows UK local time in winter and in summer', () => {
		expect(formatTime('2026-01-15T14:02:00.000Z')).toBe('14:02');
		expect(formatTime('2026-07-15T14:02:00.000Z')).toBe('15:02');
		expect(formatDateTime('2026-07-15T23:30:00.000Z')).toBe('16 July 2026 at 00:30');
	});
});
