// Lazy half of the '/customers/$guid/sip/$siteId' route: only the page component, in its own chunk.
import { createLazyRoute } from '@tanstack/react-router';
import { SipConnectionPage } from '../../features/customer/sip/SipConnectionPage';

export const Route = createLazyRoute('/customers/$guid/sip/$siteId')({ component: SipConnectionPage });
