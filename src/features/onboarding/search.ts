/** Search params of `/customers/new`: none yet. */
import { z } from 'zod';

export const onboardingSearchSchema = z.object({});

export type OnboardingSearch = z.output<typeof onboardingSearchSchema>;
