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

/**
 * Reads a JSON body of at most `maxBytes`, or throws HttpError 400/413/415.
 * An oversized body is read to its end and dropped (never a reset
 * connection mid-upload), so the sender gets the 413 and its message.
 */
export async function readJson(request: IncomingMessage, maxBytes: number): Promise<unknown> {
	const type = request.headers['content-type'] ?? '';
	const tooLarge = () => new HttpError(413, `The request is over ${maxBytes} bytes.`);
	if (!type.startsWith('application/json')) {
		request.resume();
		throw new HttpError(415, 'Send JSON (Content-Type: application/json).');
	}
	if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
		request.resume();
		throw tooLarge();
	}
	const text = await new Promise<string>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= maxBytes) chunks.push(chunk);
		});
		request.on('end', () => (size > maxBytes ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
		request.on('error', reject);
	});
	try {
		return JSON.parse(text);
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
