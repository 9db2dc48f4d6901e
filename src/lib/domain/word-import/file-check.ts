/**
 * Checks on a file's bytes before it is read as a Word document, so that a
 * spreadsheet, an old .doc, a macro-enabled or password-protected file, or
 * one far too large is refused with a message saying what is wrong and what
 * to do. Pure: bytes in, a message or nothing out.
 */

/** The largest Word document the importer reads. */
export const MAX_WORD_BYTES = 20 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
	const first = needle[0];
	outer: for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first ?? 0, i + 1)) {
		for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
		return i;
	}
	return -1;
}

const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
// Names in an OLE (compound file) directory are UTF-16 little-endian.
const utf16 = (text: string) => new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));

function megabytes(size: number): string {
	return `${Math.max(1, Math.round(size / (1024 * 1024)))} MB`;
}

/**
 * What is wrong with this file as a Word document (.docx) to import, in
 * plain words, or undefined when it looks like one. Only the file's
 * signature and the names of the parts inside it are looked at.
 */
export function wordFileProblem(bytes: Uint8Array, fileName: string): string | undefined {
	if (bytes.length === 0) return `${fileName} is empty. Choose the Word document (.docx) that holds your position statement.`;
	if (bytes.length > MAX_WORD_BYTES) {
		return `${fileName} is ${megabytes(bytes.length)}. The file must be smaller than ${megabytes(MAX_WORD_BYTES)}: save a copy without large pictures and import that.`;
	}
	if (startsWith(bytes, OLE)) {
		if (indexOf(bytes, utf16('EncryptedPackage')) !== -1 || indexOf(bytes, utf16('EncryptionInfo')) !== -1) {
			return `${fileName} is protected with a password. Open it in Word, remove the password (File, Info, Protect Document), save it and import that copy.`;
		}
		return `${fileName} is an older Word file (.doc). Open it in Word and save it as a Word Document (.docx), then import that.`;
	}
	if (!startsWith(bytes, ZIP)) return `${fileName} is not a Word document. Choose a .docx file.`;
	if (indexOf(bytes, ascii('word/document.xml')) === -1) return `${fileName} is not a Word document. Choose a .docx file.`;
	if (indexOf(bytes, ascii('vbaProject.bin')) !== -1 || /\.docm$/i.test(fileName)) {
		return `${fileName} contains macros (.docm). Open it in Word and save it as a Word Document (.docx), without macros, then import that.`;
	}
	return undefined;
}
