/**
 * A backup file holding `count` position statements for `npm run bench`'s
 * home-screen figures: each a copy of the Anytown example (its 20 answers
 * and their saved versions, new ids) with its own council, panel and
 * meeting date, so the list looks like a council's years of work. Made with
 * the app's own file code and restored through the "Your data" screen, as a
 * person would.
 */

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MAX_BACKUP_BYTES } from '../src/lib/domain/file-format/constants.ts';
import { readExchangeFile } from '../src/lib/domain/file-format/read.ts';
import { backupFile, serialise } from '../src/lib/domain/file-format/write.ts';
import type { Assessment, Response, Revision } from '../src/lib/domain/types.ts';

const COUNCILS = ['Anytown Borough Council', 'Othertown City Council', 'Northshire County Council', 'Riverside Council', 'Hillford District Council'];
const PANELS = ['Children and Families Scrutiny Panel', 'Corporate Parenting Board', 'People Scrutiny Committee'];

/** The backup file's text. */
export function homeBenchBackup(examplePath: string, count: number): string {
	const read = readExchangeFile(readFileSync(examplePath, 'utf8'));
	if (!read.ok || read.file.type !== 'scrutiny-position-statement') throw new Error('The example is not a statement file.');
	const example = read.file.data;
	const assessments: Assessment[] = [];
	const responses: Response[] = [];
	const revisions: Revision[] = [];
	for (let i = 0; i < count; i++) {
		const id = randomUUID();
		const year = 2010 + (i % 17);
		const month = String(1 + (i % 12)).padStart(2, '0');
		const edited = new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString();
		assessments.push({
			...example.assessment,
			id,
			council: COUNCILS[i % COUNCILS.length]!,
			panel: PANELS[i % PANELS.length]!,
			title: `${example.assessment.title} ${i + 1}`.slice(0, 200),
			meetingDate: `${year}-${month}-15`,
			createdAt: edited,
			updatedAt: edited
		});
		const responseIds = new Map(example.responses.map((r) => [r.id, randomUUID()]));
		for (const r of example.responses) responses.push({ ...r, id: responseIds.get(r.id)!, assessmentId: id, updatedAt: edited });
		for (const v of example.revisions) revisions.push({ ...v, id: randomUUID(), assessmentId: id, responseId: responseIds.get(v.responseId)! });
	}
	const text = serialise(
		backupFile({ assessments, responses, revisions, notes: [], recommendations: [], people: [], settings: [], questionSets: [] }, new Date().toISOString(), 'bench')
	);
	if (Buffer.byteLength(text) > MAX_BACKUP_BYTES) throw new Error(`The bench's backup of ${count} statements is over the app's file limit.`);
	return text;
}
