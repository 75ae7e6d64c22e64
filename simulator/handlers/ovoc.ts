import { HttpResponse } from 'msw';
import { problem } from '../errors';
import { ROUTES } from '../faults';
import { route, type HandlerContext } from './route';

function readId(raw: string): number | null {
  return /^\d{1,18}$/.test(raw) ? Number(raw) : null;
}

export function ovocHandlers(context: HandlerContext) {
  const listServices = () => HttpResponse.json({ services: context.store().listOvocServices() });
  return [
    // The page writes the path with a trailing slash; both spellings answer.
    route(ROUTES.ovocServices, context, listServices),
    route(ROUTES.ovocServices, context, listServices, '/api/ovoc/v1/topology/services/'),

    route<{ id: string }>(ROUTES.ovocService, context, ({ params, request }) => {
      const instance = new URL(request.url).pathname;
      const id = readId(params.id);
      if (id === null) return problem(400, { title: 'Bad Request', detail: `Service id "${params.id}" is not a number.`, instance, errorTicket: null });
      const service = context.store().getOvocService(id);
      return service ? HttpResponse.json(service) : problem(404, { instance, errorTicket: null });
    }),

    // "Verify" is a PUT that reads; the page documents no body.
    route<{ id: string }>(ROUTES.ovocCustomer, context, ({ params, request }) => {
      const instance = new URL(request.url).pathname;
      const id = readId(params.id);
      if (id === null) return problem(400, { title: 'Bad Request', detail: `Customer id "${params.id}" is not a number.`, instance, errorTicket: null });
      const customer = context.store().getOvocCustomer(id);
      return customer ? HttpResponse.json(customer) : problem(404, { instance, errorTicket: null });
    }),
  ];
}
