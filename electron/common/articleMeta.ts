// The line under an article's title, in the window and in exports: date, source and the file it came
// from. A missing source says so; the file's name is labelled as the file, never shown as the source.
export function articleMetaLine(article: { date: string | null; source: string | null; fileName?: string | null }): string {
  return [article.date ?? 'undated', article.source ?? 'unknown source', article.fileName ? `file ${article.fileName}` : null].filter(Boolean).join(' · ');
}
