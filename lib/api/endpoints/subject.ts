import { badRequest, jsonOk, notFound } from '../api-response';
import type { ApiContext } from '../api-context';
import { effectiveAsOf } from '../claim-filter';
import { parseQuery } from '../query-params';
import { AsOfQuerySchema } from '../query-schemas';
import { createStatusBook } from '../status-book';
import { subjectDetail } from '../subject-detail';

/** GET /api/v1/movements/{id} and /api/v1/deployments/{id}: one subject with its status, reasons, estimates, claims. */
export function subjectEndpoint(kind: 'movement' | 'deployment') {
  return async (request: Request, context: ApiContext, { id }: { id: string }): Promise<Response> => {
    const query = parseQuery(new URL(request.url).searchParams, AsOfQuerySchema);
    if (!query.ok) return badRequest(query.params);
    const book = createStatusBook(context.dataset, effectiveAsOf(query.value, context));
    if (kind === 'movement') {
      const movement = context.dataset.movements.get(id);
      if (!movement) return notFound('no movement has this id');
      return jsonOk(request, { data: subjectDetail('movement', movement, context, book) });
    }
    const deployment = context.dataset.deployments.get(id);
    if (!deployment) return notFound('no deployment has this id');
    return jsonOk(request, { data: subjectDetail('deployment', deployment, context, book) });
  };
}
