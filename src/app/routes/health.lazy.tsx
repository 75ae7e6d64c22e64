// Lazy half of the '/health' route: only the page component, so it lands in its own chunk.
import { createLazyRoute } from '@tanstack/react-router';
import { HealthPage } from '../../features/health/HealthPage';

export const Route = createLazyRoute('/health')({ component: HealthPage });
