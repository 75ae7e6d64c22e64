import {
  customerDetailsSchema,
  ovocCustomerSchema,
  ovocServicesResponseSchema,
  servicesListSchema,
} from '../src/api/schemas';
import customerDetailsAll from './fixtures/ump-customer-details-all.json';
import ovocCustomer from './fixtures/ovoc-customer.json';
import ovocServices from './fixtures/ovoc-services.json';
import servicesBrief from './fixtures/ump-services-brief.json';

/**
 * The API pages' examples, read through the same schemas as the console, so the simulator
 * starts from exactly what the vendor documents (the OVOC services fixture is the page's
 * example with its truncated last entry dropped; see fixtures/index.ts).
 */
export const seed = {
  servicesBrief: servicesListSchema.parse(servicesBrief),
  customerDetailsAll: customerDetailsSchema.parse(customerDetailsAll),
  ovocCustomer: ovocCustomerSchema.parse(ovocCustomer),
  ovocServices: ovocServicesResponseSchema.parse(ovocServices),
};
