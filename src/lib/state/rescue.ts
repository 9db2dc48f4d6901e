import { validateDraft, type ResponseDraft } from '$lib/domain/response.ts';
import { serialise, slug, statementFileName } from '$lib/domain/file-format/write.ts';
import type { Response } from '$lib/domain/types.ts';
import { newId } from '$lib/storage/ids.ts';
import { exportStatement } from '$lib/storage/transfer.ts';
import { downloadFile } from './files.ts';

/**
 * "Export what you have": when an answer cannot be saved (disk full, database
 * closed), saves the whole statement as a file with the unsaved answer put in
 * place, so nothing typed is lost. If even reading the database fails, saves
 * the answer's text on its own. Returns the file name used.
 */
export async function exportWhatYouHave(assessmentId: string, questionId: string, draft: ResponseDraft): Promise<string> {
	try {
		const file = await exportStatement(assessmentId);
		const tidy = validateDraft(draft);
		const content = tidy.ok ? tidy.value : draft;
		const now = new Date().toISOString();
		const existing = file.data.responses.find((r) => r.questionId === questionId);
		const unsaved: Response = existing
			? { ...existing, ...content, rev: existing.rev + 1, updatedAt: now }
			: { id: newId(), assessmentId, questionId, ...content, rev: 1, createdAt: now, updatedAt: now, updatedBy: '' };
		file.data.responses = [...file.data.responses.filter((r) => r.questionId !== questionId), unsaved];
		const name = statementFileName(file.data.assessment).replace(/\.json$/, '-unsaved-work.json');
		downloadFile(name, serialise(file), 'application/json');
		return name;
	} catch {
		const name = `answer-${slug(questionId)}-unsaved.md`;
		downloadFile(name, draft.statement, 'text/markdown');
		return name;
	}
}
