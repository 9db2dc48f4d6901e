/**
 * Small pieces the team benches share: the order statistics they report and
 * a clean-up list that stops everything they started, even on failure.
 */

/** The value at percentile `p` (0 to 100, nearest rank). */
export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** Cleans up in reverse order of set-up, every step tried even if one fails. */
export class CleanUps {
	private readonly steps: (() => unknown)[] = [];
	add(step: () => unknown): void {
		this.steps.push(step);
	}
	async run(): Promise<void> {
		for (const step of this.steps.splice(0).reverse()) {
			try {
				await step();
			} catch (error) {
				console.error(`Clean-up: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
	}
}
