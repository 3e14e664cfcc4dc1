/**
 * The real CDNOW customers (Fader, Hardie and Lee 2005), read from the project's test fixtures:
 * 6,919 purchases of 2,357 customers who first bought in the first quarter of 1997, followed to
 * the end of June 1998. Source and licence: test/fixtures/cdnow/README.md (from the MIT-licensed
 * Python library lifetimes).
 */
import { readFileSync } from 'node:fs';

/** One purchase: the sample customer id (1..2357, without leading zeros), the day and the amount. */
export interface CdnowPurchase {
  customerId: string;
  date: string;
  amount: string;
}

export const CDNOW_FILE = new URL('../../../test/fixtures/cdnow/CDNOW_sample.txt', import.meta.url);

/** Parses the fixed-width file: master id, sample id, date YYYYMMDD, number of CDs, dollars. */
export function parseCdnow(text: string): CdnowPurchase[] {
  const purchases: CdnowPurchase[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 5) continue;
    const [, sampleId, ymd, , dollars] = fields as [string, string, string, string, string];
    purchases.push({
      customerId: String(Number(sampleId)),
      date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
      amount: dollars,
    });
  }
  return purchases;
}

/** Reads and parses the bundled file. */
export function loadCdnow(): CdnowPurchase[] {
  return parseCdnow(readFileSync(CDNOW_FILE, 'utf8'));
}
