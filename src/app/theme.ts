/**
 * One theme with a light and a dark colour scheme (CSS variables, so switching does not re-render
 * the tree). The colour mode follows the system until the user picks one; MUI stores the choice in
 * localStorage under COLOR_MODE_STORAGE_KEY.
 *
 * Contrast: MUI's default warning/info mains are below WCAG AA (4.5:1) for text on white, so the
 * light scheme uses darker ones; contrastThreshold 4.5 makes MUI pick chip/button text colours that
 * meet AA on every main colour.
 */
import { createTheme } from '@mui/material/styles';

export const COLOR_MODE_STORAGE_KEY = 'lpc-color-mode';
export { PRODUCT_NAME } from '../components/DocumentTitle';

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        contrastThreshold: 4.5,
        primary: { main: '#1565c0' }, // 5.8:1 on white
        success: { main: '#2e7d32' }, // 5.1:1
        warning: { main: '#a35200' }, // 5.6:1 (MUI default #ed6c02 is 3.1:1)
        error: { main: '#c62828' }, // 5.6:1
        info: { main: '#01579b' }, // 7.4:1 (MUI default #0288d1 is 3.9:1)
      },
    },
    dark: {
      palette: {
        contrastThreshold: 4.5,
        // 4.6:1 or better on every dark surface up to the most raised paper (#383838), and as the
        // text of an outlined chip on a hovered or selected row (#252525: 6.1:1); #ef5350 was 4.4:1 there.
        error: { main: '#ff7b76' },
      },
    },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiCssBaseline: {
      // The scrollbar's room is always kept, so pages do not shift sideways when their content
      // outgrows the window (MUI's modals support this form: they keep it while they lock the scroll).
      styleOverrides: { html: { overflowY: 'scroll' } },
    },
    MuiButtonBase: {
      // Keep a visible focus ring for keyboard users (the ripple alone is not a focus indicator).
      styleOverrides: {
        root: {
          '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 2 },
        },
      },
    },
  },
});
