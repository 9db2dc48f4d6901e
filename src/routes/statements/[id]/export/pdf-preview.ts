/**
 * Draws the first page of a PDF onto a canvas with pdf.js, for the export
 * screen's preview. pdf.js is large, so it is imported only when a preview is
 * drawn (never on a first visit). Its worker is a file of the build (Vite's
 * `?worker&url`, a `.js` file), so the service worker precaches it and the
 * preview works offline and on any static host.
 */

import type { PDFWorker } from 'pdfjs-dist';

type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<{ pdfjs: PdfJs; worker: PDFWorker }> | undefined;

/** Loads pdf.js once, with one worker kept for every later preview (starting a worker costs more than drawing a page). */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; worker: PDFWorker }> {
	loading ??= Promise.all([import('pdfjs-dist'), import('./pdf-worker.ts?worker&url')])
		.then(([pdfjs, workerUrl]) => {
			pdfjs.GlobalWorkerOptions.workerSrc = workerUrl.default;
			return { pdfjs, worker: new pdfjs.PDFWorker() };
		})
		.catch((error: unknown) => {
			// Let a later preview try again (say, once the connection is back).
			loading = undefined;
			throw error;
		});
	return loading;
}

/** Page 1 drawn on a canvas of its own, and how many pages the PDF has. */
export interface DrawnPage {
	canvas: HTMLCanvasElement;
	pages: number;
}

/**
 * Draws page 1 of `bytes` onto a new canvas, `cssWidth` pixels wide and sharp
 * on high-density screens. A new canvas each time, so a preview still being
 * drawn never fights a newer one for the same canvas. `bytes` is copied:
 * pdf.js takes ownership of the buffer it is given.
 */
export async function drawFirstPage(bytes: Uint8Array, cssWidth: number): Promise<DrawnPage> {
	const { pdfjs, worker } = await loadPdfJs();
	const task = pdfjs.getDocument({ data: bytes.slice(), worker, isEvalSupported: false });
	try {
		const pdf = await task.promise;
		const page = await pdf.getPage(1);
		const unscaled = page.getViewport({ scale: 1 });
		const scale = cssWidth / unscaled.width;
		const ratio = window.devicePixelRatio || 1;
		const viewport = page.getViewport({ scale: scale * ratio });
		const canvas = document.createElement('canvas');
		canvas.width = Math.floor(viewport.width);
		canvas.height = Math.floor(viewport.height);
		await page.render({ canvas, viewport }).promise;
		return { canvas, pages: pdf.numPages };
	} finally {
		await task.destroy();
	}
}
