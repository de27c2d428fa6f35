/** Page, font and table measures of the Word document, in Word's units (twips, half-points). */

/** Word's font name for the family the PDF embeds; Word substitutes a close one where it is not installed. */
export const DOCX_FONT = 'Noto Sans';

/** A4 portrait in twips (1/20 pt), with 1.5 cm margins. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = 850;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

/** Body text sizes in half-points. */
export const SIZE = { programme: 18, sideEvents: 16, footer: 15, heading: 26 } as const;

export const DAY_FILL = 'DFE6EF';
export const HEADER_FILL = 'F2F2F2';
export const ACCENT = '1B4F8A';

/** Time | Plenary | Parallel meeting. */
export const PROGRAMME_WIDTHS = [1440, (CONTENT_WIDTH - 1440) / 2, (CONTENT_WIDTH - 1440) / 2];
/** Time | Venue | Side event | Description. */
export const SIDE_EVENT_WIDTHS = [1040, 1000, 3400, CONTENT_WIDTH - 1040 - 1000 - 3400];
