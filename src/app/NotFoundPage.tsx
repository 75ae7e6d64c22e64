import Typography from '@mui/material/Typography';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import { useLocation } from '@tanstack/react-router';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { RouterButton } from '../components/RouterButton';
import { rich } from '../i18n/rich';
import { useT } from './messages';
import { PRODUCT_NAME } from './theme';

/** For URLs that match no route (and for loaders that throw `notFound()`). */
export function NotFoundPage() {
  const pathname = useLocation({ select: (location) => location.pathname });
  const t = useT();
  return (
    <>
      <title>{t('shell.title.page', { page: t('shell.notFound.title'), product: PRODUCT_NAME })}</title>
      <PageHeader title={t('shell.notFound.title')} />
      <EmptyState
        icon={<SearchOffOutlined fontSize="inherit" />}
        title={t('shell.notFound.heading')}
        description={
          <Typography variant="body2" component="span">
            {rich(t, 'shell.notFound.description', { path: <code>{pathname}</code> })}
          </Typography>
        }
        action={
          <RouterButton to="/" variant="contained">
            {t('shell.notFound.back')}
          </RouterButton>
        }
      />
    </>
  );
}
