/** @jest-environment jsdom */
import '../support/jsdom-setup';
import { act } from 'react';
import { click, findByText, getByRole, getByText, queryAllByRole, waitFor } from '../support/pane-dom';
import type { PaneController } from '../../src/taskpane/use-pane-controller';
import type { Report } from '../../src/core/report';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';
import { committeeSnapshot, snapshotWithError, snapshotWithShortfall } from './committee-snapshot';

const verdict = () => document.querySelector('[data-testid="verdict"]');

describe('validating from the pane', () => {
  it('shows progress with an accessible label and disables the button while it runs', async () => {
    const host = new FakeHost(committeeSnapshot());
    host.hold();
    renderPane(host);
    const button = getByRole('button', 'Kiểm tra');
    await click(button);

    expect(button).toBeDisabled();
    const progress = getByRole('progressbar', 'Đang đọc bảng tính…');
    expect(getByText('Đang đọc bảng tính…')).toBeVisible();
    act(() => host.reportProgress(0.4));
    expect(progress).toHaveAttribute('aria-valuenow', '0.4');
    expect(verdict()).toBeNull();

    act(() => host.release());
    await findByText('Sẵn sàng nộp');
    expect(queryAllByRole('progressbar')).toHaveLength(0);
    expect(button).toBeEnabled();
  });

  it('says the workbook is ready, with the counts, and marks it and remembers the run', async () => {
    const host = new FakeHost(committeeSnapshot());
    renderPane(host);
    await click(getByRole('button', 'Kiểm tra'));

    await findByText('Sẵn sàng nộp');
    const counts = getByRole('list', 'Số lượng');
    expect(getByText('Lỗi: 0', counts)).toBeVisible();
    expect(getByText(/^Cảnh báo: \d+$/, counts)).toBeVisible();
    expect(getByText(/^Chưa đạt mục tiêu: \d+$/, counts)).toBeVisible();

    const shown = host.callsNamed('showReport');
    expect(shown).toHaveLength(1);
    expect(shown[0].lang).toBe('vi');
    expect(shown[0].report).toMatchObject({ workbook: 'tam-duong-2023.xlsx', ready: true });
    await waitFor(() => expect(host.callsNamed('saveState')).toHaveLength(1));
    expect(host.stored).toMatchObject({ lang: 'vi', lastValidation: { ready: true, counts: { error: 0 } } });
  });

  it('counts the errors to fix when the workbook is not ready', async () => {
    const host = new FakeHost(snapshotWithError());
    renderPane(host);
    await click(getByRole('button', 'Kiểm tra'));

    await findByText('1 lỗi cần sửa');
    expect(getByText('Lỗi: 1', getByRole('list', 'Số lượng'))).toBeVisible();
    expect(host.callsNamed('showReport')[0].report.ready).toBe(false);
  });

  it('shows each indicator with its value, goal, status in words and how many more are needed', async () => {
    const host = new FakeHost(snapshotWithShortfall());
    const { container } = renderPane(host);
    await click(getByRole('button', 'Kiểm tra'));
    await waitFor(() => expect(verdict()).not.toBeNull());

    const card = container.querySelector<HTMLElement>('[data-indicator="village-head-rate"][data-scope="committee"]');
    expect(card).not.toBeNull();
    expect(card).toHaveTextContent('Tỷ lệ trưởng thôn, tổ dân phố là đảng viên');
    expect(card).toHaveTextContent('85,00 %');
    expect(card).toHaveTextContent('Mục tiêu: > 90 %');
    expect(card).toHaveTextContent('Chưa đạt');
    expect(card).toHaveTextContent('Còn thiếu 2');
    // The status is a word beside an icon, not a colour alone.
    expect(card!.querySelector('[data-status="shortfall"] svg')).not.toBeNull();

    const admissions = container.querySelector<HTMLElement>('[data-indicator="admission-attainment"][data-scope="committee"]');
    expect(admissions).toHaveTextContent('100,00 %');
    expect(admissions).toHaveTextContent('Đạt');
    expect(admissions).not.toHaveTextContent('Còn thiếu');
  });

  it('lets the ribbon start a validation through the controller it is handed', async () => {
    const host = new FakeHost(committeeSnapshot());
    let controller: PaneController | null = null;
    renderPane(host, { onReady: (ready) => (controller = ready) });
    expect(controller).not.toBeNull();

    await act(async () => {
      await Promise.all([controller!.validate(), controller!.validate()]);
    });
    expect(getByText('Sẵn sàng nộp')).toBeVisible();
    // A second click while the first run is going joins it instead of reading the workbook twice.
    expect(host.callsNamed('readSnapshot')).toHaveLength(1);
  });
});

describe('the per-unit figures', () => {
  const report: Report = {
    workbook: 'units.xlsx', ready: true, counts: { error: 0, warning: 0, shortfall: 1 }, goalsSource: 'workbook', findings: [],
    indicators: [
      { id: 'village-head-rate', scope: 'committee', numerator: 19, denominator: 20, value: 95, goal: { operator: '>', value: 90 }, status: 'met', needed: 0 },
      { id: 'village-head-rate', scope: 'X01', numerator: 10, denominator: 10, value: 100, goal: { operator: '>', value: 90 }, status: 'met', needed: 0 },
      { id: 'village-head-rate', scope: 'X02', numerator: 9, denominator: 12, value: 75, goal: { operator: '>', value: 90 }, status: 'shortfall', needed: 2 },
      { id: 'village-head-rate', scope: 'X03', numerator: 0, denominator: 0, value: null, goal: { operator: '>', value: 90 }, status: 'n/a', needed: null },
    ],
  };

  it('folds them under their indicator with the number short, and lists shortfalls first with what is needed', async () => {
    const host = new FakeHost(committeeSnapshot());
    const { container } = renderPane(host, { validator: () => report });
    await click(getByRole('button', 'Kiểm tra'));
    await findByText('Sẵn sàng nộp');

    const header = getByRole('button', /^Tỷ lệ trưởng thôn, tổ dân phố là đảng viên \(3\)/);
    expect(header).toHaveTextContent('1 chưa đạt');
    expect(header).toHaveAttribute('aria-expanded', 'false');
    await click(header);

    const rows = Array.from(container.querySelectorAll<HTMLElement>('tr[data-scope]'));
    expect(rows.map((row) => row.dataset.scope)).toEqual(['X02', 'X03', 'X01']);
    expect(rows[0]).toHaveTextContent('Đơn vị X02');
    expect(rows[0]).toHaveTextContent('75,00 %');
    expect(rows[0]).toHaveTextContent('Chưa đạt');
    expect(rows[0]).toHaveTextContent('Còn thiếu 2');
    expect(rows[1]).toHaveTextContent('Không áp dụng');
    expect(rows[2]).toHaveTextContent('Đạt');
    expect(rows[2]).not.toHaveTextContent('Còn thiếu');
  });
});
