import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => `tests/fixtures/files/${name}`;

function validate(file: string) {
	const run = spawnSync(process.execPath, ['scripts/validate.js', file], { cwd: root, encoding: 'utf8' });
	return { code: run.status, out: run.stdout.trim(), err: run.stderr.trim().split('\n') };
}

describe('npm run validate', () => {
	it('exits 0 with a one-line summary for a good file', () => {
		const result = validate(fixture('statement-good.json'));
		expect(result.code).toBe(0);
		expect(result.out).toBe(
			`${fixture('statement-good.json')}: a valid position statement file (format version 2, read as version 3): 1 statement, 1 answer, 1 saved version`
		);
	});

	it('reads a councillor’s notes file too', () => {
		const result = validate(fixture('notes-good.json'));
		expect(result.code).toBe(0);
		expect(result.out).toBe(`${fixture('notes-good.json')}: a valid notes file (format version 2, read as version 3): 2 notes on "Anytown – March 2026"`);
	});

	it('exits non-zero with one line per problem, each naming its path', () => {
		const file = fixture('statement-bad-fields.json');
		const result = validate(file);
		expect(result.code).toBe(1);
		expect(result.err).toEqual([
			`${file}: data.assessment.meetingDate: expected a date written yyyy-mm-dd, got "25/03/2026"`,
			`${file}: data.responses[0].reporters[0].name: expected text, got a number`,
			`${file}: data.responses[0].selfRating: expected one of "going-well", "one-to-watch", "area-for-improvement", "not-rated", got "great"`
		]);
	});

	it('refuses a file from a newer version', () => {
		const file = fixture('statement-newer-version.json');
		const result = validate(file);
		expect(result.code).toBe(1);
		expect(result.err).toEqual([`${file}: formatVersion: This file was made by a newer version (4); update the app`]);
	});

	it('accepts the question-set template with a one-line summary', () => {
		const good = validate('examples/question-set-template.json');
		expect(good.code).toBe(0);
		expect(good.out).toBe(
			'examples/question-set-template.json: a valid question-set file (format version 1): Example focus report (edition 2026-01): 2 areas, 4 questions'
		);
	}, 30_000);

	it('names the place of each problem in a bad question-set file', () => {
		const file = fixture('question-set-duplicate-ids.json');
		const bad = validate(file);
		expect(bad.code).toBe(1);
		expect(bad.err).toEqual([`${file}: data.areas[1].questions[1].id: the id example-1-1 is already used at data.areas[0].questions[0].id`]);
	}, 30_000);

	it('says a broken file is not JSON', () => {
		const result = validate(fixture('not-json.json'));
		expect(result.code).toBe(1);
		expect(result.err[0]).toContain('it is not valid JSON');
	});
});
