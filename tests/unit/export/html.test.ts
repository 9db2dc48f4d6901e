import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/export/html/escape.ts';
import { renderHtml } from '../../../src/lib/export/html/render-html.ts';
import { buildExportDocument, EXEMPT_BANNER, EXEMPT_NOTICE, UNANSWERED_NOTICE, type ExportDocument } from '../../../src/lib/export/model.ts';
import {
	EXEMPTION,
	LINK,
	NOT_APPLICABLE_REASON,
	NOW,
	SECRET,
	SECRET_INDICATOR,
	SECRET_OWNER,
	SECRET_SOURCE,
	UNICODE_PROBE,
	exampleDocument,
	exampleStatement,
	figuresDocument,
	testDocument
} from './statement-fixtures.ts';

/**
 * The web-page export, parsed as a browser parses it (jsdom, scripts off):
 * its headings, contents, answers, reporters, notices and summary tables,
 * and that nothing typed into an answer becomes markup. axe-core runs on it
 * in Chromium in tests/e2e/export-html.spec.ts.
 */

/** jsdom's CSS parser does not know @page margin boxes (Chromium does); its complaint about them is not a failure. */
function parse(html: string): Document {
	return new JSDOM(html, { url: 'http://localhost/', virtualConsole: new VirtualConsole() }).window.document;
}

/** Six words from the first plain paragraph of an answer's markdown, as a reader sees them. */
function phrase(markdown: string): string {
	const line = markdown.split('\n').find((l) => l.trim() && !/^\s*([-*+]\s|[>|#]|\d+\.\s)/.test(l)) ?? '';
	const plain = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`~]/g, '').replace(/\s+/g, ' ').trim();
	return plain.split(' ').slice(0, 6).join(' ');
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the web page of the example statement', () => {
	let doc: ExportDocument;
	let html: string;
	let page: Document;

	beforeAll(() => {
		doc = exampleDocument('public');
		html = renderHtml(doc);
		page = parse(html);
	});

	it('is one British English HTML document with a title and nothing fetched from elsewhere', () => {
		expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
		expect(page.documentElement.lang).toBe('en-GB');
		expect(page.title).toBe(`${doc.heading} – ${doc.council}`);
		expect(page.querySelector('meta[charset="utf-8"]')).not.toBeNull();
		expect(page.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
		expect(page.querySelectorAll('[src]')).toHaveLength(0);
		const style = page.querySelectorAll('style');
		expect(style).toHaveLength(1);
		expect(style[0]!.textContent).not.toMatch(/@import|url\(/);
		expect(style[0]!.textContent).toContain('@media print');
		expect(page.querySelector('meta[name="robots"]')).toBeNull();
	});

	it('has one h1, an h2 per area of focus and an h3 per question, in order', () => {
		expect([...page.querySelectorAll('h1')].map(text)).toEqual([doc.title]);
		expect(page.querySelector('.appendix-label')?.textContent).toBe('Appendix 2');
		const areas = [...page.querySelectorAll('main section.area > h2')].map(text);
		expect(areas).toEqual(doc.areas.map((a) => `${a.number}. ${a.title}`));
		expect(areas[0]).toBe('1. Accommodation for 16 and 17 year olds');
		const questions = [...page.querySelectorAll('main h3')].filter((h) => h.closest('.area')).map(text);
		expect(questions).toEqual(doc.areas.flatMap((a) => a.questions.map((q) => `${q.number} ${q.text}`)));
		expect(questions[0]).toMatch(/^1\.1 How many 16 and 17/);
		// Each question heading sits under its own area's heading.
		for (const area of doc.areas) {
			const section = page.getElementById(`area-${area.number}`)!.closest('section')!;
			expect(section.querySelectorAll('h3')).toHaveLength(area.questions.length);
		}
	});

	it('has a contents list linking to each area, the summary and further scrutiny', () => {
		const nav = page.querySelector('nav')!;
		expect(text(nav.querySelector('h2'))).toBe('Contents');
		const links = [...nav.querySelectorAll('a')];
		expect(links.map(text)).toEqual([...doc.areas.map((a) => `${a.number}. ${a.title}`), 'Summary', 'Opportunities for further scrutiny']);
		for (const link of links) {
			const target = page.getElementById(link.getAttribute('href')!.slice(1));
			expect(target?.tagName).toBe('H2');
			expect(text(target)).toBe(text(link));
		}
	});

	it('shows each answer, with its reporters and designations in a table with headers', () => {
		const { responses } = exampleStatement();
		const q21 = page.getElementById('question-2-1')!.parentElement!;
		expect(text(q21.querySelector('.answer'))).toContain('112 children (38%) live more than 20 miles from home');
		expect(q21.querySelector('.answer strong')?.textContent).toBe('112');
		const reporters = q21.querySelector('table.reporters')!;
		expect([...reporters.querySelectorAll('th')].map((th) => [text(th), th.getAttribute('scope')])).toEqual([
			['Reporter', 'col'],
			['Designation', 'col']
		]);
		expect([...reporters.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
			['Priya Shah', 'Head of Placements and Commissioning'],
			['Tom Reid', 'Service Manager, Children in Care']
		]);
		expect(text(q21.querySelector('table.reporters caption'))).toBe('Who reported on question 2.1');
		// Every answer is on the page, under its own question.
		for (const r of responses.filter((r) => r.statement.trim())) {
			const question = doc.areas.flatMap((a) => a.questions).find((q) => q.id === r.questionId)!;
			const section = page.getElementById(`question-${question.number.replace('.', '-')}`)!.parentElement!;
			if (r.exempt) {
				// The example's exempt answer (2.5): the notice in its place, none of its words.
				expect(text(section), question.number).toContain(EXEMPT_NOTICE);
				expect(text(section), question.number).not.toContain(phrase(r.statement));
			} else expect(text(section.querySelector('.answer')), question.number).toContain(phrase(r.statement));
		}
	});

	it('gives the self-rating and the corporate parenting principles of each answer', () => {
		const q11 = page.getElementById('question-1-1')!.parentElement!;
		const details = [...q11.querySelectorAll('.question-details div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
		expect(details).toEqual([
			['Self-rating', 'Going well or better'],
			['Corporate parenting principles', 'Safety and stability; Best interests and well-being']
		]);
	});

	it('says plainly when a question has no answer yet', () => {
		// Every question in the example is answered, so take 2.3's answer away.
		const { assessment, responses } = exampleStatement();
		const unanswered = parse(renderHtml(buildExportDocument(assessment, responses.filter((r) => r.questionId !== 'careless-2-3'), { version: 'public', includeSummary: true, now: NOW })));
		const q23 = unanswered.getElementById('question-2-3')!.parentElement!;
		expect(text(q23.querySelector('.notice'))).toBe(UNANSWERED_NOTICE);
		expect(q23.querySelector('table.reporters, .question-details')).toBeNull();
	});

	it('summarises with captioned tables whose header cells have a scope, marking principles in words', () => {
		const summary = page.getElementById('summary')!.closest('section')!;
		const tables = [...summary.querySelectorAll('table')];
		expect(tables.map((t) => text(t.querySelector('caption')))).toEqual([
			'Progress of the answers',
			'Self-ratings by area of focus',
			'Questions and the corporate parenting principles their answers bear on'
		]);
		for (const table of tables) {
			expect(table.querySelectorAll('thead th:not([scope="col"])')).toHaveLength(0);
			expect(table.querySelectorAll('tbody th:not([scope="row"]), tfoot th:not([scope="row"])')).toHaveLength(0);
		}
		const matrix = tables[2]!;
		const row = [...matrix.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')).startsWith('1.1 '))!;
		expect([...row.querySelectorAll('td')].map(text)).toEqual(['Yes', '', '', '', '', 'Yes', '']);
		expect(text(matrix.querySelector('thead th:nth-child(2)'))).toBe('1 Best interests and well-being');
		expect(text(summary)).toContain('20 of 20 questions answered.');
	});

	it('ends with the opportunities for further scrutiny', () => {
		const section = page.getElementById('further-scrutiny')!.closest('section')!;
		expect([...section.querySelectorAll('li')].map(text)[0]).toBe('A themed discussion on placement sufficiency, including supported accommodation.');
	});

	it('prints on A4 with page numbers and keeps question headings with what follows', () => {
		const css = page.querySelector('style')!.textContent!;
		expect(css).toMatch(/@page \{[^}]*size: A4/);
		expect(css).toContain('counter(page)');
		expect(css).toMatch(/h2, h3[^{]*\{[^}]*break-after: avoid/);
		expect(css).toContain('a:focus');
	});
});

describe('what an answer holds', () => {
	let page: Document;
	let html: string;

	beforeAll(() => {
		html = renderHtml(testDocument('public'));
		page = parse(html);
	});

	const answer = () => page.getElementById('question-2-5')!.parentElement!.querySelector('.answer')!;

	it('shows typed HTML as text: no script, no image, no event handler', () => {
		expect(page.querySelectorAll('script, img')).toHaveLength(0);
		const handlers = [...page.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')));
		expect(handlers).toHaveLength(0);
		expect(text(answer())).toContain('<script>alert("pwned")</script>');
		expect(text(answer())).toContain('An image tag <img src=x onerror="alert(1)"> and a bad link.');
		expect(html).not.toMatch(/<script|<img/i);
	});

	it('links only to web and email addresses, opened without a window reference', () => {
		const links = [...answer().querySelectorAll('a')];
		expect(links.map((a) => [text(a), a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
			["the Ombudsman's report", LINK, 'noopener'],
			['email us', 'mailto:scrutiny@anytown.gov.uk', 'noopener']
		]);
		expect(html).not.toContain('javascript:');
	});

	it('keeps emphasis, lists (nested, and numbered from their start), quotes, tables and code', () => {
		const a = answer();
		expect(text(a.querySelector('strong'))).toBe('sufficiency strategy');
		expect(text(a.querySelector('em'))).toBe('on track');
		expect(text(a.querySelector('del'))).toBe('late');
		expect(text(a.querySelector('ul > li > ul > li'))).toBe('Ash Grove (May 2026)');
		const ordered = [...a.querySelectorAll(':scope > ol')];
		expect(ordered.map((ol) => ol.getAttribute('start'))).toEqual([null, '3', null]);
		expect(text(a.querySelector('blockquote em'))).toBe('Children are well supported.');
		expect(text(a.querySelector('h4'))).toBe('Actions this year');
		const table = a.querySelector('table')!;
		expect([...table.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('scope')])).toEqual([
			['Theme', 'col'],
			['Key actions', 'col'],
			['Progress', 'col']
		]);
		expect(table.querySelector('tbody td.align-right')?.textContent).toBe('50%');
		expect(a.querySelector('pre code')?.textContent).toBe('code line one\ncode line two');
		expect(text(a.querySelector('p code'))).toBe('PEP-2026');
	});

	it('keeps curly quotes, dashes, the pound sign, bullets, ≥ and Welsh letters', () => {
		expect(text(answer())).toContain(`Unicode probe: ${UNICODE_PROBE}`);
		expect(text(page.body)).toContain('Gwenllïan Hughes');
	});
});

describe('public and exempt versions', () => {
	it('the public page shows the withheld notice and category, never the exempt answer or the banner', () => {
		const html = renderHtml(testDocument('public'));
		const page = parse(html);
		expect(html).not.toContain(SECRET);
		expect(html).not.toContain(EXEMPT_BANNER);
		const q23 = page.getElementById('question-2-3')!.parentElement!;
		expect([...q23.querySelectorAll('.notice p')].map(text)).toEqual([EXEMPT_NOTICE, `Exemption: ${EXEMPTION}`]);
		expect(text(page.querySelector('.version-note'))).toBe('1 answer is exempt information and is not included in this version.');
	});

	it('the exempt page carries the banner at the top, the foot and on every printed page, and is kept out of search engines', () => {
		const html = renderHtml(testDocument('exempt'));
		const page = parse(html);
		const banners = [...page.querySelectorAll('.exempt-banner')];
		expect(banners.map(text)).toEqual([EXEMPT_BANNER, EXEMPT_BANNER]);
		expect(banners[0]!.closest('header')).not.toBeNull();
		expect(banners[1]!.closest('footer')).not.toBeNull();
		expect(page.querySelector('style')!.textContent).toMatch(/@top-center \{ content: "EXEMPT – NOT FOR PUBLICATION"/);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
		const q23 = page.getElementById('question-2-3')!.parentElement!;
		expect(text(q23.querySelector('.exempt-label'))).toBe(`Exempt – ${EXEMPTION}`);
		expect(text(q23.querySelector('.answer'))).toContain(SECRET);
	});
});

describe('escapeHtml', () => {
	it('escapes the five characters that matter and drops control characters', () => {
		expect(escapeHtml(`<a href="x" title='y'>&amp;</a>\u0007`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
	});

	it('escapes statement details too, such as a council name with markup in it', () => {
		const doc = { ...exampleDocument('public'), council: 'Anytown <b onmouseover=alert(1)>Council</b>' };
		const page = parse(renderHtml(doc));
		expect(page.querySelectorAll('b')).toHaveLength(0);
		expect(page.title).toContain('Anytown <b onmouseover=alert(1)>Council</b>');
	});
});

describe('figures, charts, actions and questions that do not apply', () => {
	let pub: Document;
	let exemptHtml: string;
	let pubHtml: string;

	beforeAll(() => {
		pubHtml = renderHtml(figuresDocument('public'));
		exemptHtml = renderHtml(figuresDocument('exempt'));
		pub = parse(pubHtml);
	});

	const questionBox = (page: Document, number: string) => page.getElementById(`question-${number.replace('.', '-')}`)!.parentElement!;

	it('sets the figures out as a captioned table with column and row headers', () => {
		const table = questionBox(pub, '2.5').querySelector('table.figures-table')!;
		expect(text(table.querySelector('caption'))).toBe('Figures for question 2.5');
		expect([...table.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('scope')])).toEqual(
			['Indicator', 'Value', 'Period', 'Compared with', 'Direction of travel', 'Source'].map((h) => [h, 'col'])
		);
		const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
		expect(rows).toEqual([
			['Children in care per 10,000', '72', '2025-26', 'Statistical neighbours 68England 70Region 74.5Target 65', '↑ Going up', 'SSDA903 return'],
			['Care leavers with a pathway plan', '93.5%', 'as at 31 March 2026', 'England 88%', '↓ Going down', 'Not given']
		]);
		expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
		// The arrow is there to see; a screen reader hears only the words.
		expect(table.querySelector('tbody td span[aria-hidden="true"]')?.textContent).toBe('↑');
	});

	it('draws a chart per figure as an SVG image with a title, a description and every bar named and valued in text', () => {
		const figures = [...questionBox(pub, '2.5').querySelectorAll('figure.figure-chart')];
		expect(figures).toHaveLength(2);
		const svg = figures[0]!.querySelector('svg.chart-wide')!;
		expect(svg.getAttribute('role')).toBe('img');
		const title = pub.getElementById(svg.getAttribute('aria-labelledby')!)!;
		expect(title.tagName.toLowerCase()).toBe('title');
		expect(text(title)).toBe('Chart: Children in care per 10,000 (2025-26)');
		expect(text(pub.getElementById(svg.getAttribute('aria-describedby')!))).toBe(
			'Children in care per 10,000, 2025-26: This council 72; Statistical neighbours 68; England 70; Region 74.5; Target 65. ↑ Going up.'
		);
		expect([...svg.querySelectorAll('text')].map(text)).toEqual(['This council', '72', 'Statistical neighbours', '68', 'England', '70', 'Region', '74.5', 'Target', '65']);
		// The council's bar is solid; comparators are hatched, so colour is not the only cue.
		const fills = [...svg.querySelectorAll('rect[height="28"]')].map((r) => r.getAttribute('fill'));
		expect(fills[0]).toBe('#1d70b8');
		expect(fills.slice(1).every((f) => f?.startsWith('url(#'))).toBe(true);
		expect(text(figures[0]!.querySelector('figcaption'))).toContain('Solid bar: this council.');
		// Every id on the page is used once.
		const ids = [...pub.querySelectorAll('[id]')].map((el) => el.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('lists the actions in a captioned table: action, owner, due date and status', () => {
		const table = questionBox(pub, '2.5').querySelector('table.actions-table')!;
		expect(text(table.querySelector('caption'))).toBe('Actions for question 2.5');
		expect([...table.querySelectorAll('thead th')].map(text)).toEqual(['Action', 'Owner', 'Due', 'Status']);
		expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
			['Open a second children’s home in the borough', 'Amara Okafor, Head of Service', '30 September 2026', 'On track'],
			['Review out-of-area placements each quarter', 'Not given', 'Not given', 'Not started']
		]);
		expect(table.querySelector('time')?.getAttribute('datetime')).toBe('2026-09-30');
	});

	it('says "Not applicable" and why in place of the answer', () => {
		const box = questionBox(pub, '3.4');
		expect(text(box.querySelector('.notice-not-applicable'))).toBe(`Not applicable: ${NOT_APPLICABLE_REASON}`);
		expect(box.querySelector('.answer')).toBeNull();
	});

	it('the public page shows none of an exempt answer’s figures, actions, rating or principles; the exempt page shows them', () => {
		for (const secret of [SECRET_INDICATOR, SECRET_OWNER, SECRET_SOURCE, '4,123']) {
			expect(pubHtml).not.toContain(secret);
			expect(exemptHtml).toContain(secret);
		}
		const box = questionBox(pub, '2.3');
		expect(box.querySelector('.figures, .actions, .question-details')).toBeNull();
	});
});
