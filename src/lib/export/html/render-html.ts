import type { ExportDocument } from '../model.ts';
import { areaTitle, questionSetHeading, questionSetLines, titleDetails, titleHeading, versionNote } from '../wording.ts';
import { escapeHtml } from './escape.ts';
import { areaHtml, areaId } from './question.ts';
import { stylesheet } from './styles.ts';
import { FURTHER_SCRUTINY_ID, SUMMARY_ID, furtherScrutinyHtml, summaryHtml } from './summary.ts';

/**
 * The position statement as one self-contained, accessible web page for the
 * council website: pure, the export model in, the page's HTML out. Inline CSS
 * only, no scripts and nothing fetched from elsewhere, so the file works
 * offline, from a file share or a content management system. Every piece of
 * statement text is escaped; links come only from the model's checked `href`.
 */

function headHtml(doc: ExportDocument): string {
	const meta = (name: string, content: string) => (content.trim() ? `\n<meta name="${name}" content="${escapeHtml(content)}">` : '');
	// The exempt copy must never be picked up by a search engine, should it be put online by mistake.
	const robots = doc.version === 'exempt' ? '\n<meta name="robots" content="noindex, nofollow">' : '';
	return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${doc.heading} – ${doc.council}`)}</title>${meta('author', doc.coordinator.name)}${meta('description', `${doc.subject}. ${doc.panel}, ${doc.meetingDate}.`)}${meta('keywords', doc.keywords.join(', '))}${robots}
<style>${stylesheet(doc)}</style>
</head>`;
}

function bannerHtml(doc: ExportDocument): string {
	return doc.exemptBanner ? `<p class="exempt-banner">${escapeHtml(doc.exemptBanner)}</p>` : '';
}

function titleHtml(doc: ExportDocument): string {
	const details = titleDetails(doc)
		.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`)
		.join('\n');
	const note = versionNote(doc);
	return `<header>
${bannerHtml(doc)}
${doc.appendixLabel.trim() ? `<p class="appendix-label">${escapeHtml(doc.appendixLabel)}</p>` : ''}
<h1>${escapeHtml(titleHeading(doc))}</h1>
<dl class="title-details">
${details}
</dl>
${setsListHtml(doc)}
${note ? `<p class="version-note${doc.version === 'exempt' ? ' version-note-exempt' : ''}">${escapeHtml(note.text)}</p>` : ''}
</header>`;
}

/** "Question set: …" before the first area of each set, when the statement uses more than one. */
function setHeadingHtml(doc: ExportDocument, index: number): string {
	const area = doc.areas[index];
	if (!area || questionSetLines(doc).length === 0 || area.setTitle === doc.areas[index - 1]?.setTitle) return '';
	return `<p class="set-heading">${escapeHtml(questionSetHeading(area.setTitle))}</p>\n`;
}

function setsListHtml(doc: ExportDocument): string {
	const lines = questionSetLines(doc);
	if (lines.length === 0) return '';
	return `<p class="sets-used"><strong>Question sets</strong></p>\n<ul class="sets-used">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
}

function contentsHtml(doc: ExportDocument): string {
	const links = [
		...doc.areas.map((area) => ({ id: areaId(area), text: areaTitle(area) })),
		...(doc.summary ? [{ id: SUMMARY_ID, text: 'Summary' }] : []),
		...(doc.furtherScrutiny.length > 0 ? [{ id: FURTHER_SCRUTINY_ID, text: 'Opportunities for further scrutiny' }] : [])
	];
	return `<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">Contents</h2>
<ul>
${links.map((l) => `<li><a href="#${l.id}">${escapeHtml(l.text)}</a></li>`).join('\n')}
</ul>
</nav>`;
}

function footerHtml(doc: ExportDocument): string {
	return `<footer class="page-footer">
<p>${escapeHtml(doc.footer)}</p>
${bannerHtml(doc)}
</footer>`;
}

/** The whole web page, as text. */
export function renderHtml(doc: ExportDocument): string {
	return `<!doctype html>
<html lang="${escapeHtml(doc.language)}">
${headHtml(doc)}
<body>
<div class="page">
${titleHtml(doc)}
<main>
${contentsHtml(doc)}
${doc.areas.map((area, i) => setHeadingHtml(doc, i) + areaHtml(area, doc)).join('\n')}
${doc.summary ? summaryHtml(doc.summary) : ''}
${furtherScrutinyHtml(doc)}
</main>
${footerHtml(doc)}
</div>
</body>
</html>
`;
}
