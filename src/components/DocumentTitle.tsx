export const PRODUCT_NAME = 'Live Platform Console';

/** React 19 hoists <title> into <head>; every page names itself the same way. */
export function DocumentTitle({ page }: { page: string }) {
  return <title>{`${page} · ${PRODUCT_NAME}`}</title>;
}
