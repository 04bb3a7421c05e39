// Print styles, inlined into the print document (it loads nothing from anywhere).
export const PRINT_CSS = `
@page { margin: 2cm 1.8cm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Serif', Georgia, 'Times New Roman', serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; margin: 0; }
h1, h2, h3, .kicker, .meta, .facts, .who, .note-meta, .generated { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; }
.masthead { border-bottom: 2px solid #1d3557; padding-bottom: 10pt; margin-bottom: 12pt; }
.kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 8pt; color: #1d3557; font-weight: bold; }
h1 { font-size: 18pt; line-height: 1.2; margin: 4pt 0 4pt; }
.meta { color: #555; font-size: 9pt; }
.headline-claims { margin: 2pt 0 0; color: #333; font-size: 9pt; }
.headline-label { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; font-weight: bold; text-transform: uppercase; font-size: 7.5pt; letter-spacing: .04em; margin-right: 4pt; }
.facts { display: grid; grid-template-columns: 8.5em 1fr; gap: 2pt 8pt; margin: 8pt 0 0; font-size: 9pt; }
.facts dt { font-weight: bold; color: #1d3557; }
.facts dd { margin: 0; }
section { margin: 0 0 12pt; }
h2 { font-size: 12pt; color: #1d3557; border-bottom: 1px solid #c9d3e0; padding-bottom: 2pt; margin: 14pt 0 6pt; break-after: avoid; }
h3 { font-size: 9.5pt; margin: 6pt 0 2pt; color: #333; }
ul { padding-left: 0; list-style: none; margin: 0; }
li { margin: 0 0 6pt; break-inside: avoid; }
.quote blockquote { margin: 2pt 0 0; padding: 3pt 8pt; border-left: 3px solid #457b9d; background: #f3f6f9; }
.quote.indirect blockquote { border-left-color: #a8b8c8; background: #fafbfc; font-style: italic; }
.who { font-weight: bold; font-size: 9pt; }
.kind, .via { font-weight: normal; color: #666; font-size: 8.5pt; }
.empty { color: #777; font-style: italic; font-weight: normal; }
.entity-group p { margin: 0 0 4pt; }
.note { border: 1px solid #e0d9a8; background: #fffdf0; padding: 4pt 8pt; margin: 0 0 8pt; break-inside: avoid; }
.note-meta { font-size: 8pt; color: #777; }
.note pre { white-space: pre-wrap; }
.fulltext p { margin: 0 0 6pt; text-align: justify; }
mark.quote { background: #dbe9f6; }
mark.reported { background: #eef2f6; }
mark.proposal { background: #fdf0c8; }
.generated { margin-top: 16pt; font-size: 8pt; color: #777; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 2pt 4pt; }

.cover { min-height: 22cm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.cover .marking { font-family: 'DejaVu Sans', Arial, sans-serif; font-weight: bold; letter-spacing: .1em; color: #7a1f1f; border: 2px solid #7a1f1f; padding: 4pt 10pt; align-self: flex-start; margin-bottom: 28pt; font-size: 10pt; }
.cover-title { font-size: 26pt; line-height: 1.15; margin: 6pt 0 18pt; color: #1d3557; }
.cover-meta { display: grid; grid-template-columns: 6em 1fr; gap: 4pt 12pt; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; border-top: 1px solid #c9d3e0; padding-top: 10pt; }
.cover-meta dt { font-weight: bold; color: #1d3557; }
.cover-meta dd { margin: 0; }
.toc { break-after: page; }
.toc-head { border: none; }
.toc ol { list-style: none; padding: 0; margin: 0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
.toc li { display: flex; align-items: baseline; gap: 6pt; margin: 0 0 3pt; break-inside: avoid; }
.toc li a { color: inherit; text-decoration: none; flex: 1; }
.toc li::after { content: none; }
.toc .toc-1 { font-weight: bold; margin-top: 8pt; }
.toc .toc-2 { padding-left: 14pt; color: #333; }
.toc-page { width: 3em; text-align: right; font-variant-numeric: tabular-nums; }
article.briefing + article.briefing { break-before: page; }
aside.note.in-place { margin: 4pt 0 8pt 14pt; border-left: 3px solid #d9b600; }
div.note-anchor { font-size: 8.5pt; color: #6b5a00; margin: 2pt 0; font-style: italic; }
div.note-anchor.lost { color: #7a1f1f; font-style: normal; font-weight: bold; }
mark.note-anchor { background: #fff2a8; border-bottom: 2px solid #d9b600; }
sup.note-ref { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #6b5a00; font-weight: bold; }
a { color: #1d3557; }

/* Lists the analyst wrote (notes, a pack's introduction) keep their bullets and numbers: the rules above
   strip them from the briefing's own lists of quotes and proposals. ol start (kept by the sanitiser) works.
   Bullets are text markers, not the drawn disc: a drawn disc is lost when the PDF is read or copied as text. */
.note ul, .cover-intro ul { list-style: "•  " outside; padding-left: 1.4em; margin: 2pt 0 6pt; }
.note ol, .cover-intro ol { list-style: decimal outside; padding-left: 1.8em; margin: 2pt 0 6pt; }
.note ul ul, .cover-intro ul ul { list-style-type: "◦  "; }
.note ul ul ul, .cover-intro ul ul ul { list-style-type: "▪  "; }
.note ol ol, .cover-intro ol ol { list-style-type: lower-alpha; }
.note li, .cover-intro li { margin: 0 0 2pt; break-inside: auto; }
.note li > p, .cover-intro li > p { margin: 0 0 2pt; }
.note li:has(> input[type=checkbox]), .cover-intro li:has(> input[type=checkbox]) { list-style: none; margin-left: -1.2em; }
.note li::marker, .cover-intro li::marker { color: #1a1a1a; }
.cover-intro { font-size: 11pt; margin: 0 0 18pt; max-width: 40em; }
.cover-intro p { margin: 0 0 6pt; }
`;
