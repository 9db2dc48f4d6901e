import { toJsonSchema } from '@valibot/to-json-schema';
import { ExchangeFileSchema } from './schema.ts';

/**
 * The JSON Schema of the exchange files, generated from the app's own
 * schema so the published description cannot drift from what the app reads.
 * Written to docs/export-format.schema.json by `npm run schema`.
 */
export function exchangeFileJsonSchema(): Record<string, unknown> {
	const schema = toJsonSchema(ExchangeFileSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
	return {
		title: 'Position statement exchange file',
		description: 'A position statement (with its answers and their history), a contribution pack, a councillor’s notes or a full backup, as exported by the app.',
		...schema
	};
}
