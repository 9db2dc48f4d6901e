import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request refused with a status and a message for the person. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly extra: Record<string, unknown> = {}
	) {
		super(message);
		this.name = 'HttpError';
	}
}

/** Reads a JSON body of at most `maxBytes`, or throws HttpError 400/413/415. */
export async function readJson(request: IncomingMessage, maxBytes: number): Promise<unknown> {
	const type = request.headers['content-type'] ?? '';
	if (!type.startsWith('application/json')) throw new HttpError(415, 'Send JSON (Content-Type: application/json).');
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > maxBytes) throw new HttpError(413, `The request is over ${maxBytes} bytes.`);
		chunks.push(chunk as Buffer);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		throw new HttpError(400, 'The request is not valid JSON.');
	}
}

/** Sends a JSON answer that no cache keeps. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Cache-Control': 'no-store',
		'Content-Length': Buffer.byteLength(text),
		...headers
	});
	response.end(text);
}

/** The bearer token of a request, if it has one. */
export function bearerToken(request: IncomingMessage): string | undefined {
	const header = request.headers.authorization ?? '';
	const match = /^Bearer\s+(\S+)$/i.exec(header);
	return match?.[1];
}
