// The dateline's date as the writer sees it checked against the publication date: no such day
// (with the reason), later than publication, read as last year, more than a week before; and the
// dateline agency made the front matter's by fix-all. Exact messages. Written to kill mutants that
// survived `npm run mutate` (docs/testing.md).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doc } from '../support/documents';
import { diagnosticsOf, fixAllOf } from '../support/serviceCalls';

const front = (agency: string, date: string) => `---\nheadline: T\ndate: ${date}\nagency: ${agency}\n---\n\n`;

function dateline(paragraph: string, date = '2023-09-28', agency = 'Xinhua'): [string, string, string][] {
  const text = `${front(agency, date)}${paragraph}\n`;
  const d = doc(text);
  return diagnosticsOf(text).filter((x) => String(x.code).startsWith('dateline')).map((x) => [String(x.code), d.getText(x.range), x.message]);
}

describe('dateline-date: no such day', () => {
  test('says why', () => {
    assert.deepEqual(dateline('BERLIN, Feb. 29 (Xinhua) -- X.', '2023-03-02'), [['dateline-date', 'Feb. 29', 'There is no "Feb. 29": 2023 is not a leap year']]);
    assert.deepEqual(dateline('BERLIN, Sept. 31 (Xinhua) -- X.'), [['dateline-date', 'Sept. 31', 'There is no "Sept. 31": September has 30 days']]);
    assert.deepEqual(dateline('BERLIN, Feb. 30 (Xinhua) -- X.', '2024-03-02'), [['dateline-date', 'Feb. 30', 'There is no "Feb. 30": February 2024 has 29 days']]);
  });
});

describe('dateline-distance', () => {
  test('a day after publication in the same month or later is read as last year', () => {
    assert.deepEqual(dateline('BERLIN, Sept. 29 (Xinhua) -- X.'), [['dateline-distance', 'Sept. 29', '"Sept. 29" falls after the publication date 2023-09-28, so it is read as Thursday, September 29, 2022, 364 days before publication: a typo, or a dateline later than publication?']]);
    assert.deepEqual(dateline('BERLIN, Oct. 1 (Xinhua) -- X.'), [['dateline-distance', 'Oct. 1', '"Oct. 1" falls after the publication date 2023-09-28, so it is read as Saturday, October 1, 2022, 362 days before publication: a typo, or a dateline later than publication?']]);
  });

  test('with its year, a dateline after publication is later than it', () => {
    assert.deepEqual(dateline('BERLIN, Sept. 30, 2023 (Xinhua) -- X.')[0], ['dateline-distance', 'Sept. 30, 2023', '"Sept. 30, 2023" is Saturday, September 30, 2023, 2 days after publication: a dateline cannot be later than the publication date 2023-09-28']);
  });

  test('more than seven days before publication; seven is fine', () => {
    assert.deepEqual(dateline('BERLIN, Sept. 10 (Xinhua) -- X.'), [['dateline-distance', 'Sept. 10', '"Sept. 10" is Sunday, September 10, 2023, 18 days before publication; a dateline is at most 7 days before the publication date 2023-09-28: a typo in the date or in the front matter?']]);
    assert.deepEqual(dateline('BERLIN, Sept. 21 (Xinhua) -- X.'), []);
    assert.deepEqual(dateline('BERLIN, Sept. 20 (Xinhua) -- X.').map(([c]) => c), ['dateline-distance']);
  });
});

describe('dateline-agency', () => {
  test('fix-all writes the front matter agency into the dateline', () => {
    const text = `${front('Reuters', '2023-09-28')}BERLIN, Sept 27 (Xinhua) - X.\n`;
    assert.deepEqual(dateline('BERLIN, Sept 27 (Xinhua) - X.', '2023-09-28', 'Reuters'), [['dateline-agency', 'Xinhua', 'The dateline agency "Xinhua" differs from the front matter agency "Reuters"']]);
    assert.equal(fixAllOf(text).text, text.replace('(Xinhua)', '(Reuters)'));
  });
});
