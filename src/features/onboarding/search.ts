/** Search params of `/customers/new`: none yet. */
import * as z from 'zod/mini';

export const onboardingSearchSchema = z.object({});

export type OnboardingSearch = z.output<typeof onboardingSearchSchema>;
