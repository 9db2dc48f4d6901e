import type { Principle, PrincipleId, Source } from '../types.ts';

/** Where the principles' text comes from. */
export const principlesSource: Source = {
	title: 'Applying corporate parenting principles to looked-after children and care leavers',
	publisher: 'Department for Education',
	published: '2018-02',
	url: 'https://www.gov.uk/government/publications/applying-corporate-parenting-principles-to-looked-after-children-and-care-leavers',
	licence: 'Open Government Licence v3.0'
};

/**
 * The seven Corporate Parenting Principles (Children and Social Work Act 2017,
 * s.1(1)), verbatim, in statutory order.
 */
export const principles: readonly Principle[] = [
	{
		id: 'best-interests',
		number: 1,
		text: 'to act in the best interests, and promote the physical and mental health and well-being, of those children and young people',
		label: 'Best interests and well-being'
	},
	{
		id: 'express-views',
		number: 2,
		text: 'to encourage those children and young people to express their views, wishes and feelings',
		label: 'Express their views'
	},
	{
		id: 'consider-views',
		number: 3,
		text: 'to take into account the views, wishes and feelings of those children and young people',
		label: 'Take their views into account'
	},
	{
		id: 'access-services',
		number: 4,
		text: 'to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners',
		label: 'Access to services'
	},
	{
		id: 'high-aspirations',
		number: 5,
		text: 'to promote high aspirations, and seek to secure the best outcomes, for those children and young people',
		label: 'High aspirations'
	},
	{
		id: 'safe-and-stable',
		number: 6,
		text: 'for those children and young people to be safe, and for stability in their home lives, relationships and education or work',
		label: 'Safety and stability'
	},
	{
		id: 'prepare-for-adulthood',
		number: 7,
		text: 'to prepare those children and young people for adulthood and independent living',
		label: 'Preparing for adulthood'
	}
];

const byId = new Map(principles.map((p) => [p.id, p]));

/** True when `id` names one of the seven principles. */
export function isPrincipleId(id: string): id is PrincipleId {
	return byId.has(id as PrincipleId);
}

/** The principle with this id. Throws for an unknown id: ids come from our own data. */
export function principleById(id: PrincipleId): Principle {
	const found = byId.get(id);
	if (!found) throw new Error(`Unknown principle: ${id}`);
	return found;
}

/** Sorts principle ids into statutory order and drops duplicates. */
export function sortPrincipleIds(ids: readonly PrincipleId[]): PrincipleId[] {
	return [...new Set(ids)].sort((a, b) => principleById(a).number - principleById(b).number);
}
