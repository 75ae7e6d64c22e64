/**
 * Writes a search that is still waiting for its pause into the list's own history entry when the
 * person leaves the list, before the next entry is made. Without it, whether Back (or the return
 * after a delete) brings the search back would depend on how fast they clicked after typing.
 */
import { useEffect, type RefObject } from 'react';
import { getRouteApi, useRouter } from '@tanstack/react-router';

const route = getRouteApi('/');
const LIST_PATH = '/';

export function useFlushSearchOnLeave(
  pending: RefObject<string | null>,
  timer: RefObject<ReturnType<typeof setTimeout> | undefined>,
): void {
  const router = useRouter();
  const navigate = route.useNavigate();

  useEffect(() => {
    const take = (): string | null => {
      const text = pending.current;
      pending.current = null;
      clearTimeout(timer.current);
      return text;
    };
    const write = (q: string) => navigate({ search: (prev) => ({ ...prev, q }), replace: true, ignoreBlocker: true });

    return router.history.block({
      enableBeforeUnload: false,
      blockerFn: async ({ nextLocation, action }) => {
        if (pending.current === null || nextLocation.pathname === LIST_PATH) return false;
        if (action === 'PUSH' || action === 'REPLACE') {
          const text = take();
          if (text !== null) await write(text);
          return false;
        }
        if (action !== 'BACK' && action !== 'FORWARD') return false;
        // The browser has already moved off the list's entry: come back to it (blocking does that),
        // write the search there, then make the same move again.
        const text = take();
        if (text === null) return false;
        const delta = action === 'BACK' ? -1 : 1;
        window.addEventListener(
          'popstate',
          () => {
            void write(text).then(() => window.history.go(delta));
          },
          { once: true },
        );
        return true;
      },
    });
  }, [router, navigate, pending, timer]);
}
