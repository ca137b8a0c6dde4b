// The embedded font (DejaVu Sans, Bitstream Vera licence: resources/fonts/LICENSE-DejaVu.txt).
// pdfkit's built-in Helvetica garbles ğ ş ı İ ə Ə, so every PDF embeds this TTF.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
}

/**
 * The fonts folder when running from the source tree (tests, CLI via tsx). The packaged app
 * passes `process.resourcesPath/fonts` instead (electron-builder's extraResources).
 */
export function sourceFontsDir(): string {
  return resolve(import.meta.dirname, '../../../resources/fonts');
}

const cache = new Map<string, PdfFonts>();

export function loadFonts(dir: string): PdfFonts {
  let fonts = cache.get(dir);
  if (!fonts) {
    fonts = { regular: readFileSync(join(dir, 'DejaVuSans.ttf')), bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')) };
    cache.set(dir, fonts);
  }
  return fonts;
}
