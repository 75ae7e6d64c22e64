/** Search params of `/customers/$guid`: none yet (the guid is a path param). */
import * as z from 'zod/mini';

export const customerSearchSchema = z.object({});

export type CustomerSearch = z.output<typeof customerSearchSchema>;
