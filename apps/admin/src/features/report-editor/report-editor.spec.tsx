/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReportValues } from '@nianbao/rules';
import type { ReportEditorChange } from './report-editor';
import { ReportEditor } from './report-editor';

// The whole 2021 format renders in jsdom with antd's development build: seconds per test on a busy machine.
jest.setTimeout(30_000);

const cell = (code: string) => {
  const input = document.querySelector<HTMLInputElement>(`input[data-cell="${code}"]`);
  if (!input) throw new Error(`cell ${code} is not on screen`);
  return input;
};
const focusedCode = () => document.activeElement?.getAttribute('data-cell');
const problemPanel = () => within(screen.getByTestId('problem-panel'));

/** Mounts the 2021 editor on table B (依申请公开), where the applicant columns and row totals are. */
async function openTableB(initialValues: ReportValues = {}) {
  const user = userEvent.setup({ delay: null });
  const changes: ReportEditorChange[] = [];
  render(
    <ReportEditor
      report={{ formatId: '2021', reportYear: 2024, agency: '测试区民政局', agencyLevel: 'county-department' }}
      initialValues={initialValues}
      onChange={(change) => changes.push(change)}
    />,
  );
  await user.click(screen.getByRole('tab', { name: /依申请公开/ }));
  return { user, changes };
}

test('Tab, Enter and the arrow keys move focus to the neighbouring cell', async () => {
  const { user } = await openTableB();
  await user.click(cell('T21.B.A1.NP'));
  await user.keyboard('5');
  await user.keyboard('{Tab}');
  expect(focusedCode()).toBe('T21.B.A1.LP_COM');
  await user.keyboard('{Enter}');
  expect(focusedCode()).toBe('T21.B.A2.LP_COM');
  await user.keyboard('{ArrowLeft}');
  expect(focusedCode()).toBe('T21.B.A2.NP');
  await user.keyboard('{ArrowUp}');
  expect(focusedCode()).toBe('T21.B.A1.NP');
  await user.keyboard('{ArrowDown}{ArrowRight}');
  expect(focusedCode()).toBe('T21.B.A2.LP_COM');
  await user.keyboard('{Shift>}{Enter}{/Shift}');
  expect(focusedCode()).toBe('T21.B.A1.LP_COM');
  await user.keyboard('{Shift>}{Tab}{/Shift}');
  expect(focusedCode()).toBe('T21.B.A1.NP');
  // The last cell of a row continues on the next row with cells; the group heading rows have none.
  await user.click(cell('T21.B.R2.TOT'));
  await user.keyboard('{Tab}');
  expect(focusedCode()).toBe('T21.B.R3_1.NP');
  expect(cell('T21.B.A1.NP')).toHaveProperty('value', '5');
});

test('an arrow key inside a half-typed number moves the caret, not the focus', async () => {
  const { user } = await openTableB();
  await user.click(cell('T21.B.A1.LP_COM'));
  await user.keyboard('12{ArrowLeft}');
  expect(focusedCode()).toBe('T21.B.A1.LP_COM');
  await user.keyboard('{ArrowLeft}{ArrowLeft}');
  expect(focusedCode()).toBe('T21.B.A1.NP');
});

test('a block pasted from Excel fills the cells to the right and below', async () => {
  const { user, changes } = await openTableB();
  await user.click(cell('T21.B.A1.NP'));
  await user.paste('3\t1\t0\r\n2\t/\t4\r\n');
  expect(cell('T21.B.A1.NP').value).toBe('3');
  expect(cell('T21.B.A1.LP_COM').value).toBe('1');
  expect(cell('T21.B.A1.LP_SCI').value).toBe('0');
  expect(cell('T21.B.A2.NP').value).toBe('2');
  expect(cell('T21.B.A2.LP_COM').value).toBe('/');
  expect(cell('T21.B.A2.LP_SCI').value).toBe('4');
  // The cell next to the block is untouched, and "/" (not applicable) is read as empty.
  expect(cell('T21.B.A1.LP_NGO').value).toBe('');
  expect(changes.at(-1)?.values).toMatchObject({ 'T21.B.A1.NP': 3, 'T21.B.A2.NP': 2, 'T21.B.A2.LP_COM': null });
});

test('a single pasted number goes into the focused cell only', async () => {
  const { user } = await openTableB();
  await user.click(cell('T21.B.A1.NP'));
  await user.paste('7\r\n');
  expect(cell('T21.B.A1.NP').value).toBe('7');
  expect(cell('T21.B.A2.NP').value).toBe('');
});

test('a wrong total marks its cell with the Chinese message, and the mark clears when fixed', async () => {
  // Three applications carried over to next year: the table balances once this year's three are entered.
  const { user } = await openTableB({ 'T21.B.A4.NP': 3, 'T21.B.A4.TOT': 3 });
  await user.type(cell('T21.B.A1.NP'), '3');
  await user.type(cell('T21.B.A1.TOT'), '5');
  const total = cell('T21.B.A1.TOT');
  expect(total.getAttribute('aria-invalid')).toBe('true');
  expect(total.closest('td')?.className).toContain('cell-hard');
  expect(problemPanel().getByText(/实际填写 5（相差 2）/)).toBeTruthy();
  expect(within(screen.getByTestId('current-cell')).getByText(/共 6 项之和 = 3/)).toBeTruthy();

  await user.clear(total);
  await user.type(total, '3');
  expect(total.getAttribute('aria-invalid')).toBeNull();
  expect(total.closest('td')?.className ?? '').not.toContain('cell-hard');
  expect(problemPanel().queryByText(/实际填写 5/)).toBeNull();
  expect(problemPanel().getByText('未发现问题，表内勾稽关系全部通过')).toBeTruthy();
});

test('text in a number cell is flagged on the cell instead of being guessed', async () => {
  const { user, changes } = await openTableB();
  await user.type(cell('T21.B.A1.NP'), '三件');
  expect(cell('T21.B.A1.NP').getAttribute('aria-invalid')).toBe('true');
  expect(problemPanel().getByText(/“三件”不是数字/)).toBeTruthy();
  expect(changes.at(-1)?.values['T21.B.A1.NP']).toBeNull();
});
