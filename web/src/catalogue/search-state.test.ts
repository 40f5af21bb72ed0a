import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activeFilterCount, apiQuery, EMPTY_SEARCH, pageQuery, parseSearch } from './search-state.ts';

const N = '5b1f6b1e-4a4b-4c39-9a55-3d2f0f3b9a10';

test('a search survives the round trip through the address', () => {
  const query = `q=fotball&category=sport&category=art_culture&age=9&neighbourhood=${N}&maxKm=2&freeTrial=true&language=ar&weekday=2&weekday=4&sort=distance&page=2&view=map`;
  const state = parseSearch(new URLSearchParams(query));
  assert.deepEqual(state.categories, ['sport', 'art_culture']);
  assert.equal(state.age, 9);
  assert.equal(state.view, 'map');
  assert.equal(pageQuery(state), query);
});

test('malformed values are dropped instead of being sent', () => {
  const state = parseSearch(
    new URLSearchParams('category=cooking&age=-3&neighbourhood=x&near=north&maxKm=0&weekday=9&page=0&sort=random'),
  );
  assert.deepEqual(state, EMPTY_SEARCH);
});

test('the API gets a distance only with a place, and no view', () => {
  const state = parseSearch(new URLSearchParams('maxKm=2&view=map'));
  assert.equal(apiQuery(state), '');
  assert.equal(apiQuery({ ...state, near: '59.74,10.2' }), 'near=59.74%2C10.2&maxKm=2');
  assert.equal(apiQuery({ ...state, page: 3, sort: 'price' }, { forMap: true }), '');
});

test('the filter count leaves out free text and sorting', () => {
  assert.equal(activeFilterCount(EMPTY_SEARCH), 0);
  assert.equal(
    activeFilterCount({
      ...EMPTY_SEARCH,
      q: 'kor',
      sort: 'price',
      categories: ['sport'],
      free: true,
      weekdays: [1, 2],
    }),
    4,
  );
});
