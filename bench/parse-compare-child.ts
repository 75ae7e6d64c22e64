/** One reader's timings for parse-compare.ts, printed as a JSON array of milliseconds. */
import { generateCustomer } from '../simulator/generate';
import { toUmpWire } from '../simulator/handlers/wire';
import { loadListSchema, loadRowsSchema, timeParse } from './parse';

const [checkout = '.', reader = 'rows', customers = '50000', runs = '21'] = process.argv.slice(2);
const body = JSON.stringify(Array.from({ length: Number(customers) }, (_, index) => toUmpWire(generateCustomer(index))));
const schema = reader === 'rows' ? await loadRowsSchema(checkout) : await loadListSchema(checkout);
if (!schema) throw new Error(`no ${reader} schema in ${checkout}`);
const times: number[] = [];
for (let run = 0; run < Number(runs); run += 1) {
  // A full collection first, so one run's garbage is not charged to the next.
  (globalThis as { gc?: () => void }).gc?.();
  times.push(...timeParse(schema, body, 1));
}
console.log(JSON.stringify(times));
