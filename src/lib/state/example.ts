import exampleUrl from '../../../examples/anytown-position-statement.json?url';
import { FILE_TYPES } from '$lib/domain/file-format/constants.ts';
import { formatProblems, readExchangeFile } from '$lib/domain/file-format/read.ts';
import { getAssessment } from '$lib/storage/assessments.ts';
import { addStatement } from '$lib/storage/transfer.ts';

/**
 * "Open the example": the fictional Anytown statement shipped in examples/,
 * bundled as a build file (so the service worker precaches it and it opens
 * offline), read through the same checks as any file. Added once; opening it
 * again goes to the copy already on this device, with any changes made to it.
 */
export async function openExample(): Promise<string> {
	const response = await fetch(exampleUrl);
	if (!response.ok) throw new Error(`The example could not be loaded (${response.status}).`);
	const read = readExchangeFile(await response.text());
	if (!read.ok) throw new Error(`The example is not a valid file: ${formatProblems(read.problems).join('; ')}`);
	if (read.file.type !== FILE_TYPES.statement) throw new Error('The example is not a position statement file.');
	const existing = await getAssessment(read.file.data.assessment.id);
	if (existing) return existing.id;
	return addStatement(read.file, false);
}
