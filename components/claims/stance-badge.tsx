import type { Stance } from '@/lib/domain/schemas';

/** A glyph per stance, so a stance never rests on colour alone. */
const GLYPHS: Record<Stance, string> = {
  asserts: '●',
  confirms: '✔',
  denies: '✖',
  disputes: '≠',
  retracts: '↶',
  comments: '…',
};

const TONES: Record<Stance, string> = {
  asserts: 'border-sky-700 text-sky-900 dark:border-sky-300 dark:text-sky-100',
  confirms: 'border-emerald-700 text-emerald-900 dark:border-emerald-300 dark:text-emerald-100',
  denies: 'border-rose-700 text-rose-900 dark:border-rose-300 dark:text-rose-100',
  disputes: 'border-orange-700 text-orange-900 dark:border-orange-300 dark:text-orange-100',
  retracts: 'border-stone-600 text-stone-800 dark:border-stone-300 dark:text-stone-100',
  comments: 'border-stone-500 text-stone-700 dark:border-stone-400 dark:text-stone-200',
};

/** A claim's stance: glyph, word and colour together. */
export function StanceBadge({ stance, label }: { stance: Stance; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 text-xs font-semibold ${TONES[stance]}`}>
      <span aria-hidden="true">{GLYPHS[stance]}</span>
      {label}
    </span>
  );
}
