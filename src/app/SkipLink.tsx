import Box from '@mui/material/Box';
import { visuallyHiddenSx } from '../components/VisuallyHidden';
import { useT } from './messages';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * First tab stop: jumps past the app bar and navigation. Focus is moved by hand (not via the URL
 * hash) so the router does not treat it as a navigation.
 */
export function SkipLink() {
  const t = useT();
  return (
    <Box
      component="a"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        const main = document.getElementById(MAIN_CONTENT_ID);
        if (!main) return;
        event.preventDefault();
        main.focus();
      }}
      sx={{
        ...visuallyHiddenSx,
        // MUI Link's look (primary, underlined), without loading Link for one anchor.
        color: 'primary.main',
        textDecoration: 'underline',
        '&:focus': {
          clip: 'auto',
          height: 'auto',
          width: 'auto',
          margin: 0,
          overflow: 'visible',
          whiteSpace: 'normal',
          position: 'fixed',
          top: 8,
          left: 8,
          zIndex: (theme) => theme.zIndex.tooltip + 1,
          p: 1.5,
          bgcolor: 'background.paper',
          color: 'primary.main',
          boxShadow: 4,
          borderRadius: 1,
        },
      }}
    >
      {t('shell.skipLink')}
    </Box>
  );
}
