/**
 * MUI Link / Button that navigate with TanStack Router: typed `to`, `params` and
 * `search`, client-side navigation, preloading on intent, and `aria-current="page"` when active.
 *
 *   <RouterLink to="/customers/$guid" params={{ guid }}>Contoso</RouterLink>
 *   <RouterButton to="/" search={(prev) => ({ ...prev, license: [] })} variant="outlined">Clear</RouterButton>
 */
import Button, { type ButtonProps } from '@mui/material/Button';
import Link, { type LinkProps } from '@mui/material/Link';
import { createLink } from '@tanstack/react-router';

function LinkAnchor(props: LinkProps<'a'>) {
  return <Link component="a" {...props} />;
}

function ButtonAnchor(props: ButtonProps<'a'>) {
  return <Button component="a" {...props} />;
}

export const RouterLink = createLink(LinkAnchor);
export const RouterButton = createLink(ButtonAnchor);
