/**
 * MUI Link / Button that navigate with TanStack Router: typed `to`, `params` and
 * `search`, client-side navigation, preloading on intent, and `aria-current="page"` when active.
 *
 *   <RouterLink to="/customers/$guid" params={{ guid }}>Contoso</RouterLink>
 *   <RouterButton to="/" search={(prev) => ({ ...prev, license: [] })} variant="outlined">Clear</RouterButton>
 */
import Link, { type LinkProps } from '@mui/material/Link';
import { createLink } from '@tanstack/react-router';

function LinkAnchor(props: LinkProps<'a'>) {
  return <Link component="a" {...props} />;
}

export const RouterLink = createLink(LinkAnchor);
export { RouterButton } from './RouterButton';
