/**
 * Steps several specs share: an officer's statement, sent as a file to a
 * councillor. Each spec runs in its own browser, so each builds its own.
 */

import type { Page } from 'playwright-core';
import { appUrl } from './browser.ts';
import { statementDetails } from './factories.ts';
import { NewStatementPage, QuestionPage } from './pages.ts';
import { download, officerSam, ProfilePage } from './review-pages.ts';

/** The answers the officer writes: one complete, one without a reporter or a figure. */
export const officerAnswers = {
	complete: { id: 'careless-1-1', text: 'As at 30 September 2025, 4 young people aged 16 or 17 were in unregulated homes (England: 6%).' },
	noReporter: { id: 'careless-2-1', text: 'Most children live close to home, and we are opening a new children’s home.' }
} as const;

/**
 * An officer says who they are, creates a statement, answers two questions
 * (the second without a reporter) and saves it as a file. Returns the
 * statement's id and where the file was saved.
 */
export async function officerSharesStatement(page: Page): Promise<{ statementId: string; path: string }> {
	const profile = new ProfilePage(page);
	await profile.open();
	await ProfilePage.fill(page, officerSam);
	await page.goto(appUrl('/statements/new'));
	const statementId = (await new NewStatementPage(page).create(statementDetails({ council: 'Anytown Borough Council' }))).id;
	const question = new QuestionPage(page);
	await question.open(statementId, officerAnswers.complete.id);
	await question.write(officerAnswers.complete.text);
	await question.setReporter(0, 'Alex Morgan', 'Placements Team Manager');
	await question.rate('One to watch');
	await question.waitForSaved();
	await question.open(statementId, officerAnswers.noReporter.id);
	await question.write(officerAnswers.noReporter.text);
	await question.waitForSaved();
	await page.goto(appUrl(`/statements/${statementId}`));
	const saved = await download(page, 'Save as a file');
	return { statementId, path: saved.path };
}
