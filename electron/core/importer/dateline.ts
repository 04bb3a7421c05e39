// News datelines: "ASTANA, June 3 (Kazinform) –", "LONDON, 3 June 2024 (Reuters) -", "WASHINGTON (AP) —".
// They give the place, the agency and the day; the year only sometimes.

export interface Dateline {
  place: string;
  source: string | null;
  month: number | null;
  day: number | null;
  year: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATELINE = new RegExp(
  `^[ \\t]*([A-Z][A-Z.'-]*(?:[ -][A-Z][A-Z.'-]*){0,3})` + // PLACE in capitals
    `(?:,[ \\t]*(?:${MONTH}[ \\t]+(\\d{1,2})|(\\d{1,2})[ \\t]+${MONTH})(?:,?[ \\t]+(\\d{4}))?)?` + // , June 3 | , 3 June [2024]
    `(?:[ \\t]*\\(([A-Z][\\w&'. -]{1,40})\\))?` + // (Agency)
    `[ \\t]*[–—-]`,
);

export function parseDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 300));
  if (!m) return null;
  const [, place, monthA, dayA, dayB, monthB, year, source] = m;
  const monthName = monthA ?? monthB;
  // A place alone before a dash ("NOTE -") is not a dateline; it needs a date or an agency.
  if (!monthName && !source) return null;
  return {
    place: place!.trim(),
    source: source?.trim() ?? null,
    month: monthName ? MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1 : null,
    day: dayA ?? dayB ? Number(dayA ?? dayB) : null,
    year: year ? Number(year) : null,
  };
}

/** The dateline's date as ISO; a dateline without a year takes the latest year that does not put it after
 *  `notAfter` (the file's modification time: news is filed the day it is written or later). */
export function datelineDate(d: Dateline, notAfter: Date): string | null {
  if (!d.month || !d.day || d.day > 31) return null;
  let year = d.year ?? notAfter.getUTCFullYear();
  const iso = (y: number) => `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  if (!d.year && new Date(`${iso(year)}T00:00:00Z`).getTime() > notAfter.getTime()) year -= 1;
  const date = new Date(`${iso(year)}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso(year)) ? iso(year) : null;
}
