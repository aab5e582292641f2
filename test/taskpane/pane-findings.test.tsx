/** @jest-environment jsdom */
import '../support/jsdom-setup';
import type { Finding, Report } from '../../src/core/report';
import { click, findByText, getByRole, queryAllByRole, tabOrder, textOf } from '../support/pane-dom';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';
import { committeeSnapshot, snapshotWithError } from './committee-snapshot';

const finding = (severity: Finding['severity'], sheet: string, cell: string | undefined, code: Finding['code'], message: string): Finding => ({
  severity, sheet, cell, code, message,
});

/** Findings in an order no user would want: shortfall first, a warning-only sheet before the sheet with errors. */
const MIXED: Finding[] = [
  finding('shortfall', 'Trưởng thôn', undefined, 'goal-shortfall', 'Tỷ lệ chưa đạt mục tiêu: cần thêm 2.'),
  finding('warning', 'Tổ chức cơ sở đảng', 'D5', 'number-as-text', 'Số đảng viên ở D5 đang lưu dạng chữ: hãy nhập lại dạng số.'),
  finding('warning', 'Trưởng thôn', 'C4', 'large-change', 'Tỷ lệ thay đổi hơn 30 điểm: hãy xem lại.'),
  finding('error', 'Trưởng thôn', 'E7', 'out-of-range', 'Số trưởng thôn là đảng viên (14) lớn hơn số thôn, tổ dân phố (12).'),
  finding('error', 'Trưởng thôn', 'E9', 'negative', 'Số âm ở E9: hãy nhập số từ 0 trở lên.'),
];

const mixedReport: Report = {
  workbook: 'mixed.xlsx', ready: false, counts: { error: 2, warning: 2, shortfall: 1 }, goalsSource: 'workbook', findings: MIXED, indicators: [],
};

async function validateMixed() {
  const host = new FakeHost(committeeSnapshot());
  renderPane(host, { validator: () => mixedReport });
  await click(getByRole('button', 'Kiểm tra'));
  await findByText('2 lỗi cần sửa');
  return host;
}

function findingButtons(scope: Element = document.body) {
  return Array.from(scope.querySelectorAll<HTMLButtonElement>('button[data-code]'));
}

describe('the findings list', () => {
  it('groups findings by sheet, the sheet with errors first, and errors before warnings before shortfalls', async () => {
    await validateMixed();
    expect(queryAllByRole('heading').filter((h) => h.tagName === 'H3').map(textOf)).toEqual(['Trưởng thôn (4)', 'Tổ chức cơ sở đảng (1)']);

    const villageGroup = getByRole('region', 'Trưởng thôn (4)');
    expect(findingButtons(villageGroup).map((button) => button.dataset.cell)).toEqual(['E7', 'E9', 'C4', '']);
    expect(findingButtons(villageGroup).map((button) => button.dataset.severity)).toEqual(['error', 'error', 'warning', 'shortfall']);
  });

  it('shows each finding with its cell, its message saying what to do, and its code', async () => {
    await validateMixed();
    const button = getByRole('button', /Số trưởng thôn là đảng viên \(14\)/);
    expect(button).toHaveTextContent('Lỗi · Ô E7');
    expect(button).toHaveTextContent('out-of-range');
    expect(getByRole('button', /Tỷ lệ chưa đạt mục tiêu/)).toHaveTextContent('Cả trang');
  });

  it('filters by severity, with the count on each filter', async () => {
    await validateMixed();
    const filter = getByRole('group', 'Lọc theo mức độ');
    expect(getByRole('button', 'Tất cả (5)', filter)).toHaveAttribute('aria-pressed', 'true');
    expect(getByRole('button', 'Lỗi (2)', filter)).toHaveAttribute('aria-pressed', 'false');
    expect(getByRole('button', 'Chưa đạt mục tiêu (1)', filter)).toBeVisible();

    await click(getByRole('button', 'Cảnh báo (2)', filter));
    expect(findingButtons().map((button) => button.dataset.cell)).toEqual(['C4', 'D5']);
    expect(getByRole('button', 'Cảnh báo (2)', filter)).toHaveAttribute('aria-pressed', 'true');

    await click(getByRole('button', 'Lỗi (2)', filter));
    expect(findingButtons().map((button) => button.dataset.severity)).toEqual(['error', 'error']);
    expect(queryAllByRole('heading', /Tổ chức cơ sở đảng/)).toHaveLength(0);

    await click(getByRole('button', 'Tất cả (5)', filter));
    expect(findingButtons()).toHaveLength(5);
  });

  it('goes to the finding’s cell on a click', async () => {
    const host = await validateMixed();
    await click(getByRole('button', /Số âm ở E9/));
    expect(host.callsNamed('goTo')).toEqual([{ name: 'goTo', sheet: 'Trưởng thôn', cell: 'E9' }]);
  });

  it('makes every finding a native button in the tab order (Enter and Space then work; the browser tests press them)', async () => {
    await validateMixed();
    const reachable = tabOrder();
    for (const button of findingButtons()) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.type).toBe('button');
      expect(reachable).toContain(button);
    }
  });

  it('goes to the cell the engine found in a real snapshot', async () => {
    const host = new FakeHost(snapshotWithError());
    renderPane(host);
    await click(getByRole('button', 'Kiểm tra'));
    await findByText('1 lỗi cần sửa');
    const error = findingButtons().find((button) => button.dataset.code === 'out-of-range')!;
    expect(error).toHaveTextContent('Ô D3');
    await click(error);
    expect(host.callsNamed('goTo')).toEqual([{ name: 'goTo', sheet: 'Village heads', cell: 'D3' }]);
  });
});
