// Lazy half of the '/' route: only the page component, so it lands in its own chunk.
import { createLazyRoute } from '@tanstack/react-router';
import { ServicesPage } from '../../features/services/ServicesPage';

export const Route = createLazyRoute('/')({ component: ServicesPage });
