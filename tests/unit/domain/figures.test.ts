import { describe, expect, it } from 'vitest';
import { emptyFigureInput, figureChart, isRecognisablePeriod, parseNumber, validateFigure } from '../../../src/lib/domain/figures.ts';

describe('figures', () => {
	it('reads numbers as council papers print them, and nothing else', () => {
		expect(parseNumber('1,204')).toBe(1204);
		expect(parseNumber('12.5')).toBe(12.5);
		expect(parseNumber('45%')).toBe(45);
		expect(parseNumber('-3')).toBe(-3);
		expect(parseNumber('about 40')).toBeUndefined();
		expect(parseNumber('12,34')).toBeUndefined();
		expect(parseNumber('n/a')).toBeUndefined();
	});

	it('recognises the periods officers write', () => {
		for (const p of ['2025', '2025-26', '2025/26', 'Q3 2025-26', 'March 2026', 'as at 31 March 2026', '31/03/2026', 'year to March 2026', 'April to September 2025', 'academic year 2024/25']) {
			expect(isRecognisablePeriod(p), p).toBe(true);
		}
		for (const p of ['last year', 'recently', '2025-26-27', 'Marchember 2026']) expect(isRecognisablePeriod(p), p).toBe(false);
	});

	it('names every field that is wrong and stores nothing', () => {
		const input = { ...emptyFigureInput('f1'), indicator: 'Children in care per 10,000', value: 'seventy', period: 'lately' };
		input.comparators.england = 'n/a';
		const result = validateFigure(input);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((e) => e.field)).toEqual(['figure-value', 'figure-period', 'figure-comparator-england']);
		expect(result.errors[0]?.message).toBe('The value must be a number, like 72, 1,204 or 12.5');
	});

	it('keeps a good figure with its comparators in the order they are drawn', () => {
		const input = { ...emptyFigureInput('f1'), indicator: 'Children in care per 10,000', value: '72', period: 'as at 31 March 2026', source: 'SSDA903' };
		input.comparators.target = '65';
		input.comparators['statistical-neighbours'] = '81';
		const result = validateFigure(input);
		expect(result).toEqual({
			ok: true,
			value: {
				id: 'f1',
				indicator: 'Children in care per 10,000',
				value: 72,
				unit: '',
				period: 'as at 31 March 2026',
				comparators: [
					{ kind: 'statistical-neighbours', value: 81 },
					{ kind: 'target', value: 65 }
				],
				direction: 'unknown',
				source: 'SSDA903'
			}
		});
	});

	it('draws bars against the largest value, with words for every bar', () => {
		const chart = figureChart({
			id: 'f',
			indicator: 'Placement stability',
			value: 60,
			unit: '%',
			period: '2025-26',
			comparators: [{ kind: 'england', value: 80 }],
			direction: 'up',
			source: ''
		});
		expect(chart.bars.map((b) => [b.label, b.text, b.ratio, b.own])).toEqual([
			['This council', '60%', 0.75, true],
			['England', '80%', 1, false]
		]);
		expect(chart.description).toBe('Placement stability, 2025-26: This council 60%; England 80%. ↑ Going up.');
	});
});
