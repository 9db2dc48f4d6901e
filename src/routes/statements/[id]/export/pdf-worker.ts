// pdf.js's worker, bundled by Vite into a file of the build with a `.js` name: a static host that does not know
// `.mjs` (IIS without a MIME map, older nginx) would serve pdf.js's own `pdf.worker.min.mjs` with the wrong type.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
