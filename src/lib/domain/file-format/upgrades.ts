/**
 * Steps that bring older files up to the current format, one version at a
 * time: `upgrades[n]` turns a version-n envelope into version n+1. Each step
 * only adds what the newer version needs, so a file that was valid in its
 * own version is valid after the step; validation runs after the last step.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies `fill` to each object in `list`, leaving anything else for validation to report. */
function eachObject(list: unknown, fill: (item: Json) => Json): unknown {
	return Array.isArray(list) ? list.map((item) => (isObject(item) ? fill(item) : item)) : list;
}

/** Version 2 added local questions to statements. */
const withLocalAreas = (assessment: Json): Json => ({ localAreas: [], importedSets: [], ...assessment });

/** Version 2 added not applicable, figures and actions to answers. */
const withAnswerExtras = (response: Json): Json => ({
	notApplicable: false,
	notApplicableReason: '',
	figures: [],
	actions: [],
	...response
});

function upgradeData1to2(type: unknown, data: Json): Json {
	const responses = eachObject(data.responses, withAnswerExtras);
	if (type === 'scrutiny-backup') {
		return { ...data, assessments: eachObject(data.assessments, withLocalAreas), responses, notes: [], recommendations: [], questionSets: [] };
	}
	const assessment = isObject(data.assessment) ? withLocalAreas(data.assessment) : data.assessment;
	if (type === 'scrutiny-position-statement') return { notes: [], recommendations: [], ...data, assessment, responses };
	return { ...data, assessment, responses };
}

export const upgrades: Record<number, (file: Json) => Json> = {
	/** 1 → 2: local questions; not applicable, figures and actions on answers; notes and recommendations. */
	1: (file) => ({
		...file,
		formatVersion: 2,
		data: isObject(file.data) ? upgradeData1to2(file.type, file.data) : file.data
	}),
	/**
	 * 2 → 3: a saved version may keep the whole answer (`details`) beside its
	 * text. Versions in a version 2 file kept only their text and stay so:
	 * restoring one restores its text, as before.
	 */
	2: (file) => ({ ...file, formatVersion: 3 })
};
