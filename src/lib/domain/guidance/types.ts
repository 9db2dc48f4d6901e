/** A case study in a published report that a question comes from. */
export interface CaseCitation {
	/** The report's name for the case, as printed, e.g. "Billy's story". */
	story: string;
	/** The case reference as printed, e.g. "17 005 652". */
	reference: string;
	/** The report page on which the case is printed. */
	page: number;
}

/**
 * Help for the officer answering one question, written by us (never the
 * source's words): why it is asked, what a strong answer contains, and where
 * the figures usually come from.
 */
export interface Guidance {
	/** Why the question is asked: the case study it comes from, in our words. */
	why: string;
	cases: CaseCitation[];
	/** What a strong answer contains, specific to the question. */
	strongAnswer: string[];
	/** Data councils usually hold for it. */
	dataSources: string[];
}
