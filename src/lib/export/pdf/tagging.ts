import type { jsPDF } from 'jspdf';

/**
 * Tagged PDF (PDF/UA style) with jsPDF, for every PDF the app makes.
 *
 * Layout code builds the logical structure as plain `StructNode`s (no jsPDF
 * needed, so layout stays testable); drawing code wraps what it draws in
 * marked content with `tagger.content(node, draw)`, which gives the drawing
 * an MCID on the current page and records it under the node, or in
 * `tagger.artifact(draw)` for page furniture. When jsPDF writes the file, the
 * tagger adds, through jsPDF's own events (as its outline and annotation
 * plugins do): `/StructParents` and `/Tabs /S` on each page, the structure
 * elements, the ParentTree and StructTreeRoot, link annotations that belong to
 * `Link` elements (`/StructParent`, `/Contents`), and `/MarkInfo` in the
 * catalogue. Title, language, DisplayDocTitle and XMP (`pdfuaid:part 1`) are
 * set when the tagger is made.
 *
 * A drawing call that finds no tagger for its document (a layout test drawing
 * on a bare jsPDF) draws untagged, as before.
 */

export type StructRole =
	| 'Document'
	| 'Sect'
	| 'H1'
	| 'H2'
	| 'H3'
	| 'P'
	| 'Table'
	| 'THead'
	| 'TBody'
	| 'TR'
	| 'TH'
	| 'TD'
	| 'L'
	| 'LI'
	| 'Lbl'
	| 'LBody'
	| 'Link'
	| 'Figure'
	| 'Caption'
	| 'Span'
	| 'BlockQuote';

export interface StructAttributes {
	/** Text alternative (Figure, and a Link's annotation /Contents). */
	alt?: string;
	/** A header cell's scope. */
	scope?: 'Column' | 'Row' | 'Both';
	colSpan?: number;
	/** Rows a cell spans (a question printed once beside its several actions). */
	rowSpan?: number;
}

/** What a structure element holds: elements, marked content on a page, or an annotation. */
export type StructKid = StructNode | { kind: 'mcid'; page: number; mcid: number } | { kind: 'annot'; page: number; annot: LinkAnnotation };

export interface StructNode {
	kind: 'node';
	role: StructRole;
	attributes: StructAttributes;
	kids: StructKid[];
	/** A parent this element joins when its first content is drawn (an element inside text, such as a Link, so it lands between the text around it). */
	pending?: StructNode;
}

interface LinkAnnotation {
	type: 'reference';
	page: number;
	rect: [number, number, number, number];
	url: string;
	contents: string;
	key: number;
	/** Created lazily, while jsPDF writes the page that holds it: object numbers change with every output. */
	readonly object: { readonly objId: number };
}

/** A structure element, appended to `parent`'s kids when a parent is given. */
export function structNode(role: StructRole, parent?: StructNode, attributes: StructAttributes = {}): StructNode {
	const node: StructNode = { kind: 'node', role, attributes, kids: [] };
	parent?.kids.push(node);
	return node;
}

/** A structure element that joins `parent` only when its first content is drawn, in drawing order among the parent's text. */
export function inlineNode(role: StructRole, parent: StructNode, attributes: StructAttributes = {}): StructNode {
	return { kind: 'node', role, attributes, kids: [], pending: parent };
}

function attach(node: StructNode): void {
	const parent = node.pending;
	if (!parent) return;
	attach(parent);
	parent.kids.push(node);
	delete node.pending;
}

/** The parts of jsPDF's internal API the tagger writes with. */
interface Internals {
	events: { subscribe(topic: string, callback: (...args: never[]) => void): string };
	write(...parts: (string | number)[]): void;
	newObjectDeferred(): number;
	newObjectDeferredBegin(id: number, output: boolean): number;
	newAdditionalObject(): { objId: number; content: string };
	getPageInfo(page: number): { objId: number; pageContext: { annotations?: unknown[] } };
	getCurrentPageInfo(): { pageNumber: number };
	scaleFactor: number;
	pageSize: { getHeight(): number };
	/** Each page's content stream, as the lines jsPDF has written. */
	pages: unknown[][];
	pdfEscape(text: string): string;
}

interface PutPageData {
	pageNumber: number;
}

/** A text string as UTF-16BE hex, safe for any character and any parenthesis. */
export function pdfTextString(text: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
	return `<${hex}>`;
}

function xmlEscape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XMP with the title, language and PDF/UA identification. Bytes over 127 are written as XML character references, as jsPDF writes the stream byte by byte. */
export function xmpMetadata(title: string, language: string): string {
	const ascii = (text: string) => xmlEscape(text).replace(/[^\x20-\x7e]/gu, (c) => `&#${c.codePointAt(0) ?? 63};`);
	return [
		'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>',
		'<x:xmpmeta xmlns:x="adobe:ns:meta/">',
		'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
		'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
		`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${ascii(title)}</rdf:li></rdf:Alt></dc:title>`,
		`<dc:language><rdf:Bag><rdf:li>${ascii(language)}</rdf:li></rdf:Bag></dc:language>`,
		'<pdfuaid:part>1</pdfuaid:part>',
		'</rdf:Description>',
		'</rdf:RDF>',
		'</x:xmpmeta>',
		'<?xpacket end="w"?>'
	].join('\n');
}

const taggers = new WeakMap<jsPDF, Tagger>();

/** The tagger of a document, if it is being tagged. */
export function taggerOf(pdf: jsPDF): Tagger | undefined {
	return taggers.get(pdf);
}

/** Draws inside `node`'s marked content when the document is tagged; plain drawing otherwise. */
export function tagged<T>(pdf: jsPDF, node: StructNode | undefined, draw: () => T): T {
	const tagger = taggers.get(pdf);
	if (!tagger) return draw();
	return node ? tagger.content(node, draw) : tagger.artifact(draw);
}

/** Draws as an artifact (furniture) when the document is tagged. */
export function artifact<T>(pdf: jsPDF, draw: () => T, type: 'Pagination' | 'Layout' = 'Layout'): T {
	const tagger = taggers.get(pdf);
	return tagger ? tagger.artifact(draw, type) : draw();
}

export interface TaggerOptions {
	title: string;
	/** BCP 47, e.g. en-GB. */
	language: string;
}

export class Tagger {
	readonly root: StructNode;
	private readonly internal: Internals;
	/** Next MCID per page. */
	private readonly nextMcid = new Map<number, number>();
	/** The element owning each MCID, per page (index = MCID): the ParentTree. */
	private readonly owners = new Map<number, StructNode[]>();
	private readonly annotations: LinkAnnotation[] = [];
	/** Open marked content: nested drawing calls draw inside it rather than open their own. */
	private depth = 0;
	private treeRoot = 0;
	/** Counts outputs: jsPDF numbers objects afresh each time it writes the file. */
	private generation = 0;

	constructor(
		private readonly pdf: jsPDF,
		options: TaggerOptions
	) {
		this.root = structNode('Document');
		this.internal = pdf.internal as unknown as Internals;
		taggers.set(pdf, this);
		pdf.setLanguage(options.language as Parameters<jsPDF['setLanguage']>[0]);
		pdf.viewerPreferences({ DisplayDocTitle: true });
		pdf.addMetadata(xmpMetadata(options.title, options.language), true);
		const events = this.internal.events;
		events.subscribe('buildDocument', () => {
			this.generation += 1;
			this.treeRoot = 0;
		});
		events.subscribe('putPage', (data: PutPageData) => this.putPage(data));
		events.subscribe('postPutResources', () => this.putTree());
		events.subscribe('putCatalog', () => {
			if (this.treeRoot) this.internal.write(`/StructTreeRoot ${this.treeRoot} 0 R`);
			this.internal.write('/MarkInfo << /Marked true >>');
		});
	}

	private page(): number {
		return this.internal.getCurrentPageInfo().pageNumber;
	}

	/** Where the last element's marked content ended: drawing more of it straight after continues the same marked content. */
	private lastEnd: { node: StructNode; page: number; stream: unknown[]; length: number } | undefined;

	/**
	 * Draws inside marked content owned by `node` (an MCID on the current
	 * page). Inside other marked content, just draws. When nothing has been
	 * written since the same element's marked content ended on this page (the
	 * next line of a paragraph), that marked content is reopened instead, so a
	 * paragraph is one MCID per page, not one per line.
	 */
	content<T>(node: StructNode, draw: () => T): T {
		if (this.depth > 0) return draw();
		const page = this.page();
		const stream = this.internal.pages[page];
		const last = this.lastEnd;
		const continuing = last && stream && last.node === node && last.page === page && last.stream === stream && stream.length === last.length && stream.at(-1) === 'EMC';
		let begin: string | undefined;
		if (continuing) {
			// Reopen the element's last piece of marked content rather than start another.
			stream.pop();
		} else {
			const mcid = this.nextMcid.get(page) ?? 0;
			this.nextMcid.set(page, mcid + 1);
			const owners = this.owners.get(page) ?? [];
			owners[mcid] = node;
			this.owners.set(page, owners);
			attach(node);
			node.kids.push({ kind: 'mcid', page, mcid });
			begin = `/${node.role === 'Document' ? 'Span' : node.role} <</MCID ${mcid}>> BDC`;
		}
		try {
			return this.wrap(begin, draw);
		} finally {
			if (stream) this.lastEnd = { node, page, stream, length: stream.length };
		}
	}

	/** Where the last artifact ended: another artifact of its type straight after continues it. */
	private lastArtifact: { type: string; stream: unknown[]; length: number } | undefined;

	/** Opens an artifact of `type`, or reopens the one that has just ended (a cell's borders after its fill): one BDC for both. */
	private openArtifact(type: 'Pagination' | 'Layout'): void {
		const stream = this.internal.pages[this.page()];
		const last = this.lastArtifact;
		if (last && stream && last.type === type && last.stream === stream && stream.length === last.length && stream.at(-1) === 'EMC') stream.pop();
		else this.internal.write(`/Artifact <</Type /${type}>> BDC`);
	}

	private closeArtifact(type: 'Pagination' | 'Layout'): void {
		this.internal.write('EMC');
		const stream = this.internal.pages[this.page()];
		this.lastArtifact = stream ? { type, stream, length: stream.length } : undefined;
	}

	/** Draws as an artifact: page furniture a reader skips (borders, fills, footers, a repeated head row). */
	artifact<T>(draw: () => T, type: 'Pagination' | 'Layout' = 'Layout'): T {
		if (this.depth > 0) return draw();
		this.openArtifact(type);
		this.depth += 1;
		try {
			return draw();
		} finally {
			this.depth -= 1;
			this.closeArtifact(type);
		}
	}

	private openType: 'Pagination' | 'Layout' = 'Layout';

	/** Opens an artifact that `end` closes: for drawing done by someone else between two hooks (autotable's cell fills and borders). */
	beginArtifact(type: 'Pagination' | 'Layout' = 'Layout'): void {
		this.openArtifact(type);
		this.openType = type;
		this.depth += 1;
	}

	end(): void {
		this.depth -= 1;
		this.closeArtifact(this.openType);
	}

	/** Whether marked content is open (drawing now would land inside it). */
	get open(): boolean {
		return this.depth > 0;
	}

	/** Draws inside marked content: opened with `begin` (or already open, when undefined) and closed after. */
	private wrap<T>(begin: string | undefined, draw: () => T): T {
		if (begin !== undefined) this.internal.write(begin);
		this.depth += 1;
		try {
			return draw();
		} finally {
			this.depth -= 1;
			this.internal.write('EMC');
		}
	}

	/** A link annotation over (x, y, w, h) in mm on the current page, belonging to the `Link` element `node`. */
	link(node: StructNode, x: number, y: number, w: number, h: number, url: string): void {
		const page = this.page();
		const k = this.internal.scaleFactor;
		const height = this.internal.pageSize.getHeight();
		const rect: [number, number, number, number] = [x * k, (height - y - h) * k, (x + w) * k, (height - y) * k];
		const internal = this.internal;
		const contents = node.attributes.alt ?? url;
		const generation = () => this.generation;
		// ParentTree keys: pages first (page n has key n - 1), then annotations in the order they were made.
		const keyOf = (a: LinkAnnotation) => this.pageCount() + this.annotations.indexOf(a);
		let made: { objId: number } | undefined;
		let madeFor = -1;
		const annotation: LinkAnnotation = {
			type: 'reference',
			page,
			rect,
			url,
			contents,
			key: 0,
			object: {
				get objId(): number {
					// jsPDF asks for the id while it writes the page; a new output numbers objects afresh.
					const writing = internal.getPageInfo(page).objId;
					if (!made || madeFor !== generation()) {
						annotation.key = keyOf(annotation);
						const object = internal.newAdditionalObject();
						const r = rect.map((v) => v.toFixed(2)).join(' ');
						object.content = `<</Type /Annot /Subtype /Link /Rect [${r}] /Border [0 0 0] /F 4 /P ${writing} 0 R /StructParent ${annotation.key} /Contents ${pdfTextString(contents)} /A <</S /URI /URI (${internal.pdfEscape(url)})>> >>`;
						made = object;
						madeFor = generation();
					}
					return made.objId;
				}
			}
		};
		attach(node);
		this.annotations.push(annotation);
		const context = this.internal.getPageInfo(page).pageContext;
		context.annotations = [...(context.annotations ?? []), annotation];
		node.kids.push({ kind: 'annot', page, annot: annotation });
	}

	private pageCount(): number {
		return this.pdf.getNumberOfPages();
	}

	private putPage(data: PutPageData): void {
		if (this.owners.has(data.pageNumber)) this.internal.write(`/StructParents ${data.pageNumber - 1}`);
		this.internal.write('/Tabs /S');
	}

	/** Whether an element holds any content (empty elements are left out of the file, except table cells). */
	private keep(node: StructNode, memo: Map<StructNode, boolean>): boolean {
		const known = memo.get(node);
		if (known !== undefined) return known;
		let result = node.role === 'TD' || node.role === 'TH';
		for (const kid of node.kids) {
			if (kid.kind !== 'node' || this.keep(kid, memo)) result = true;
		}
		if (node.role === 'TR' || node.role === 'THead' || node.role === 'TBody' || node.role === 'Table') {
			result = node.kids.some((kid) => kid.kind === 'node' && this.keep(kid, memo) && hasContent(kid));
		}
		memo.set(node, result);
		return result;
	}

	private putTree(): void {
		const internal = this.internal;
		const memo = new Map<StructNode, boolean>();
		const ids = new Map<StructNode, number>();
		const order: { node: StructNode; parent: number }[] = [];
		const treeRoot = internal.newObjectDeferred();
		const parentTree = internal.newObjectDeferred();
		const visit = (node: StructNode, parent: number) => {
			if (!this.keep(node, memo)) return;
			ids.set(node, internal.newObjectDeferred());
			order.push({ node, parent });
			const id = ids.get(node) ?? 0;
			for (const kid of node.kids) if (kid.kind === 'node') visit(kid, id);
		};
		visit(this.root, treeRoot);
		const pageRef = (page: number) => `${internal.getPageInfo(page).objId} 0 R`;

		for (const { node, parent } of order) {
			const id = ids.get(node) ?? 0;
			const firstPage = node.kids.find((kid) => kid.kind === 'mcid')?.page;
			const kids = node.kids
				.map((kid) => {
					if (kid.kind === 'node') return ids.has(kid) ? `${ids.get(kid)} 0 R` : '';
					if (kid.kind === 'mcid') return kid.page === firstPage ? String(kid.mcid) : `<</Type /MCR /Pg ${pageRef(kid.page)} /MCID ${kid.mcid}>>`;
					return `<</Type /OBJR /Pg ${pageRef(kid.page)} /Obj ${kid.annot.object.objId} 0 R>>`;
				})
				.filter(Boolean);
			const parts = [`<</Type /StructElem /S /${node.role} /P ${parent} 0 R`];
			if (firstPage !== undefined) parts.push(`/Pg ${pageRef(firstPage)}`);
			if (node.attributes.alt !== undefined) parts.push(`/Alt ${pdfTextString(node.attributes.alt)}`);
			const table: string[] = [];
			if (node.attributes.scope) table.push(`/Scope /${node.attributes.scope}`);
			if (node.attributes.colSpan && node.attributes.colSpan > 1) table.push(`/ColSpan ${node.attributes.colSpan}`);
			if (node.attributes.rowSpan && node.attributes.rowSpan > 1) table.push(`/RowSpan ${node.attributes.rowSpan}`);
			if (table.length > 0) parts.push(`/A <</O /Table ${table.join(' ')}>>`);
			parts.push(`/K [${kids.join(' ')}] >>`);
			internal.newObjectDeferredBegin(id, true);
			internal.write(parts.join(' '));
			internal.write('endobj');
		}

		const nums: string[] = [];
		const pages = [...this.owners.keys()].sort((a, b) => a - b);
		for (const page of pages) {
			const owners = this.owners.get(page) ?? [];
			nums.push(`${page - 1} [${Array.from(owners, (owner) => (owner && ids.has(owner) ? `${ids.get(owner)} 0 R` : 'null')).join(' ')}]`);
		}
		for (const a of this.annotations) {
			const owner = this.ownerOfAnnotation(a);
			if (owner && ids.has(owner)) nums.push(`${a.key} ${ids.get(owner)} 0 R`);
		}
		internal.newObjectDeferredBegin(parentTree, true);
		internal.write(`<</Nums [${nums.join(' ')}]>>`);
		internal.write('endobj');

		internal.newObjectDeferredBegin(treeRoot, true);
		internal.write(`<</Type /StructTreeRoot /K [${ids.get(this.root) ?? 0} 0 R] /ParentTree ${parentTree} 0 R /ParentTreeNextKey ${this.pageCount() + this.annotations.length}>>`);
		internal.write('endobj');
		this.treeRoot = treeRoot;
	}

	private readonly annotationOwners = new Map<LinkAnnotation, StructNode>();

	private ownerOfAnnotation(annotation: LinkAnnotation): StructNode | undefined {
		if (this.annotationOwners.size === 0) {
			const walk = (node: StructNode) => {
				for (const kid of node.kids) {
					if (kid.kind === 'node') walk(kid);
					else if (kid.kind === 'annot') this.annotationOwners.set(kid.annot, node);
				}
			};
			walk(this.root);
		}
		return this.annotationOwners.get(annotation);
	}
}

/** Whether an element or any element under it holds marked content or an annotation. */
export function hasContent(node: StructNode): boolean {
	return node.kids.some((kid) => kid.kind !== 'node' || hasContent(kid));
}
