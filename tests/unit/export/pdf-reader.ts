import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_TYPES } from '../../../src/lib/domain/file-format/constants.ts';
import { readExchangeFile } from '../../../src/lib/domain/file-format/read.ts';
import type { Assessment, Response } from '../../../src/lib/domain/types.ts';
import { loadPdfFonts, type PdfFonts } from '../../../src/lib/export/pdf/fonts.ts';

/**
 * Reading a rendered PDF back as a reader would: text per page with
 * positions (pdf.js, the engine in Firefox), link annotations, outline and
 * document information; and the fixtures the PDF tests share.
 */

export interface TextItem {
	str: string;
	/** Left edge and baseline, in points from the bottom-left corner of the page. */
	x: number;
	y: number;
	/** Font size in points. */
	size: number;
	/** Advance width in points. */
	width: number;
}

export interface ReadPdf {
	pages: { items: TextItem[]; text: string; links: string[] }[];
	outline: { title: string; page: number }[];
	/** Every bookmark, nested ones included. */
	outlineCount: number;
	info: Record<string, unknown>;
}

/** Millimetres from the left edge to points. */
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** Millimetres from the top of an A4 page to pdf.js's points from the bottom. */
export const mmFromTopToPdfY = (mm: number): number => ((297 - mm) * 72) / 25.4;

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	// pdf.js takes ownership of the buffer it is given: pass a copy.
	const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: ReadPdf['pages'] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		const items: TextItem[] = [];
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const [a = 0, , , d = 0, x = 0, y = 0] = item.transform as number[];
			items.push({ str: item.str, x, y, size: Math.max(Math.abs(a), Math.abs(d)), width: item.width });
		}
		const annotations = (await page.getAnnotations()) as { subtype?: string; url?: string }[];
		pages.push({
			items,
			text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' '),
			links: annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url ?? '')
		});
	}
	const outline: ReadPdf['outline'] = [];
	const count = (entries: readonly { items?: unknown[] }[]): number => entries.reduce((n, e) => n + 1 + count((e.items ?? []) as { items?: unknown[] }[]), 0);
	const outlineCount = count((await doc.getOutline()) ?? []);
	for (const entry of (await doc.getOutline()) ?? []) {
		const dest = entry.dest;
		const ref = Array.isArray(dest) ? dest[0] : undefined;
		outline.push({ title: entry.title, page: ref ? (await doc.getPageIndex(ref as never)) + 1 : 0 });
	}
	const { info } = await doc.getMetadata();
	await doc.destroy();
	return { pages, outline, outlineCount, info: info as Record<string, unknown> };
}

/** The Arimo fonts from static/fonts, as the browser would fetch them. */
export function diskFonts(): Promise<PdfFonts> {
	return loadPdfFonts(async (name) => {
		const bytes = await readFile(new URL(`../../../static/fonts/${name}`, import.meta.url));
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	});
}

/** The Anytown example statement, read with the app's own file reader. */
export function exampleStatement(): { assessment: Assessment; responses: Response[] } {
	const result = readExchangeFile(readFileSync(new URL('../../../examples/anytown-position-statement.json', import.meta.url), 'utf8'));
	if (!result.ok) throw new Error(`The example does not read: ${JSON.stringify(result.problems)}`);
	if (result.file.type !== FILE_TYPES.statement) throw new Error('The example is not a statement file');
	const { assessment, responses } = result.file.data;
	return { assessment: structuredClone(assessment) as Assessment, responses: structuredClone(responses) as Response[] };
}

/** An answer to `questionId` shaped like the example's, with `statement` and any other fields changed. */
export function answer(template: Response, questionId: string, statement: string, changes: Partial<Response> = {}): Response {
	return { ...structuredClone(template), id: `test-${questionId}`, questionId, statement, ...changes };
}

/** `count` words that can each be found again: w0001, w0002, … */
export function numberedWords(from: number, count: number): string[] {
	return Array.from({ length: count }, (_, i) => `w${String(from + i).padStart(4, '0')}`);
}

/** One element of the structure tree, read from the file: its role, attributes and, in order, its kids. */
export interface TagNode {
	role: string;
	alt?: string;
	scope?: string;
	colSpan?: number;
	rowSpan?: number;
	kids: (TagNode | { text: string } | { annotation: { contents?: string; url?: string; structParent?: number } })[];
}

export interface ReadTags {
	/** The whole structure tree from the StructTreeRoot (read with qpdf's JSON, which sees every object). */
	root: TagNode;
	/** Roles pdf.js finds in each page's structure tree. */
	roles: Set<string>;
	/** Text drawn outside marked content, or in marked content that is neither an element's nor an artifact. */
	untagged: string[];
	/** Text in artifacts (page furniture). */
	artifacts: string[];
	/** What the catalogue says: language, MarkInfo, DisplayDocTitle; and the XMP. */
	catalog: { lang?: string; marked?: boolean; displayDocTitle?: boolean; xmp: string };
	/** Each page's /StructParents and whether its ParentTree entry holds an element for every MCID. */
	pagesOk: boolean;
}

type QpdfValue = string | number | boolean | null | QpdfValue[] | { [key: string]: QpdfValue };

/** `qpdf --check` on some bytes: the output, and whether it passed. */
export function qpdfCheck(bytes: Uint8Array): { ok: boolean; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'qpdf-'));
	const file = join(dir, 'check.pdf');
	writeFileSync(file, bytes);
	try {
		const output = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
		return { ok: true, output };
	} catch (error) {
		const e = error as { stdout?: string; stderr?: string };
		return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function qpdfObjects(bytes: Uint8Array): Record<string, { value?: QpdfValue; stream?: { dict: QpdfValue; data?: string } }> {
	const dir = mkdtempSync(join(tmpdir(), 'qpdf-'));
	const file = join(dir, 'read.pdf');
	writeFileSync(file, bytes);
	try {
		const json = execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', file], {
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024
		});
		const parsed = JSON.parse(json) as { qpdf: [unknown, Record<string, { value?: QpdfValue; stream?: { dict: QpdfValue; data?: string } }>] };
		return parsed.qpdf[1];
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const qpdfString = (value: QpdfValue | undefined): string | undefined => {
	if (typeof value !== 'string') return undefined;
	if (value.startsWith('u:')) return value.slice(2);
	if (value.startsWith('b:')) return Buffer.from(value.slice(2), 'hex').toString('latin1');
	return value;
};

/** The structure tree and marked content of a PDF, read back with pdf.js and qpdf. */
export async function readTags(bytes: Uint8Array): Promise<ReadTags> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
	const texts = new Map<string, string>();
	const untagged: string[] = [];
	const artifacts: string[] = [];
	const roles = new Set<string>();
	const pageObjects: number[] = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent({ includeMarkedContent: true });
		const stack: { id: string | null; tag: string }[] = [];
		for (const item of content.items) {
			if ('type' in item) {
				if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push({ id: 'id' in item ? (item.id ?? null) : null, tag: (item as { tag?: string }).tag ?? '' });
				else if (item.type === 'endMarkedContent') stack.pop();
				continue;
			}
			if (!('str' in item) || !item.str.trim()) continue;
			const withId = [...stack].reverse().find((m) => m.id);
			if (withId?.id) texts.set(withId.id, `${texts.get(withId.id) ?? ''} ${item.str}`);
			else if (stack.some((m) => m.tag === 'Artifact')) artifacts.push(item.str);
			else untagged.push(item.str);
		}
		const walk = (node: { role?: string; children?: unknown[] }) => {
			if (node.role) roles.add(node.role);
			for (const kid of node.children ?? []) walk(kid as { role?: string; children?: unknown[] });
		};
		const tree = await page.getStructTree();
		if (tree) walk(tree as { children?: unknown[] });
		pageObjects.push(n);
	}
	await doc.destroy();

	const objects = qpdfObjects(bytes);
	const get = (ref: QpdfValue | undefined): QpdfValue | undefined => {
		if (typeof ref === 'string' && / \d+ R$/.test(ref)) return objects[`obj:${ref}`]?.value ?? objects[`obj:${ref}`]?.stream?.dict;
		return ref;
	};
	const dict = (value: QpdfValue | undefined): Record<string, QpdfValue> => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});
	const trailer = dict(objects['trailer']?.value);
	const catalog = dict(get(trailer['/Root']));
	const pageNum = (ref: QpdfValue | undefined) => (typeof ref === 'string' ? ref.split(' ')[0] : '');

	const read = (ref: QpdfValue, inherited?: QpdfValue): TagNode => {
		const elem = dict(get(ref));
		const attributes = dict(get(elem['/A']));
		const page = elem['/Pg'] ?? inherited;
		const node: TagNode = { role: String(elem['/S'] ?? '').replace(/^\//, ''), kids: [] };
		const alt = qpdfString(elem['/Alt']);
		if (alt !== undefined) node.alt = alt;
		if (typeof attributes['/Scope'] === 'string') node.scope = attributes['/Scope'].replace(/^\//, '');
		if (typeof attributes['/ColSpan'] === 'number') node.colSpan = attributes['/ColSpan'];
		if (typeof attributes['/RowSpan'] === 'number') node.rowSpan = attributes['/RowSpan'];
		const kids = elem['/K'];
		for (const kid of Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]) {
			if (typeof kid === 'number') node.kids.push({ text: (texts.get(`p${pageNum(page)}R_mc${kid}`) ?? '').trim() });
			else if (typeof kid === 'string') node.kids.push(read(kid, page));
			else {
				const k = dict(kid);
				if (k['/Type'] === '/MCR') node.kids.push({ text: (texts.get(`p${pageNum(k['/Pg'])}R_mc${String(k['/MCID'])}`) ?? '').trim() });
				else if (k['/Type'] === '/OBJR') {
					const annot = dict(get(k['/Obj']));
					const action = dict(get(annot['/A']));
					const contents = qpdfString(annot['/Contents']);
					const url = qpdfString(action['/URI']);
					node.kids.push({
						annotation: {
							...(contents !== undefined ? { contents } : {}),
							...(url !== undefined ? { url } : {}),
							...(typeof annot['/StructParent'] === 'number' ? { structParent: annot['/StructParent'] } : {})
						}
					});
				}
			}
		}
		return node;
	};
	const treeRoot = dict(get(catalog['/StructTreeRoot']));
	const top = treeRoot['/K'];
	const first = Array.isArray(top) ? top[0] : top;
	const root: TagNode = first !== undefined ? read(first) : { role: 'none', kids: [] };

	// Every page with marked content has /StructParents, and the ParentTree has an element for each MCID it uses.
	const parentTree = dict(get(treeRoot['/ParentTree']));
	const nums = Array.isArray(parentTree['/Nums']) ? parentTree['/Nums'] : [];
	const keys = new Map<number, QpdfValue>();
	for (let i = 0; i + 1 < nums.length; i += 2) keys.set(Number(nums[i]), nums[i + 1] ?? null);
	const pages = Array.isArray(dict(get(catalog['/Pages']))['/Kids']) ? (dict(get(catalog['/Pages']))['/Kids'] as QpdfValue[]) : [];
	let pagesOk = true;
	for (const ref of pages) {
		const page = dict(get(ref));
		const used = [...texts.keys()].filter((id) => id.startsWith(`p${pageNum(ref)}R_mc`)).map((id) => Number(id.split('_mc')[1]));
		if (used.length === 0) continue;
		const key = page['/StructParents'];
		const entry = typeof key === 'number' ? get(keys.get(key)) : undefined;
		if (!Array.isArray(entry) || used.some((mcid) => typeof entry[mcid] !== 'string')) pagesOk = false;
	}

	const metadata = objects[`obj:${String(catalog['/Metadata'])}`]?.stream?.data;
	const viewer = dict(get(catalog['/ViewerPreferences']));
	const lang = qpdfString(catalog['/Lang']);
	return {
		root,
		roles,
		untagged,
		artifacts,
		catalog: {
			...(lang !== undefined ? { lang } : {}),
			marked: dict(get(catalog['/MarkInfo']))['/Marked'] === true,
			displayDocTitle: viewer['/DisplayDocTitle'] === true,
			xmp: metadata ? Buffer.from(metadata, 'base64').toString('latin1') : ''
		},
		pagesOk
	};
}

/** The text of an element and everything under it, in structure order, each piece of marked content separated by a space. */
export function tagText(node: TagNode): string {
	return node.kids
		.map((kid) => ('role' in kid ? tagText(kid) : 'text' in kid ? kid.text : ''))
		.filter(Boolean)
		.join(' ');
}

/** Every element under `node` (itself included) with the role, depth first. */
export function tagsOf(node: TagNode, role: string): TagNode[] {
	const found = node.role === role ? [node] : [];
	for (const kid of node.kids) if ('role' in kid) found.push(...tagsOf(kid, role));
	return found;
}

/** The tree as indented lines ("TD", "  P: text…"), for looking at. */
export function printTags(node: TagNode, depth = 0): string {
	const attrs = [
		node.alt !== undefined ? `alt="${node.alt}"` : '',
		node.scope ? `scope=${node.scope}` : '',
		node.colSpan ? `colspan=${node.colSpan}` : '',
		node.rowSpan ? `rowspan=${node.rowSpan}` : ''
	]
		.filter(Boolean)
		.join(' ');
	const lines = [`${'  '.repeat(depth)}${node.role}${attrs ? ` [${attrs}]` : ''}`];
	for (const kid of node.kids) {
		if ('role' in kid) lines.push(printTags(kid, depth + 1));
		else if ('text' in kid) lines.push(`${'  '.repeat(depth + 1)}"${kid.text}"`);
		else lines.push(`${'  '.repeat(depth + 1)}(annotation ${kid.annotation.url ?? ''} contents="${kid.annotation.contents ?? ''}")`);
	}
	return lines.join('\n');
}

/**
 * What every tagged landscape table PDF must be: valid, its text all tagged
 * or artifacts, one Table whose head row (TH, column scope) is read once
 * however many pages repeat it, and a TR per row in order; `rows` gives each
 * row's cells' text, `cells` the cells themselves (TD, or TH for a row header).
 */
export async function expectTaggedTable(
	bytes: Uint8Array,
	columns: readonly string[],
	expect: (value: unknown, message?: string) => { toBe(v: unknown): void; toEqual(v: unknown): void; toContain(v: unknown): void; toMatchObject(v: object): void }
): Promise<{ tags: ReadTags; rows: string[][]; cells: TagNode[][] }> {
	const check = qpdfCheck(bytes);
	expect(check.ok, check.output).toBe(true);
	const tags = await readTags(bytes);
	expect(tags.untagged).toEqual([]);
	expect(tags.pagesOk).toBe(true);
	expect(tags.catalog).toMatchObject({ lang: 'en-GB', marked: true, displayDocTitle: true });
	expect(tags.catalog.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
	const tables = tagsOf(tags.root, 'Table');
	expect(tables.length).toBe(1);
	const head = tagsOf(tags.root, 'THead')[0];
	const heads = head ? tagsOf(head, 'TH') : [];
	expect(heads.map((th) => [tagText(th), th.scope])).toEqual(columns.map((c) => [c, 'Column']));
	const body = tagsOf(tags.root, 'TBody')[0];
	const cells = (body?.kids ?? []).filter((kid): kid is TagNode => 'role' in kid).map((tr) => tr.kids.filter((kid): kid is TagNode => 'role' in kid));
	return { tags, rows: cells.map((row) => row.map(tagText)), cells };
}
