import { useEffect, useRef, type ReactNode } from 'react';
import Typography from '@mui/material/Typography';

/**
 * The step's h2. It takes focus when the step opens after a person moved there (Next, Back, Edit),
 * so keyboard and screen-reader users land at the start of the new step.
 */
export function StepHeading({ children, autoFocus }: { children: ReactNode; autoFocus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  return (
    <Typography ref={ref} tabIndex={-1} variant="h5" component="h2" sx={{ mb: 2, outline: 'none' }}>
      {children}
    </Typography>
  );
}
