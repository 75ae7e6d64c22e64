/** Search params of `/customers/$guid`: none yet (the guid is a path param). */
import { z } from 'zod';

export const customerSearchSchema = z.object({});

export type CustomerSearch = z.output<typeof customerSearchSchema>;
