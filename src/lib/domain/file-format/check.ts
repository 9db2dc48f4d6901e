import { FILE_TYPES } from './constants.ts';
import { formatProblems, readExchangeFile } from './read.ts';
import type { ExchangeFile } from './schema.ts';

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/**
 * What a file holds, in one line: "1 statement, 20 answers, 31 saved
 * versions", with the format version it was written in (and the one it was
 * read as, when it was upgraded).
 */
export function describeContents(file: ExchangeFile, writtenAs: number = file.formatVersion): string {
	const version = writtenAs === file.formatVersion ? `format version ${writtenAs}` : `format version ${writtenAs}, read as version ${file.formatVersion}`;
	if (file.type === FILE_TYPES.notes) {
		return `a valid notes file (${version}): ${plural(file.data.notes.length, 'note')} on "${file.data.assessmentTitle}"`;
	}
	const statements = file.type === FILE_TYPES.backup ? file.data.assessments.length : 1;
	const answered = file.data.responses.filter((r) => r.statement.trim()).length;
	const parts = [plural(statements, 'statement'), plural(answered, 'answer'), plural(file.data.revisions.length, 'saved version')];
	const kind = { [FILE_TYPES.statement]: 'position statement file', [FILE_TYPES.pack]: 'contribution pack', [FILE_TYPES.backup]: 'backup' }[file.type];
	return `a valid ${kind} (${version}): ${parts.join(', ')}`;
}

/** Checks a file's text and says, in lines for a person, what it holds or what is wrong. */
export function checkFile(text: string): { ok: true; summary: string } | { ok: false; lines: string[] } {
	const result = readExchangeFile(text);
	return result.ok ? { ok: true, summary: describeContents(result.file, result.writtenAs) } : { ok: false, lines: formatProblems(result.problems) };
}
