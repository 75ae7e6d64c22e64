// Lazy half of the '/customers/$guid' route: only the page component, so it lands in its own chunk.
import { createLazyRoute } from '@tanstack/react-router';
import { CustomerPage } from '../../features/customer/CustomerPage';

export const Route = createLazyRoute('/customers/$guid')({ component: CustomerPage });
