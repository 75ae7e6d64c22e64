// @vitest-environment node
import { readServicesList } from '../src/api/schemas';
import { createStore } from './store';
import { INTEGER_STATES_GUID, oddListRows, parseShapes, SHAPES } from './shapes';

describe('odd shapes (SIM_SHAPES)', () => {
  it('are off by default: the list is the documented example', () => {
    expect(createStore().shapes.size).toBe(0);
    expect(oddListRows(new Set())).toEqual([]);
  });

  it('reads names and "all", and refuses an unknown name', () => {
    expect(parseShapes('oc-lead, camel-case')).toEqual(['oc-lead', 'camel-case']);
    expect(parseShapes('all')).toEqual([...SHAPES]);
    expect(() => parseShapes('oc-lead,typo')).toThrow('SIM_SHAPES: unknown shape "typo"');
  });

  it('every row of every shape is read or reported by the console reader', () => {
    const rows = oddListRows(new Set(SHAPES));
    const read = readServicesList(rows);
    expect(read.rows.map((row) => row.customerShortName)).toEqual(['NorthwindLead', 'NorthwindLead', 'FabrikamNext', 'TailspinCamel', 'WingtipSip']);
    expect(read.rows.find((row) => row.umpCustomerGuid === INTEGER_STATES_GUID)).toBeDefined();
    expect(read.unreadable.map(({ index, path }) => ({ index, path }))).toEqual([
      { index: 5, path: '' },
      { index: 6, path: '' },
      { index: 7, path: 'UmpCustomerGuid' },
      { index: 8, path: 'CustomerShortName' },
    ]);
  });
});
