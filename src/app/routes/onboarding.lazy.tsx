// Lazy half of the '/customers/new' route: only the page component, so it lands in its own chunk.
import { createLazyRoute } from '@tanstack/react-router';
import { OnboardingPage } from '../../features/onboarding/OnboardingPage';

export const Route = createLazyRoute('/customers/new')({ component: OnboardingPage });
