/**
 * `npm run demo` — the library's main job end to end on bundled sample data.
 *
 * This first version shows the shared conventions every module follows (validated amounts and
 * dates, errors with codes and paths, the non-throwing form); it grows into the full
 * sales-process walk-through as the modules land.
 */
import { DateInputSchema, DecimalInputSchema, ERROR_CODES, safe, SalesOpsError } from 'salesops-kit';

function section(title: string): void {
  console.log(`\n${title}\n${'─'.repeat(title.length)}`);
}

section('Amounts and dates are validated the same way everywhere');
for (const amount of ['1250.00', 99.99, 'abc', '1e999', Number.NaN]) {
  const result = DecimalInputSchema.safeParse(amount);
  console.log(`  amount ${JSON.stringify(String(amount)).padEnd(10)} ${result.success ? 'accepted' : 'rejected'}`);
}
for (const date of ['2026-02-28', '2026-02-30']) {
  console.log(`  date   ${JSON.stringify(date).padEnd(10)} ${DateInputSchema.safeParse(date).success ? 'accepted' : 'rejected'}`);
}

section('Bad input throws a SalesOpsError with a stable code and the path');
const checkDiscount = (rate: number): number => {
  if (!(rate >= 0 && rate <= 1)) {
    throw new SalesOpsError('INVALID_INPUT', [{ path: ['rate'], code: 'INVALID_INPUT', message: `rate: must be from 0 to 1 (got ${rate})` }]);
  }
  return rate;
};
const outcome = safe(checkDiscount)(1.5);
if (!outcome.success) console.log(`  ${outcome.error.code}: ${outcome.error.message}`);
console.log(`  stable codes: ${ERROR_CODES.join(', ')}`);
