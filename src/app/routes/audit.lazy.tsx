// Lazy half of the '/audit' route: only the page component, so it lands in its own chunk.
import { createLazyRoute } from '@tanstack/react-router';
import { AuditPage } from '../../features/audit/AuditPage';

export const Route = createLazyRoute('/audit')({ component: AuditPage });
