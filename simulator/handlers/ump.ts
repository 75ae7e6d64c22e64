import { HttpResponse } from 'msw';
import { createCustomerRequestSchema, serviceBriefShape, type CustomerDetails } from '../../src/api/schemas';
import { SHORT_NAME_FORBIDDEN, SHORT_NAME_MAX, SHORT_NAME_MIN, shortNameProblems, type ShortNameProblem } from '../../src/domain/short-name';
import { problem } from '../errors';
import { ROUTES } from '../faults';
import { route, type HandlerContext } from './route';
import { toUmpWire } from './wire';
import { INTEGER_STATES_GUID, integerStatesDetails, oddListRows } from '../shapes';

/** A list row of allDetails=true: the brief fields and the SIP connections, not the details-only fields. */
function briefWithSites(customer: CustomerDetails): Record<string, unknown> {
  const row: Record<string, unknown> = { siteLocation: customer.siteLocation ?? [] };
  for (const key of Object.keys(serviceBriefShape) as Array<keyof typeof serviceBriefShape>) row[key] = customer[key];
  return row;
}

type FieldErrors = Record<string, string[]>;

/** The platform's own validation messages: it answers in English, whatever language the console shows. */
const SHORT_NAME_MESSAGES: Record<ShortNameProblem, string> = {
  tooShort: `Short name must be at least ${SHORT_NAME_MIN} characters`,
  tooLong: `Short name must be at most ${SHORT_NAME_MAX} characters`,
  forbiddenCharacter: `Short name cannot contain any of ${SHORT_NAME_FORBIDDEN.join(' ')}`,
  dot: 'Short name cannot contain a dot (.)',
  whitespace: 'Short name cannot contain spaces or other white space',
};

function addError(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

/** ASP.NET-style validation body, the way the v2/v3 UMP endpoints report bad input. */
function validationProblem(errors: FieldErrors, instance: string) {
  return problem(400, { title: 'One or more validation errors occurred.', detail: 'See errors for details.', errors, instance, errorTicket: null });
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

export function umpHandlers(context: HandlerContext) {
  return [
    route(ROUTES.listCustomers, context, ({ request }) => {
      const store = context.store();
      // allDetails=true "retrieves the Site Locations array (SIP Connections) for all customers".
      const allDetails = new URL(request.url).searchParams.get('allDetails')?.toLowerCase() === 'true';
      const listed = allDetails ? store.listCustomersWithSites().map((customer) => toUmpWire(briefWithSites(customer))) : store.listCustomers().map(toUmpWire);
      return HttpResponse.json([...listed, ...oddListRows(store.shapes)]);
    }),

    route<{ guid: string }>(ROUTES.customerDetails, context, ({ params, request }) => {
      if (context.store().shapes.has('integer-states') && params.guid.toLowerCase() === INTEGER_STATES_GUID) {
        return HttpResponse.json(integerStatesDetails());
      }
      const customer = context.store().getCustomer(params.guid);
      if (!customer) {
        return problem(404, { title: 'Not Found', detail: `Customer with ${params.guid} not found`, instance: new URL(request.url).pathname, errorTicket: null });
      }
      // Without allDetails the SIP connections are left out, as the page's first example shows.
      const allDetails = new URL(request.url).searchParams.get('allDetails')?.toLowerCase() === 'true';
      const { siteLocation, ...rest } = customer;
      return HttpResponse.json(toUmpWire(allDetails ? { ...rest, siteLocation: siteLocation ?? [] } : rest));
    }),

    route<{ guid: string }>(ROUTES.deleteCustomer, context, ({ params, request }) => {
      if (!context.store().deleteCustomer(params.guid)) {
        return problem(404, { title: 'Not Found', detail: `Customer with ${params.guid} not found`, instance: new URL(request.url).pathname, errorTicket: null });
      }
      return new HttpResponse(null, { status: 200 });
    }),

    route(ROUTES.createCustomer, context, async ({ request }) => {
      const instance = new URL(request.url).pathname;
      const body = await readJson(request);
      if (body === undefined) return problem(400, { title: 'Bad Request', detail: 'The request body is empty or is not JSON.', instance, errorTicket: null });
      const parsed = createCustomerRequestSchema.safeParse(body);
      const errors: FieldErrors = {};
      if (!parsed.success) {
        for (const issue of parsed.error.issues) addError(errors, issue.path.join('.') || 'body', issue.message);
      }
      const shortName = typeof (body as { shortName?: unknown }).shortName === 'string' ? (body as { shortName: string }).shortName : '';
      for (const p of shortNameProblems(shortName)) addError(errors, 'shortName', SHORT_NAME_MESSAGES[p]);
      if (!parsed.success || Object.keys(errors).length > 0) return validationProblem(errors, instance);

      const store = context.store();
      if (store.findByShortName(parsed.data.shortName, parsed.data.msTenantId)) {
        return problem(409, {
          title: 'Customer short name already exists',
          detail: `A service named "${parsed.data.shortName}" already exists for Microsoft tenant ${parsed.data.msTenantId}.`,
          errorCode: 'DuplicateShortName',
          instance,
        });
      }
      return HttpResponse.json(store.createEssentialsCustomer(parsed.data));
    }),

    route<{ id: string }>(ROUTES.task, context, ({ params, request }) => {
      const task = context.store().readTask(params.id);
      if (!task) return problem(404, { title: 'Not Found', detail: `Task ${params.id} not found`, instance: new URL(request.url).pathname, errorTicket: null });
      return HttpResponse.json(task);
    }),
  ];
}
