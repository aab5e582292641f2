import { DEFAULT_GOALS, GoalBook } from './goals';

describe('goals', () => {
  it('has the spec’s default goals', () => {
    expect(DEFAULT_GOALS).toEqual([
      { indicator: 'village-head-rate', scope: 'committee', goal: { operator: '>', value: 90 } },
      { indicator: 'admission-attainment', scope: 'committee', goal: { operator: '>=', value: 100 } },
      { indicator: 'private-units-attainment', scope: 'committee', goal: { operator: '>=', value: 100 } },
      { indicator: 'leader-target-attainment', scope: 'each-unit', goal: { operator: '>=', value: 100 } },
    ]);
  });

  it('finds a goal by indicator and scope, the first one winning', () => {
    const book = new GoalBook([
      { indicator: 'village-head-rate', scope: 'committee', goal: { operator: '>', value: 90 } },
      { indicator: 'village-head-rate', scope: 'committee', goal: { operator: '>', value: 95 } },
    ]);
    expect(book.get('village-head-rate', 'committee')).toEqual({ operator: '>', value: 90 });
    expect(book.get('village-head-rate', 'each-unit')).toBeNull();
  });
});
