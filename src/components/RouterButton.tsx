/**
 * MUI Button that navigates with TanStack Router (see RouterLink.tsx). Its own module: the shell
 * and the services page use it, and whatever the entry imports is bundled with the entry, so
 * RouterLink (MUI Link) stays with the pages that use it.
 */
import Button, { type ButtonProps } from '@mui/material/Button';
import { createLink } from '@tanstack/react-router';

function ButtonAnchor(props: ButtonProps<'a'>) {
  return <Button component="a" {...props} />;
}

export const RouterButton = createLink(ButtonAnchor);
