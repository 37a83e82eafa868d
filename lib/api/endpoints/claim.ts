import { badRequest, jsonOk, notFound } from '../api-response';
import type { ApiContext } from '../api-context';
import { claimView } from '../claim-view';
import { parseQuery } from '../query-params';
import { NoQuerySchema } from '../query-schemas';
import { createStatusBook } from '../status-book';

/** GET /api/v1/claims/{id}: one claim with its references embedded; its subjects' statuses as of the newest claim. */
export async function claimEndpoint(request: Request, context: ApiContext, { id }: { id: string }): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, NoQuerySchema);
  if (!query.ok) return badRequest(query.params);
  const claim = context.dataset.claims.get(id);
  if (claim === undefined) return notFound('no claim has this id');
  const book = createStatusBook(context.dataset, context.latestDay);
  return jsonOk(request, { data: claimView(claim, context, book) });
}
