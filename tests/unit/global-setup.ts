import { ensureQpdf } from '../../scripts/ensure-qpdf.js';

/** Before the unit tests: the PDF tests check every file they make with qpdf. */
export default function setup(): void {
	ensureQpdf();
}
