/**
 * The font the PDF embeds: Noto Sans (SIL Open Font License 1.1), from the npm package
 * `@expo-google-fonts/noto-sans`, so that `npm install` brings it and nothing is downloaded
 * when a programme is printed. Noto Sans covers Latin with every diacritic, Greek and Cyrillic;
 * its sister packages (`@expo-google-fonts/noto-sans-arabic`, `-sc`, `-jp` …) ship Arabic and
 * CJK in the same form, for the other UN languages.
 *
 * pdfmake on Node reads fonts from file paths. Its URL access policy refuses every download and
 * its local access policy admits these four files only, so a programme's text can never make
 * it read or fetch anything else.
 */
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';

/** The family name documents refer to. */
export const PRINT_FONT = 'NotoSans';

const require = createRequire(import.meta.url);
const fontFile = (variant: string) => require.resolve(`@expo-google-fonts/noto-sans/${variant}/NotoSans_${variant}.ttf`);

const FONT_FILES = {
  normal: fontFile('400Regular'),
  bold: fontFile('700Bold'),
  italics: fontFile('400Regular_Italic'),
  bolditalics: fontFile('700Bold_Italic'),
} as const;

const ALLOWED = new Set<string>(Object.values(FONT_FILES));

let registered = false;

/** pdfmake with Agora's font and access policies: call before each `createPdf` (cheap after the first). */
export function preparedPdfmake(): typeof pdfmake {
  if (!registered) {
    // pdfmake rewrites the descriptors it is given, so it gets its own copy.
    pdfmake.setFonts({ [PRINT_FONT]: { ...FONT_FILES } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => ALLOWED.has(path));
    registered = true;
  }
  return pdfmake;
}
