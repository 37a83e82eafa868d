import type { SubjectStatus } from '@/lib/domain/status';

/** A glyph per status, matching the map legend, so a status never rests on colour alone. */
export const STATUS_GLYPHS: Record<SubjectStatus, string> = {
  confirmed: '✔',
  corroborated: '◆',
  reported: '○',
  contested: '⚠',
  retracted: '↶',
  unreported: '·',
};

const TONES: Record<SubjectStatus, string> = {
  confirmed: 'bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50',
  corroborated: 'bg-sky-100 text-sky-950 dark:bg-sky-900 dark:text-sky-50',
  reported: 'bg-stone-100 text-stone-900 dark:bg-stone-800 dark:text-stone-100',
  contested: 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50',
  retracted: 'bg-stone-200 text-stone-800 line-through dark:bg-stone-700 dark:text-stone-100',
  unreported: 'bg-stone-50 text-stone-700 dark:bg-stone-900 dark:text-stone-300',
};

/** A subject's status as of the day shown: glyph, word and colour together. */
export function StatusBadge({ status, label }: { status: SubjectStatus; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 text-xs font-semibold ${TONES[status]}`}>
      <span aria-hidden="true">{STATUS_GLYPHS[status]}</span>
      {label}
    </span>
  );
}
