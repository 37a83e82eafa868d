import type { Dataset } from '../data/dataset';
import { partiesOf } from '../domain/parties';
import type { Claim, Figure, Source } from '../domain/schemas';
import { toCsv } from './csv';
import type { StatusBook } from './status-book';

/** One row's inputs: a claim, one of its sources and that source's position among the claim's sources (1 first). */
interface RowInput {
  claim: Claim;
  source: Source;
  position: number;
  dataset: Dataset;
  book: StatusBook;
}

/** A CSV column: its header, what it holds (for the API reference), and how a row fills it. */
export interface CsvColumn {
  name: string;
  description: string;
  value: (row: RowInput) => string | number | null;
}

const list = (items: readonly string[]) => items.join('; ');

function figureText(figure: Figure): string {
  const amount =
    figure.value !== undefined ? String(figure.value) : figure.max === null || figure.max === undefined ? `${figure.min}+` : `${figure.min}-${figure.max}`;
  return [figure.counts, figure.qualifier, amount, figure.of ? `of ${figure.of}` : null].filter(Boolean).join(' ');
}

/** The columns of /api/v1/claims.csv, in order. Multi-valued cells are joined with "; ". */
export const CLAIM_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'claim_id', description: 'the claim id', value: (r) => r.claim.id },
  { name: 'claim_date', description: 'the date as written: YYYY-MM-DD, or YYYY-MM for a month', value: (r) => r.claim.date.value },
  { name: 'claim_date_precision', description: '`day` or `month`', value: (r) => r.claim.date.precision },
  { name: 'claimants', description: 'actor ids of the claimants', value: (r) => list(r.claim.claimants) },
  { name: 'parties', description: "the claimants' parties", value: (r) => list(partiesOf(r.claim.claimants, r.dataset.actors)) },
  { name: 'stance', description: 'asserts, confirms, denies, disputes, retracts or comments', value: (r) => r.claim.stance },
  {
    name: 'subjects',
    description: 'movement, deployment and event ids; a free topic as `topic: <English text>`',
    value: (r) => list(r.claim.subjects.map((s) => (s.kind === 'topic' ? `topic: ${s.topic.en}` : s.id))),
  },
  {
    name: 'subject_statuses',
    description: '`<subject id>=<status>` as of `asOf`, for each subject that is not a topic',
    value: (r) => list(r.claim.subjects.flatMap((s) => (s.kind === 'topic' ? [] : [`${s.id}=${r.book.statusOf(s.id) ?? 'unreported'}`]))),
  },
  { name: 'summary_en', description: 'our English summary', value: (r) => r.claim.summary.en },
  { name: 'summary_ko', description: 'our Korean summary', value: (r) => r.claim.summary.ko },
  { name: 'quote', description: 'a short exact quote, or empty', value: (r) => r.claim.quote?.text ?? null },
  { name: 'quote_lang', description: "the quote's language (ISO 639-1), or empty", value: (r) => r.claim.quote?.lang ?? null },
  { name: 'places', description: 'place ids', value: (r) => list(r.claim.places) },
  { name: 'regions', description: 'region ids the claim names', value: (r) => list(r.claim.regions) },
  {
    name: 'figures',
    description: '`<counts> [<qualifier>] <value | min-max | min+> [of <subject id>]`',
    value: (r) => list(r.claim.figures.map(figureText)),
  },
  {
    name: 'relations',
    description: '`<kind> <claim id>` for each relation to another claim',
    value: (r) => list(r.claim.relations.map((relation) => `${relation.kind} ${relation.claim}`)),
  },
  { name: 'source_position', description: "1 for the claim's source of record, then 2, 3 ...", value: (r) => r.position },
  { name: 'source_id', description: 'the source id', value: (r) => r.source.id },
  { name: 'source_publisher', description: 'publisher', value: (r) => r.source.publisher },
  { name: 'source_title', description: 'title as shown on the page, or empty when it showed none', value: (r) => r.source.title },
  { name: 'source_url', description: 'the page URL', value: (r) => r.source.url },
  {
    name: 'source_published',
    description: 'publication date as written (YYYY-MM-DD or YYYY-MM), or empty when unknown',
    value: (r) => (r.source.published.precision === 'unknown' ? null : r.source.published.value),
  },
  { name: 'source_language', description: "the page's language (ISO 639-1)", value: (r) => r.source.language },
  { name: 'source_kind', description: 'wire, newspaper, broadcaster ...', value: (r) => r.source.kind },
  { name: 'source_agency', description: 'the agency a syndicated copy carries, or empty', value: (r) => r.source.agency ?? null },
  { name: 'source_via', description: 'the outlet the page cites for its report, or empty', value: (r) => r.source.via ?? null },
  { name: 'source_archive_url', description: 'an archived copy, or empty', value: (r) => r.source.archiveUrl ?? null },
  { name: 'source_caveats', description: 'caveats from the second check of the research', value: (r) => list(r.source.caveats ?? []) },
];

/** The CSV of claims: one row per claim and source, claims in the order given, sources in the claim's order. */
export function claimsCsv(claims: readonly Claim[], dataset: Dataset, book: StatusBook): string {
  const rows = claims.flatMap((claim) =>
    claim.sources.flatMap((sourceId, index) => {
      const source = dataset.sources.get(sourceId);
      if (source === undefined) return [];
      const input: RowInput = { claim, source, position: index + 1, dataset, book };
      return [CLAIM_CSV_COLUMNS.map((column) => column.value(input))];
    }),
  );
  return toCsv(
    CLAIM_CSV_COLUMNS.map((column) => column.name),
    rows,
  );
}
