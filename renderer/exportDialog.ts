// The export dialog: format, "notes right after the summary", compact (one article) or a pack's title and
// introduction. It opens from the Export button with every format, and from File › Export PDF… (Ctrl+E)
// as PDF only, whatever was chosen last. The choices are kept in Settings, so the next export starts
// from them; a title or introduction typed and then cancelled is kept too, as the analyst wrote it.
import { DEFAULT_EXPORT_CHOICES, EXPORT_INTRO_MAX, EXPORT_TITLE_MAX, type ExportChoices, type ExportFormatChoice, type ExportOptions } from '../electron/common/exportOptions';
import { api, unwrap } from './api';
import { h } from './dom';
import { announce } from './statusBar';

export type RunExport = (ids: number[], format: ExportFormatChoice, options: ExportOptions) => Promise<void>;

const FORMATS: { value: ExportFormatChoice; label: string }[] = [
  { value: 'pdf', label: 'PDF' },
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML (self-contained)' },
];

export function createExportDialog(runExport: RunExport) {
  const heading = h('h2', { id: 'export-dialog-title' }, 'Export');
  const what = h('p', { id: 'export-what', className: 'hint' });
  const formatRadios = FORMATS.map(({ value }) => h('input', { type: 'radio', name: 'export-format', value, id: `export-format-${value}` }));
  const formatGroup = h(
    'fieldset',
    { id: 'export-format-group', className: 'export-group' },
    h('legend', {}, 'Format'),
    ...FORMATS.map(({ label }, i) => h('label', { className: 'export-choice' }, formatRadios[i]!, label)),
  );
  const notesFirst = h('input', { type: 'checkbox', id: 'export-notes-first' });
  const compact = h('input', { type: 'checkbox', id: 'export-compact' });
  const compactLabel = h('label', { className: 'export-choice', id: 'export-compact-label' }, compact, 'Compact: no cover, no contents');
  const title = h('input', { type: 'text', id: 'export-pack-title', maxlength: EXPORT_TITLE_MAX, autocomplete: 'off' });
  const intro = h('textarea', { id: 'export-pack-intro', maxlength: EXPORT_INTRO_MAX, rows: 6, spellcheck: true, 'aria-describedby': 'export-intro-hint' });
  const packFields = h(
    'fieldset',
    { id: 'export-pack-fields', className: 'export-group' },
    h('legend', {}, 'Pack'),
    h('label', { className: 'export-field' }, 'Title', title),
    h('label', { className: 'export-field' }, 'Introduction', intro),
    h('p', { id: 'export-intro-hint', className: 'hint' }, 'Markdown, as in notes: printed on the cover, before the articles.'),
  );
  const exportButton = h('button', { type: 'submit', value: 'export', className: 'primary', id: 'export-confirm' }, 'Export…');
  const form = h(
    'form',
    { method: 'dialog', className: 'settings export-form' },
    heading,
    what,
    formatGroup,
    h(
      'fieldset',
      { className: 'export-group' },
      h('legend', {}, 'Layout'),
      h('label', { className: 'export-choice' }, notesFirst, 'Notes right after the summary (the assessment first)'),
      compactLabel,
    ),
    packFields,
    h('div', { className: 'dialog-buttons' }, exportButton, h('button', { type: 'submit', value: 'cancel', id: 'export-cancel' }, 'Cancel')),
  );
  const dialog = h('dialog', { id: 'export-dialog', 'aria-labelledby': 'export-dialog-title' }, form);
  document.body.append(dialog);

  let pending: { ids: number[]; pdfOnly: boolean } | null = null;
  let lastFormat: ExportFormatChoice = DEFAULT_EXPORT_CHOICES.format;

  const chosenFormat = (): ExportFormatChoice => (formatRadios.find((r) => r.checked)?.value as ExportFormatChoice | undefined) ?? 'pdf';
  const options = (): ExportOptions => ({ notesFirst: notesFirst.checked, compact: compact.checked, title: title.value.trim(), intro: intro.value });

  dialog.addEventListener('close', () => {
    const job = pending;
    pending = null;
    if (!job) return;
    // From File › Export PDF… the format was not offered: the last chosen one stays as it was.
    const format = job.pdfOnly ? 'pdf' : chosenFormat();
    const chosen = options();
    const remembered: ExportChoices = { format: job.pdfOnly ? lastFormat : format, ...chosen };
    const saved = unwrap(api().updateSettings({ exportChoices: remembered })).catch((err: Error) => announce(`The export choices were not kept: ${err.message}`, 'error'));
    if (dialog.returnValue !== 'export') return;
    void saved.then(() => runExport(job.ids, format, chosen));
  });

  return {
    isOpen: () => dialog.open,
    /** Opens the dialog for these articles; `pdfOnly` when it comes from File › Export PDF…. */
    async open(ids: number[], pdfOnly: boolean, describe: string): Promise<void> {
      if (dialog.open) return;
      const stored = await unwrap(api().getSettings()).then((s) => ({ ...DEFAULT_EXPORT_CHOICES, ...s.exportChoices }), () => DEFAULT_EXPORT_CHOICES);
      const pack = ids.length > 1;
      lastFormat = stored.format;
      for (const r of formatRadios) r.checked = r.value === (pdfOnly ? 'pdf' : stored.format);
      formatGroup.hidden = pdfOnly;
      heading.textContent = pdfOnly ? 'Export PDF' : 'Export';
      what.textContent = describe;
      notesFirst.checked = stored.notesFirst;
      compact.checked = stored.compact;
      // Compact is for one article, the title and introduction for a pack; the other stays as chosen.
      compactLabel.hidden = pack;
      packFields.hidden = !pack;
      title.value = stored.title;
      title.placeholder = `Briefing pack: ${ids.length} articles`;
      intro.value = stored.intro;
      pending = { ids, pdfOnly };
      dialog.returnValue = '';
      dialog.showModal();
      (pdfOnly ? notesFirst : (formatRadios.find((r) => r.checked) ?? notesFirst)).focus();
    },
  };
}
