/**
 * A translated sentence with elements inside (a `<code>`, a link): the message keeps its placeholders
 * (`{path} does not exist.`), so translators move them freely, and each is replaced by its element.
 */
import { Fragment, createElement, type ReactNode } from 'react';
import type { Translate } from './catalogs';

const MARK = '\u0001';

export function rich<Id extends string>(t: Translate<Id>, id: Id, elements: Record<string, ReactNode>): ReactNode[] {
  const marked = Object.fromEntries(Object.keys(elements).map((name) => [name, `${MARK}${name}${MARK}`]));
  return t(id, marked)
    .split(MARK)
    .map((part, index) => createElement(Fragment, { key: index }, index % 2 === 1 ? elements[part] : part));
}
