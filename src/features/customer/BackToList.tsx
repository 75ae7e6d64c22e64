/**
 * Getting back to the services list. When the person came here from the list, going back is the
 * browser's Back: the list keeps its filters in the URL and the router restores its scroll
 * position, so they land exactly where they were. Opened from a pasted link (or from elsewhere),
 * it is a plain link to the list.
 */
import { useState, type MouseEvent } from 'react';
import Link from '@mui/material/Link';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { useCanGoBack, useNavigate, useRouter } from '@tanstack/react-router';
import { RouterLink } from '../../components/RouterLink';
import { t } from './messages';

const LIST_PATH = '/';

export interface ListReturn {
  /** The list as the person left it (filters included), when they came from it; else null. */
  listHref: string | null;
  /** Back to the list: history back when they came from it, else to `/` (replacing this entry when asked). */
  returnToList: (options?: { replace?: boolean }) => void;
}

/**
 * The router commits the new page before it records the new location as resolved, so when this
 * page mounts `resolvedLocation` is still the page the person came from (undefined on a first
 * load). It is read once, at mount.
 */
export function useListReturn(): ListReturn {
  const router = useRouter();
  const navigate = useNavigate();
  const canGoBack = useCanGoBack();
  const [from] = useState(() => router.state.resolvedLocation);
  const cameFromList = canGoBack && from !== undefined && from.pathname === LIST_PATH;
  return {
    listHref: cameFromList ? router.history.createHref(from.href) : null,
    returnToList: ({ replace = false } = {}) => {
      if (cameFromList) router.history.back();
      else void navigate({ to: '/', replace });
    },
  };
}

// Made at render, not at import: the words follow the language.
const content = () => (
  <>
    <ArrowBackOutlined fontSize="small" aria-hidden="true" />
    {t('customer.backToServices')}
  </>
);

const linkSx = { display: 'inline-flex', alignItems: 'center', gap: 0.5 } as const;

export function BackToList({ listReturn }: { listReturn: ListReturn }) {
  const { listHref, returnToList } = listReturn;
  if (listHref === null) {
    return (
      <RouterLink to="/" sx={linkSx}>
        {content()}
      </RouterLink>
    );
  }

  const goBack = (event: MouseEvent<HTMLAnchorElement>) => {
    // Modified clicks (new tab/window) follow the href: the list with its filters.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    returnToList();
  };

  return (
    <Link href={listHref} onClick={goBack} sx={linkSx}>
      {content()}
    </Link>
  );
}
