/** "1 word", "3 words": a count with the right form of its noun. */
export function plural(n: number, one: string, many: string): string {
	return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
