import Typography from '@mui/material/Typography';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import { useLocation } from '@tanstack/react-router';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { RouterButton } from '../components/RouterButton';
import { PRODUCT_NAME } from './theme';

/** For URLs that match no route (and for loaders that throw `notFound()`). */
export function NotFoundPage() {
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <>
      <title>{`Page not found · ${PRODUCT_NAME}`}</title>
      <PageHeader title="Page not found" />
      <EmptyState
        icon={<SearchOffOutlined fontSize="inherit" />}
        title="There is nothing at this address"
        description={
          <Typography variant="body2" component="span">
            <code>{pathname}</code> does not exist. It may have been mistyped, or the link is out of date.
          </Typography>
        }
        action={
          <RouterButton to="/" variant="contained">
            Go to services
          </RouterButton>
        }
      />
    </>
  );
}
