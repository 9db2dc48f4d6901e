import { MAX_BACKUP_BYTES } from '$lib/domain/file-format/constants.ts';
import { formatProblems, readExchangeFile } from '$lib/domain/file-format/read.ts';
import type { ExchangeFile } from '$lib/domain/file-format/schema.ts';

/**
 * Hands bytes or text to the browser to save as a file in the user's
 * downloads. Works offline: nothing leaves the device.
 */
export function downloadFile(name: string, content: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser time to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A chosen file, read and checked: its content, or the lines saying what is wrong. */
export type OpenedFile = { ok: true; file: ExchangeFile; name: string } | { ok: false; name: string; lines: string[] };

/** Reads a file the user chose and validates it. Refuses an oversized file before reading it. */
export async function openExchangeFile(chosen: File): Promise<OpenedFile> {
	if (chosen.size > MAX_BACKUP_BYTES) {
		return {
			ok: false,
			name: chosen.name,
			lines: [`The file is ${(chosen.size / 1024 / 1024).toFixed(1)} MB; the largest the app reads is ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`]
		};
	}
	const result = readExchangeFile(await chosen.text(), chosen.size);
	return result.ok ? { ok: true, file: result.file, name: chosen.name } : { ok: false, name: chosen.name, lines: formatProblems(result.problems) };
}
