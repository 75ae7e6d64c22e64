/**
 * Whether the row holding a cell is the table's tab stop. Only that row's links and buttons are in
 * the tab order, so Tab does not walk through every row's controls (roving tab stop).
 */
import { createContext, useContext } from 'react';

export const RowTabbableContext = createContext(false);

export const useCellTabIndex = () => (useContext(RowTabbableContext) ? 0 : -1);
