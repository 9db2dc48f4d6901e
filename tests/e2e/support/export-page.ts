/**
 * Page models for exporting a statement for the panel papers: opening a
 * statement file, marking an answer exempt, the export screen, and reading
 * back what was downloaded (PDF pages, the Word file's text).
 */

import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { appUrl } from './browser.ts';
import { QuestionPage } from './pages.ts';
import { download } from './review-pages.ts';

/** Opens a statement file through "Open a file" and adds it; resolves with its id on its overview. */
export async function openStatementFile(page: Page, path: string): Promise<string> {
	await page.goto(appUrl('/open'));
	await page.getByLabel('Choose a file').setInputFiles(path);
	await page.getByRole('button', { name: 'Add this statement' }).click();
	await page.waitForURL(/\/statements\/[0-9a-f-]{36}$/);
	await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
	return new URL(page.url()).pathname.split('/')[2] ?? '';
}

/** Marks an answer exempt on its question page, with the exemption category, and waits until it is saved. */
export async function markExempt(page: Page, statementId: string, questionId: string, category: string): Promise<void> {
	const question = new QuestionPage(page);
	await question.open(statementId, questionId);
	await page.getByLabel('This answer is exempt: leave it out of the public agenda pack').check();
	await page.getByLabel('Reason for exemption').fill(category);
	await page.getByLabel('Reason for exemption').blur();
	await question.waitForSaved();
}

/** "Export for the panel papers". */
export class ExportPage {
	constructor(readonly page: Page) {}

	async open(statementId: string): Promise<void> {
		await this.page.goto(appUrl(`/statements/${statementId}/export`));
		await this.heading.waitFor();
	}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Export for the panel papers' });
	}

	/** The "Before you export" panel. */
	get readiness(): Locator {
		return this.page.getByRole('region', { name: 'Before you export' });
	}

	async chooseFormat(label: 'PDF for the agenda pack' | 'Word document' | 'Web page (HTML) for the council website'): Promise<void> {
		await this.page.getByRole('group', { name: 'Format' }).getByLabel(label).check();
	}

	async chooseVersion(label: 'Public' | 'Exempt'): Promise<void> {
		await this.page.getByRole('group', { name: 'Version' }).getByLabel(label, { exact: true }).check();
	}

	get summaryPage(): Locator {
		return this.page.getByLabel('Include a summary page');
	}

	/** The file name the screen says will be downloaded. */
	get fileName(): Locator {
		return this.page.locator('#export-file-name');
	}

	get exemptWarning(): Locator {
		return this.page.locator('#exempt-warning');
	}

	/** The success banner: "Downloaded …". */
	get success(): Locator {
		return this.page.locator('#export-done');
	}

	/** The first page of the PDF, drawn as an image with a text alternative. */
	get previewPage(): Locator {
		return this.page.getByRole('img', { name: /^Preview of page 1 of \d+$/ });
	}

	/** The web page preview. */
	get previewFrame(): Locator {
		return this.page.locator('iframe[title="Preview of the web page"]');
	}

	/** Presses Export; resolves with the downloaded file once the success banner shows. */
	async export(): Promise<{ name: string; path: string; bytes: Buffer }> {
		const file = await download(this.page, this.page.getByRole('button', { name: 'Export', exact: true }));
		await this.success.waitFor();
		return file;
	}

	/** Waits for the PDF preview to be drawn and says whether the canvas shows anything but white. */
	async previewHasInk(): Promise<boolean> {
		await this.previewPage.waitFor();
		await this.page.locator('#preview-status', { hasText: 'The first page.' }).waitFor();
		return this.previewPage.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
			const context = canvas.getContext('2d');
			if (!context || canvas.width === 0) return false;
			const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
			for (let i = 0; i < data.length; i += 4) {
				if ((data[i] ?? 255) < 128 && (data[i + 3] ?? 0) > 0) return true;
			}
			return false;
		});
	}
}

/** The text of each page of a PDF, as a reader extracts it, runs of white space as one space. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
	}
	await doc.destroy();
	return pages;
}

/** The text of a Word file's body (word/document.xml), runs joined, white space collapsed. */
export async function docxText(bytes: Uint8Array): Promise<{ files: string[]; text: string }> {
	const zip = await JSZip.loadAsync(bytes);
	const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
	const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
	const text = runs
		.join('')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
	return { files: Object.keys(zip.files), text };
}
